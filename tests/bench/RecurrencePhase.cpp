#include "RecurrencePhase.h"

#include "BenchTimer.h"
#include "calendar/RecurrenceSet.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

const char* const kZones[] = {"Europe/Berlin", "America/New_York", "Asia/Shanghai"};

RecurrenceRule rule(const QString& text) {
    return *RecurrenceRule::parse(text);
}

/// Series number `i` of the mix: what a sales team's calendars hold, started in the last three
/// years so that most series begin long before the year expanded.
RecurrenceSet benchSeries(int i) {
    const QByteArray zone = kZones[i % 3];
    const QDate day = QDate(2024, 1, 1).addDays((i * 37) % 1090);
    const QTime time(8 + i % 9, (i % 4) * 15);
    RecurrenceSet set{CalendarTime::zoned(day, time, zone), {}, {}, {}};
    switch (i % 10) {
    case 0:
    case 1:
    case 2: // weekly team meetings, some every other week, a few with EXDATEs
        set.rules = {rule(i % 2 == 0 ? u"FREQ=WEEKLY;BYDAY=MO"_s : u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"_s)};
        if (i % 6 == 0)
            set.exdates = {set.start.withDate(day.addDays(7 * 52)), set.start.withDate(day.addDays(7 * 104))};
        break;
    case 3: // weekly until a date
        set.rules = {rule(u"FREQ=WEEKLY;BYDAY=WE;UNTIL=20271130T170000Z"_s)};
        break;
    case 4:
        set.rules = {rule(u"FREQ=MONTHLY;BYDAY=1MO"_s)};
        break;
    case 5:
        set.rules = {rule(u"FREQ=MONTHLY;BYDAY=-1FR"_s)};
        break;
    case 6: // daily with COUNT, started in or shortly before the year
        set.start = set.start.withDate(QDate(2026, 11, 1).addDays((i * 13) % 400));
        set.rules = {rule(u"FREQ=DAILY;COUNT=%1"_s.arg(5 + i % 56))};
        break;
    case 7: // workdays
        set.rules = {rule(u"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=%1"_s.arg(200 + i % 300))};
        break;
    case 8: // all-day: birthdays and anniversaries
        set.start = CalendarTime::ofDate(day);
        set.rules = {rule(u"FREQ=YEARLY"_s)};
        break;
    default: // all-day monthly: pay day, the last weekday
        set.start = CalendarTime::ofDate(day);
        set.rules = {rule(u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s)};
    }
    return set;
}

} // namespace

QJsonObject runRecurrencePhase() {
    QList<RecurrenceSet> series;
    for (int i = 0; i < 1000; ++i)
        series.append(benchSeries(i));
    const QTimeZone viewer("Europe/Berlin");
    const QDateTime from(QDate(2027, 1, 1), QTime(0, 0), viewer);
    const QDateTime to(QDate(2028, 1, 1), QTime(0, 0), viewer);
    Samples samples;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const RecurrenceSet& set : std::as_const(series))
            set.between(from, to, viewer);
        samples.add(elapsedMs(timer));
    }
    QJsonObject metrics;
    metrics.insert(u"recurrence_expand_1k_rules_year_ms"_s, samples.percentile(50));
    return metrics;
}

} // namespace Fieldbook::Bench
