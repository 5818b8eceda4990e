#include "CalendarPhase.h"

#include "BenchTimer.h"
#include "CalendarViewPhase.h"
#include "RecurrencePhase.h"
#include "calendar/CalendarEntries.h"
#include "services/CalendarConflicts.h"
#include "services/CalendarQuery.h"
#include "store/db/Database.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kEvents = 20'000;
constexpr int kSeries = 1'000;
constexpr int kInWeek = 4'000;
constexpr int kTasks = 5'000;
const QDate kMonday(2027, 3, 1);
const QByteArray kZone = "Europe/Berlin";

CalendarEvent benchEvent(int i) {
    CalendarEvent e;
    e.title = i % 5 == 0 ? u"拜访客户 %1"_s.arg(i) : u"Customer visit %1"_s.arg(i);
    e.location = u"Hamburg"_s;
    // 4,000 in the measured week between 07:00 and 19:00, the rest over the year around it.
    const QDate day = i < kSeries + kInWeek ? kMonday.addDays(i % 5) : kMonday.addDays(i % 360 - 180);
    const QTime start(7 + i % 12, (i % 4) * 15);
    e.start = CalendarTime::zoned(day, start, kZone);
    e.end = CalendarTime::zoned(day, start.addSecs(60 * (15 + (i % 8) * 15)), kZone);
    if (i < kSeries) { // weekly series begun in the autumn before, one occurrence in the week
        e.start = e.start.withDate(day.addDays(-7 * (20 + i % 10)));
        e.end = e.end.withDate(e.start.date);
        e.rrules = {i % 3 == 0 ? u"FREQ=WEEKLY;UNTIL=20271231T000000Z"_s : u"FREQ=WEEKLY"_s};
    }
    return e;
}

Result<void> build(Database& db) {
    return db.transaction([&]() -> Result<void> {
        EventRepository events(db);
        for (int i = 0; i < kEvents; ++i)
            if (auto saved = events.save(benchEvent(i)); !saved)
                return std::unexpected(saved.error());
        TaskRepository tasks(db);
        for (int i = 0; i < kTasks; ++i) {
            CalendarTask t;
            t.title = u"Follow up %1"_s.arg(i);
            t.due = CalendarTime::ofDate(kMonday.addDays(i % 120 - 60));
            if (auto saved = tasks.save(t); !saved)
                return std::unexpected(saved.error());
        }
        return {};
    });
}

/// Median ms of what the Calendar section does to show a period (CalendarSection::reload): read and
/// expand it, find the overlaps, and make the view's entries; and the entries of the last run.
double readMs(Database& db, QDate first, QDate lastExclusive, QList<CalendarEntry>* entries) {
    const QTimeZone zone(kZone);
    const CalendarQuery query(db, zone);
    auto users = UserRepository(db).all();
    if (!users)
        return -1;
    const auto viewer = CalendarEntries::Viewer::of(db.localUserId(), *users, zone);
    Samples runs;
    for (int run = 0; run < 5; ++run) {
        entries->clear(); // what the last run left goes before the timer starts
        QElapsedTimer timer;
        timer.start();
        const auto occurrences = query.between(QDateTime(first, {}, zone), QDateTime(lastExclusive, {}, zone));
        if (!occurrences)
            return -1;
        *entries = CalendarEntries::entriesOf(*occurrences, viewer, CalendarConflicts::find(*occurrences));
        runs.add(elapsedMs(timer));
    }
    return runs.percentile(50);
}

} // namespace

QJsonObject runCalendarPhase(const QString& dir) {
    QJsonObject metrics = runRecurrencePhase();
    const QString path = dir + u"/calendar.sqlite"_s;
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db)
        return {{u"calendar_error"_s, db.error().message}};
    QElapsedTimer timer;
    timer.start();
    if (auto built = build(**db); !built)
        return {{u"calendar_error"_s, built.error().message}};
    metrics.insert(u"calendar_build_s"_s, elapsedMs(timer) / 1000.0);
    QList<CalendarEntry> week;
    const double weekRead = readMs(**db, kMonday, kMonday.addDays(7), &week);
    const double weekPaint = layoutAndPaintMs(CalendarMode::Week, kMonday, week);
    QList<CalendarEntry> month;
    const double monthRead = readMs(**db, QDate(2027, 2, 22), QDate(2027, 4, 5), &month);
    const double monthPaint = layoutAndPaintMs(CalendarMode::Month, QDate(2027, 3, 1), month);
    metrics.insert(u"calendar_dataset_events"_s, kEvents);
    metrics.insert(u"calendar_dataset_series"_s, kSeries);
    metrics.insert(u"calendar_dataset_tasks"_s, kTasks);
    metrics.insert(u"week_view_events"_s, week.size());
    metrics.insert(u"week_view_read_ms"_s, weekRead);
    metrics.insert(u"week_view_paint_ms"_s, weekPaint);
    metrics.insert(u"week_view_ms"_s, weekRead + weekPaint);
    metrics.insert(u"month_view_events"_s, month.size());
    metrics.insert(u"month_view_read_ms"_s, monthRead);
    metrics.insert(u"month_view_paint_ms"_s, monthPaint);
    metrics.insert(u"month_view_ms"_s, monthRead + monthPaint);
    return metrics;
}

} // namespace Fieldbook::Bench
