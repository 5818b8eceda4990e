#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

CalendarEvent meeting(QDate date, int hour, const QString& title) {
    CalendarEvent e;
    e.title = title;
    e.start = CalendarTime::zoned(date, QTime(hour, 0), "Europe/Berlin");
    e.end = CalendarTime::zoned(date, QTime(hour + 1, 0), "Europe/Berlin");
    return e;
}

qint64 utcMs(QDate date, int hour) {
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("events are stored with their calendar values and found by the period they cover", "[calendar][store]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent visit = meeting({2027, 3, 29}, 9, u"拜访 智远科技"_s);
    visit.kind = EventKind::Visit;
    visit.reminders = {15, 1440};
    visit.attendees = {{{}, {}, u"Wang Fang"_s, u"wang.fang@zhiyuan.example"_s, u"ACCEPTED"_s}};
    auto saved = events.save(visit);
    REQUIRE(saved);
    const CalendarEvent read = *events.get(saved->id);
    CHECK(read.title == u"拜访 智远科技"_s);
    CHECK(read.start == visit.start);
    CHECK(read.end == visit.end);
    CHECK(read.reminders == QList<int>{15, 1440});
    CHECK(read.attendees == visit.attendees);
    CHECK(read.kind == EventKind::Visit);

    // 09:00 Berlin in summer time is 07:00 UTC.
    CHECK(events.inRange(utcMs({2027, 3, 29}, 6), utcMs({2027, 3, 29}, 8))->size() == 1);
    CHECK(events.inRange(utcMs({2027, 3, 29}, 8), utcMs({2027, 3, 30}, 0))->isEmpty());
    CHECK(events.inRange(utcMs({2027, 3, 28}, 0), utcMs({2027, 3, 29}, 7))->isEmpty());

    CalendarEvent allDay;
    allDay.title = u"Trade fair"_s;
    allDay.start = CalendarTime::ofDate({2027, 4, 1});
    allDay.end = CalendarTime::ofDate({2027, 4, 3});
    REQUIRE(events.save(allDay));
    // A date is a different instant in every zone: found from any viewer's day.
    CHECK(events.inRange(utcMs({2027, 4, 2}, 20), utcMs({2027, 4, 2}, 23))->size() == 1);
    CHECK(events.inRange(utcMs({2027, 3, 31}, 12), utcMs({2027, 3, 31}, 13))->size() == 1);
    CHECK(events.inRange(utcMs({2027, 3, 30}, 0), utcMs({2027, 3, 30}, 23))->isEmpty());
}

TEST_CASE("events that cannot be kept are refused with the reason", "[calendar][store]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent backwards = meeting({2027, 3, 29}, 9, u"Review"_s);
    backwards.end = CalendarTime::zoned({2027, 3, 29}, {8, 0}, "Europe/Berlin");
    CHECK(events.save(backwards).error().message.contains(u"ends before it starts"_s));
    CalendarEvent mixed = meeting({2027, 3, 29}, 9, u"Review"_s);
    mixed.end = CalendarTime::ofDate({2027, 3, 30});
    CHECK(events.save(mixed).error().message.contains(u"all-day"_s));
    CalendarEvent noStart;
    CHECK(events.save(noStart).error().code == ErrorCode::InvalidInput);
    CalendarEvent linked = meeting({2027, 3, 29}, 9, u"Review"_s);
    linked.accountId = u"no-such-account"_s;
    const auto refused = events.save(linked);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == u"The account this event is linked to no longer exists."_s);
    CHECK(*events.count() == 0);
}

TEST_CASE("an occurrence changed on two devices is one record, and deleting a series takes its changes along",
          "[calendar][store]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent weekly = meeting({2027, 3, 1}, 9, u"Team meeting"_s);
    weekly.rrules = {u"FREQ=WEEKLY;BYDAY=MO"_s};
    const CalendarEvent series = *events.save(weekly);
    const CalendarTime occurrence = CalendarTime::zoned({2027, 3, 8}, {9, 0}, "Europe/Berlin");
    // The same id on every device for the same occurrence.
    CHECK(EventRepository::overrideId(series.id, occurrence) == EventRepository::overrideId(series.id, occurrence));
    CHECK(EventRepository::overrideId(series.id, occurrence) !=
          EventRepository::overrideId(series.id, occurrence.withDate({2027, 3, 15})));

    CalendarEvent moved = meeting({2027, 3, 8}, 11, u"Team meeting (moved)"_s);
    moved.seriesId = series.id;
    moved.recurrenceId = occurrence;
    const CalendarEvent stored = *events.save(moved);
    CHECK(stored.id == EventRepository::overrideId(series.id, occurrence));
    CHECK(events.overridesOf(series.id)->size() == 1);
    // A series has no last occurrence here: it is found in any later period, with its override.
    CHECK(events.inRange(utcMs({2030, 1, 1}, 0), utcMs({2030, 1, 8}, 0))->size() == 2);

    const QStringList removed = *events.remove(series.id);
    CHECK(removed == QStringList{series.id, stored.id});
    CHECK(events.inRange(utcMs({2027, 3, 1}, 0), utcMs({2027, 3, 31}, 0))->isEmpty());
    REQUIRE(events.restore(removed));
    CHECK(events.inRange(utcMs({2027, 3, 1}, 0), utcMs({2027, 3, 31}, 0))->size() == 2);
}

TEST_CASE("tasks are listed by due date, and done stamps the time", "[calendar][store]") {
    Test::TempDatabase t;
    TaskRepository tasks(t.db());
    const auto task = [](const QString& title, std::optional<CalendarTime> due) {
        CalendarTask t;
        t.title = title;
        t.due = std::move(due);
        return t;
    };
    const CalendarTask later = task(u"Send the brochure"_s, CalendarTime::ofDate({2027, 5, 2}));
    const CalendarTask sooner = task(u"Call back 王芳"_s, CalendarTime::zoned({2027, 5, 1}, {10, 0}, "Asia/Shanghai"));
    const CalendarTask whenever = task(u"Tidy the pipeline"_s, std::nullopt);
    REQUIRE(tasks.save(later));
    REQUIRE(tasks.save(whenever));
    auto first = tasks.save(sooner);
    REQUIRE(first);
    QStringList order;
    const QList<CalendarTask> open = *tasks.list(TaskRepository::Filter::Open);
    for (const CalendarTask& task : open)
        order.append(task.title);
    CHECK(order == QStringList{u"Call back 王芳"_s, u"Send the brochure"_s, u"Tidy the pipeline"_s});

    CalendarTask done = *first;
    done.status = TaskStatus::Done;
    const CalendarTask stamped = *tasks.save(done);
    CHECK(stamped.doneAt > 0);
    CHECK(tasks.list(TaskRepository::Filter::Open)->size() == 2);
    const QList<CalendarTask> doneList = *tasks.list(TaskRepository::Filter::Done);
    REQUIRE(doneList.size() == 1);
    CHECK(doneList.first().title == u"Call back 王芳"_s);
    CalendarTask reopened = stamped;
    reopened.status = TaskStatus::Open;
    CHECK(tasks.save(reopened)->doneAt == 0);
    CHECK(tasks.save(CalendarTask{}).error().message == u"A task needs a title."_s);
}
