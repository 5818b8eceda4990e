#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `stats`: live record counts per type as one JSON object.
class StatsCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("stats"); }
    QString summary() const override {
        return tr("print the number of records per type as JSON (outbox_pending: changes not yet synced)");
    }
    void configure(QCommandLineParser&) const override {}
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
