#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <optional>

class QCommandLineParser;

namespace Fieldbook {

class CliContext;

/// What the calendar's commands share: dates, the viewer's zone and the output file.
class CalendarCliOptions final {
    Q_DECLARE_TR_FUNCTIONS(CalendarCliOptions)

public:
    /// Adds --from, --to and --zone to a command's options.
    static void addPeriod(QCommandLineParser& parser);
    /// The value of --from or --to (an ISO date) when given; `problem` says why a given one is wrong.
    static std::optional<QDate> date(const QCommandLineParser& parser, const QString& option, QString* problem);
    /// Checks --from/--to (`required`: both must be given) and their order; the problem, or empty.
    static QString checkPeriod(const QCommandLineParser& parser, bool required, std::optional<QDate>* from,
                               std::optional<QDate>* to);
    /// --zone, else the system's zone; `problem` names an unknown zone.
    static QTimeZone zone(const QCommandLineParser& parser, QString* problem);
    /// Writes `bytes` to the file of -o (atomically), or to stdout without it; an ExitCode value.
    static int write(CliContext& context, const QCommandLineParser& parser, const QByteArray& bytes);
};

} // namespace Fieldbook
