#pragma once

#include "ReportCommand.h"

#include <QCoreApplication>

class QCommandLineParser;
class QIODevice;

namespace Fieldbook {

class CliContext;

/// `report calls --by rep|list|day|week|month|hour [--from DATE --to DATE] --format csv|json`
/// (docs/telesales.md, Statistics): the call statistics of the days from..to (default: this month).
class CallReportCli final {
    Q_DECLARE_TR_FUNCTIONS(CallReportCli)

public:
    /// Writes the report to `out` in `format`; returns an ExitCode value.
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser, ReportFormat format,
                                 QIODevice& out);
};

} // namespace Fieldbook
