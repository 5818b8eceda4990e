#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <optional>

namespace Fieldbook {

class Database;

/// `sync --server URL --user NAME --password-file FILE [--ca-cert FILE]`: one full sync run for
/// unattended use; a one-line JSON summary on stdout and distinct exit codes (ExitCode.h).
class SyncCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override {
        return QStringLiteral("sync --server URL --user NAME --password-file FILE [--ca-cert FILE] [--timeout S] "
                              "[--take-over | --fresh]");
    }
    QString summary() const override { return tr("send local changes to a Fieldbook server and receive colleagues'"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    /// Records of users who exist only in this database: taken over, replaced by the server's
    /// data, or the exit code of a run that must not sign in before the user decides.
    std::optional<int> settleLocalRecords(CliContext& context, const QCommandLineParser& parser, Database& db) const;
};

} // namespace Fieldbook
