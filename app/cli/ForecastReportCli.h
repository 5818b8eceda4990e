#pragma once

#include "ReportCommand.h"

#include <QCoreApplication>

class QCommandLineParser;
class QIODevice;

namespace Fieldbook {

class CliContext;

/// `report forecast` (docs/forecast.md, Command line): options and the run.
class ForecastReportCli final {
    Q_DECLARE_TR_FUNCTIONS(ForecastReportCli)

public:
    static void configure(QCommandLineParser& parser);
    /// Writes the report to `out` in `format`; returns an ExitCode value.
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser, ReportFormat format,
                                 QIODevice& out);
};

} // namespace Fieldbook
