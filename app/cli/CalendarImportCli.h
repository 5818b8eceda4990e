#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace Fieldbook {

class CliContext;

/// `import calendar FILE.ics [--dry-run]`, reached through ImportCommand: prints the JSON report
/// {"events_added","events_updated","tasks_added","tasks_updated","skipped","issues"} (docs/calendar-import.md).
class CalendarImportCli final {
    Q_DECLARE_TR_FUNCTIONS(CalendarImportCli)

public:
    /// The TYPE word of `import` that reaches it.
    static QString typeName() { return QStringLiteral("calendar"); }
    /// Runs it with ImportCommand's parsed options; an ExitCode value (4 when the file is not iCalendar).
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser);
};

} // namespace Fieldbook
