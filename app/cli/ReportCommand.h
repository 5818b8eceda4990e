#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// `report forecast|...`: the managers' reports (docs/forecast.md), as CSV or JSON.
class ReportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override {
        return QStringLiteral("report forecast --period month|quarter|year [--from DATE --to DATE] "
                              "[--by owner|manager|team|category|stage|product|region|industry] [--currency CUR] "
                              "[--under NAME] [--team TEAM] [--pipeline NAME] --format csv|json [-o FILE]");
    }
    QString summary() const override { return tr("forecast and other reports for managers, as CSV or JSON"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
