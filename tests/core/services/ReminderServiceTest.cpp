#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/ReminderService.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlinTime(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), kBerlin);
}

CalendarEvent meeting(QDate date, int hour, const QString& title, QList<int> reminders) {
    CalendarEvent e;
    e.title = title;
    e.start = CalendarTime::zoned(date, QTime(hour, 0), "Europe/Berlin");
    e.end = CalendarTime::zoned(date, QTime(hour + 1, 0), "Europe/Berlin");
    e.reminders = std::move(reminders);
    return e;
}

QStringList titles(const QList<Reminder>& reminders) {
    QStringList list;
    for (const Reminder& r : reminders)
        list.append(r.title + u" -" + QString::number(r.minutesBefore));
    return list;
}

} // namespace

TEST_CASE("a reminder falls due before its event, is announced once across restarts, snoozes and dismisses",
          "[calendar][reminders]") {
    Test::TempDatabase t;
    REQUIRE(EventRepository(t.db()).save(meeting({2027, 5, 3}, 10, u"拜访 华辰"_s, {15, 60})));
    const QDate day(2027, 5, 3);
    {
        ReminderService reminders(t.db(), kBerlin);
        CHECK(*reminders.next(berlinTime(day, 8)) == berlinTime(day, 9).toUTC());
        CHECK(reminders.due(berlinTime(day, 8, 59))->isEmpty());
        CHECK(titles(*reminders.due(berlinTime(day, 9, 50))) == QStringList{u"拜访 华辰 -60"_s, u"拜访 华辰 -15"_s});
        CHECK(reminders.announce(berlinTime(day, 9, 50))->size() == 2);
        CHECK(reminders.announce(berlinTime(day, 9, 51))->isEmpty()); // announced once
    }
    ReminderService restarted(t.db(), kBerlin); // the app started again
    CHECK(restarted.announce(berlinTime(day, 9, 52))->isEmpty());
    const QList<Reminder> due = *restarted.due(berlinTime(day, 9, 52));
    REQUIRE(due.size() == 2);
    REQUIRE(restarted.dismiss(due.at(0)));
    REQUIRE(restarted.snooze(due.at(1), berlinTime(day, 10, 5)));
    CHECK(restarted.due(berlinTime(day, 10))->isEmpty());
    CHECK(*restarted.next(berlinTime(day, 10)) == berlinTime(day, 10, 5).toUTC());
    const QList<Reminder> again = *restarted.announce(berlinTime(day, 10, 6));
    REQUIRE(again.size() == 1);
    CHECK(again.first().snoozed);
    CHECK(again.first().minutesBefore == 15);
    REQUIRE(restarted.dismiss(again.first()));
    CHECK(restarted.due(berlinTime(day, 12))->isEmpty());
    CHECK_FALSE(restarted.next(berlinTime(day, 12))->isValid());
}

TEST_CASE("reminders that fell due while the app was closed come once at the next start", "[calendar][reminders]") {
    Test::TempDatabase t;
    CalendarEvent weekly = meeting({2027, 5, 3}, 9, u"Team meeting"_s, {10});
    weekly.rrules = {u"FREQ=WEEKLY;COUNT=4"_s};
    REQUIRE(EventRepository(t.db()).save(weekly));
    // Closed from before the first meeting until after the second: both occurrences' reminders wait.
    ReminderService reminders(t.db(), kBerlin);
    const QList<Reminder> waiting = *reminders.announce(berlinTime({2027, 5, 11}, 8));
    REQUIRE(waiting.size() == 2);
    CHECK(waiting.at(0).startsAt == berlinTime({2027, 5, 3}, 9).toUTC());
    CHECK(waiting.at(1).startsAt == berlinTime({2027, 5, 10}, 9).toUTC());
    CHECK(waiting.at(0).key != waiting.at(1).key);
    CHECK(reminders.announce(berlinTime({2027, 5, 11}, 8, 1))->isEmpty());
    CHECK(reminders.due(berlinTime({2027, 5, 11}, 8, 1))->size() == 2); // still listed until dismissed
}

TEST_CASE("only the user's own events, those they attend and open tasks remind them", "[calendar][reminders]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent mine = meeting({2027, 5, 3}, 10, u"Mine"_s, {30});
    REQUIRE(events.save(mine));
    CalendarEvent colleagues = meeting({2027, 5, 3}, 11, u"A colleague's"_s, {30});
    colleagues.ownerId = u"someone-else"_s;
    REQUIRE(events.save(colleagues));
    CalendarEvent invited = colleagues;
    invited.title = u"Invited"_s;
    invited.attendees = {{t.db().localUserId(), {}, u"Me"_s, {}, u"ACCEPTED"_s}};
    REQUIRE(events.save(invited));
    CalendarEvent cancelled = mine;
    cancelled.title = u"Cancelled"_s;
    cancelled.status = EventStatus::Cancelled;
    REQUIRE(events.save(cancelled));
    TaskRepository tasks(t.db());
    CalendarTask call;
    call.title = u"Call back"_s;
    call.due = CalendarTime::zoned({2027, 5, 3}, {12, 0}, "Europe/Berlin");
    call.reminders = {0};
    REQUIRE(tasks.save(call));
    CalendarTask done = call;
    done.title = u"Already done"_s;
    done.status = TaskStatus::Done;
    REQUIRE(tasks.save(done));
    CHECK(titles(*ReminderService(t.db(), kBerlin).due(berlinTime({2027, 5, 3}, 13))) ==
          QStringList{u"Mine -30"_s, u"Invited -30"_s, u"Call back -0"_s});
}
