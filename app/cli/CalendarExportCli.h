#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace Fieldbook {

class CliContext;

/// `export calendar --format ics [-o FILE] [--from DATE --to DATE] [--zone ZONE]`, reached through
/// ExportCommand: events and tasks as iCalendar (docs/calendar-import.md, Export).
class CalendarExportCli final {
    Q_DECLARE_TR_FUNCTIONS(CalendarExportCli)

public:
    /// The TYPE word of `export` that reaches it.
    static QString typeName() { return QStringLiteral("calendar"); }
    /// Adds the calendar's options (--from, --to, --zone) to ExportCommand's.
    static void configure(QCommandLineParser& parser);
    /// Runs it with ExportCommand's parsed options; an ExitCode value.
    [[nodiscard]] static int run(CliContext& context, const QCommandLineParser& parser);
};

} // namespace Fieldbook
