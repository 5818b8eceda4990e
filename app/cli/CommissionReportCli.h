#pragma once

#include "ReportCommand.h"

#include <QCoreApplication>

class QCommandLineParser;
class QIODevice;

namespace Fieldbook {

class CliContext;

/// `report commission` (docs/forecast.md, Commission): the forecast's options (ReportOptions, added
/// once by `report forecast`), grouped by total, owner, manager or team.
class CommissionReportCli final {
    Q_DECLARE_TR_FUNCTIONS(CommissionReportCli)

public:
    /// Writes the report to `out` in `format`; returns an ExitCode value.
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser, ReportFormat format,
                                 QIODevice& out);
};

} // namespace Fieldbook
