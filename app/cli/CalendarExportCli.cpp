#include "CalendarExportCli.h"

#include "CalendarCliOptions.h"
#include "CliContext.h"
#include "services/CalendarExport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void CalendarExportCli::configure(QCommandLineParser& parser) {
    CalendarCliOptions::addPeriod(parser);
}

int CalendarExportCli::run(CliContext& context, const QCommandLineParser& parser) {
    if (parser.isSet(u"format"_s) && parser.value(u"format"_s).toLower() != u"ics"_s)
        return context.error(
            ExitCode::Usage,
            tr("the calendar is exported as iCalendar: --format ics, not '%1'").arg(parser.value(u"format"_s)));
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString problem = CalendarCliOptions::checkPeriod(parser, false, &from, &to);
    const QTimeZone zone = CalendarCliOptions::zone(parser, &problem);
    if (!problem.isEmpty())
        return context.error(ExitCode::Usage, problem);
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto ics = CalendarExport::exportIcs(**db, from, to, zone);
    if (!ics)
        return context.error(ics.error(), ExitCode::Failure);
    return CalendarCliOptions::write(context, parser, *ics);
}

} // namespace Fieldbook
