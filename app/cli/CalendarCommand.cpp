#include "CalendarCommand.h"

#include "CalendarCliOptions.h"
#include "CliContext.h"
#include "services/CalendarAgenda.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The longest period an agenda lists: ten years of daily stand-ups are 3,650 lines each.
constexpr qint64 kLongestDays = 3660;

} // namespace

void CalendarCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"agenda"_s, tr("What to show: agenda (every occurrence of the period)."));
    CalendarCliOptions::addPeriod(parser);
    parser.addOption(
        {u"user"_s, tr("Only events this user owns or attends: the user's name or e-mail address."), u"NAME"_s});
    parser.addOption({u"format"_s,
                      tr("text (default: one line per occurrence in local time) or json (one object per "
                         "occurrence, times in UTC)."),
                      u"FORMAT"_s, u"text"_s});
}

int CalendarCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{u"agenda"_s})
        return context.error(ExitCode::Usage,
                             args.isEmpty()
                                 ? tr("calendar needs what to show: agenda")
                                 : tr("unknown calendar command '%1'; available: agenda").arg(args.join(u' ')));
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString problem = CalendarCliOptions::checkPeriod(parser, true, &from, &to);
    const QTimeZone zone = CalendarCliOptions::zone(parser, &problem);
    const QString format = parser.value(u"format"_s).toLower();
    if (problem.isEmpty() && format != u"text"_s && format != u"json"_s)
        problem = tr("--format expects json or text, not '%1'").arg(format);
    if (problem.isEmpty() && from->daysTo(*to) >= kLongestDays)
        problem = tr("the period may be at most ten years long");
    if (!problem.isEmpty())
        return context.error(ExitCode::Usage, problem);

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    const CalendarAgenda agenda(**db, zone);
    QString userId;
    if (parser.isSet(u"user"_s)) {
        auto user = agenda.userId(parser.value(u"user"_s));
        if (!user)
            return context.error(user.error().code == ErrorCode::NotFound ||
                                         user.error().code == ErrorCode::InvalidInput
                                     ? ExitCode::Usage
                                     : ExitCode::Database,
                                 user.error().message);
        userId = *user;
    }
    auto entries = agenda.entries(*from, *to, userId);
    if (!entries)
        return context.error(entries.error(), ExitCode::Database);
    if (format == u"json"_s)
        context.printLine(CalendarAgenda::toJson(*entries, zone));
    else
        context.out().write(CalendarAgenda::toText(*entries, zone, QLocale()).toUtf8());
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
