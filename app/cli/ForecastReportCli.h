#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace Fieldbook {

class CliContext;

/// `report forecast` (docs/forecast.md, Command line): options and the run.
class ForecastReportCli final {
    Q_DECLARE_TR_FUNCTIONS(ForecastReportCli)

public:
    static void configure(QCommandLineParser& parser);
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser);
};

} // namespace Fieldbook
