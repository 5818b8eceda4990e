#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Fieldbook {

/// The output formats every report writes.
enum class ReportFormat { Csv, Json };

/// `report NAME --format csv|json [-o FILE] ...`: the managers' reports (docs/forecast.md, docs/rfm.md). Each report
/// lives in its own files (ForecastReportCli, RfmReport) and is listed once in ReportCommand.cpp; the options all
/// reports share (--format, -o) are added here, each report adds its own.
class ReportCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace Fieldbook
