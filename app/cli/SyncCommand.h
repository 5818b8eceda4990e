#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `sync --server URL --user NAME --password-file FILE [--ca-cert FILE]`: one full sync run for
/// unattended use; a one-line JSON summary on stdout and distinct exit codes (ExitCode.h).
class SyncCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString synopsis() const override {
        return QStringLiteral("sync --server URL --user NAME --password-file FILE [--ca-cert FILE] [--timeout S]");
    }
    QString summary() const override { return tr("send local changes to a Fieldbook server and receive colleagues'"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
