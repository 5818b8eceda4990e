#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// `calllist create NAME --from contacts|leads [--filter KEY=VALUE ...] | --csv FILE`, `calllist list`
/// and `calllist assign LIST --round-robin USER...` (docs/telesales.md, Command line).
class CallListCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(CallListCommand)

public:
    QString name() const override { return QStringLiteral("calllist"); }
    QString synopsis() const override {
        return QStringLiteral("calllist create NAME (--from contacts|leads [--filter KEY=VALUE ...] | --csv FILE) "
                              "[--priority N] [--retry-minutes N] [--max-attempts N] [--script TEXT] | "
                              "calllist list | calllist assign LIST --round-robin USER... [--format text|json]");
    }
    QString summary() const override {
        return tr("build telesales call lists from contacts, leads or a CSV file, list them with their progress, "
                  "and assign them to reps");
    }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;

private:
    [[nodiscard]] int create(CliContext& context, const QCommandLineParser& parser, Database& db);
    [[nodiscard]] int list(CliContext& context, const QCommandLineParser& parser, Database& db);
    [[nodiscard]] int assign(CliContext& context, const QCommandLineParser& parser, Database& db);
};

} // namespace Fieldbook
