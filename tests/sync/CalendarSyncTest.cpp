#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/db/SqlConnection.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "services/ReminderService.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

CalendarTime berlin(QDate date, int hour) {
    return CalendarTime::zoned(date, QTime(hour, 0), "Europe/Berlin");
}

/// The events' local range columns, which every device derives from the synced fields.
QStringList eventRanges(Database& db) {
    QStringList rows;
    auto q = db.connection().run(u"SELECT id, range_start, range_end, deleted FROM events ORDER BY id"_s, {},
                                 u"test: read event ranges"_s);
    REQUIRE(q);
    while ((*q)->next())
        rows.append(u"%1|%2|%3|%4"_s.arg((*q)->value(0).toString(), (*q)->value(1).toString(),
                                         (*q)->value(2).toString(), (*q)->value(3).toString()));
    (*q)->finish();
    return rows;
}

/// A change of the occurrence of `series` at `occurrence`, starting at `hour` with `title`.
CalendarEvent changedOccurrence(const CalendarEvent& series, QDate occurrence, int hour, const QString& title) {
    CalendarEvent o = series;
    o.id.clear();
    o.ownerId.clear(); // the device's user (the series was made before the first sync named the owner)
    o.rrules.clear();
    o.seriesId = series.id;
    o.recurrenceId = series.start.withDate(occurrence);
    o.start = berlin(occurrence, hour);
    o.end = berlin(occurrence, hour + 1);
    o.title = title;
    return o;
}

} // namespace

TEST_CASE("two devices that change different occurrences of one series offline both keep their change",
          "[sync][calendar]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    CalendarEvent weekly;
    weekly.title = u"Team meeting 周会"_s;
    weekly.start = berlin({2027, 3, 1}, 9);
    weekly.end = berlin({2027, 3, 1}, 10);
    weekly.rrules = {u"FREQ=WEEKLY;BYDAY=MO;COUNT=10"_s};
    weekly.reminders = {10};
    const CalendarEvent series = *EventRepository(laptop.db()).save(weekly);
    synced(laptop);
    synced(desktop);
    REQUIRE(EventRepository(desktop.db()).get(series.id)->rrules == weekly.rrules);

    // Offline: the laptop moves the 8 March meeting, the desktop renames the 15 March one.
    REQUIRE(EventRepository(laptop.db()).save(changedOccurrence(series, {2027, 3, 8}, 11, u"Team meeting (moved)"_s)));
    REQUIRE(
        EventRepository(desktop.db()).save(changedOccurrence(series, {2027, 3, 15}, 9, u"Team meeting: Q1 review"_s)));
    for (TestClient* device : {&laptop, &desktop, &laptop})
        CHECK_FALSE(synced(*device).needsDecision());

    for (TestClient* device : {&laptop, &desktop}) {
        const auto overrides = EventRepository(device->db()).overridesOf(series.id);
        REQUIRE(overrides);
        REQUIRE(overrides->size() == 2);
        CHECK(overrides->at(0).start == berlin({2027, 3, 8}, 11));
        CHECK(overrides->at(1).title == u"Team meeting: Q1 review"_s);
    }
    CHECK(laptop.records() == server.records());
    CHECK(desktop.records() == server.records());
    CHECK(eventRanges(laptop.db()) == eventRanges(desktop.db()));
}

TEST_CASE("one occurrence changed on two devices stays one record, and a clash of its times is a conflict",
          "[sync][calendar]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    CalendarEvent weekly;
    weekly.title = u"Pipeline review"_s;
    weekly.start = berlin({2027, 3, 1}, 14);
    weekly.end = berlin({2027, 3, 1}, 15);
    weekly.rrules = {u"FREQ=WEEKLY"_s};
    const CalendarEvent series = *EventRepository(laptop.db()).save(weekly);
    synced(laptop);
    synced(desktop);

    // The laptop moves the occurrence to 15:00, the desktop to 16:00.
    REQUIRE(EventRepository(laptop.db()).save(changedOccurrence(series, {2027, 3, 22}, 15, series.title)));
    REQUIRE(EventRepository(desktop.db()).save(changedOccurrence(series, {2027, 3, 22}, 16, series.title)));
    CHECK_FALSE(synced(laptop).needsDecision());
    const SyncSummary clash = synced(desktop);
    CHECK(clash.conflicts == 2); // its start and its end
    CHECK(clash.needsDecision());
    synced(laptop);

    for (TestClient* device : {&laptop, &desktop}) {
        const auto overrides = EventRepository(device->db()).overridesOf(series.id);
        REQUIRE(overrides);
        REQUIRE(overrides->size() == 1);
        CHECK(overrides->first().recurrenceId == berlin({2027, 3, 22}, 14));
    }
    // The server keeps the time it had first; the desktop's waits in Sync issues.
    CHECK(EventRepository(laptop.db()).overridesOf(series.id)->first().start == berlin({2027, 3, 22}, 15));
    CHECK(laptop.records() == server.records());
}

TEST_CASE("tasks and their completion reach the user's other device", "[sync][calendar]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    CalendarTask task;
    task.title = u"Send the offer to 华辰"_s;
    task.due = CalendarTime::ofDate({2027, 5, 2});
    task.priority = TaskPriority::High;
    task = *TaskRepository(laptop.db()).save(task);
    synced(laptop);
    synced(desktop);
    CalendarTask there = *TaskRepository(desktop.db()).get(task.id);
    CHECK(there.due == task.due);
    CHECK(there.priority == TaskPriority::High);
    there.status = TaskStatus::Done;
    REQUIRE(TaskRepository(desktop.db()).save(there));
    synced(desktop);
    synced(laptop);
    const CalendarTask done = *TaskRepository(laptop.db()).get(task.id);
    CHECK(done.isDone());
    CHECK(done.doneAt > 0);
    CHECK(TaskRepository(laptop.db()).list(TaskRepository::Filter::Open)->isEmpty());
    CHECK(laptop.records() == server.records());
}

namespace {

CalendarEvent appointment(const QString& title, QDate day, int hour) {
    CalendarEvent e;
    e.title = title;
    e.location = u"Hamburg"_s;
    e.start = berlin(day, hour);
    e.end = berlin(day, hour + 1);
    return e;
}

/// The event `id` as `device` holds it; nullopt when it is not there.
std::optional<CalendarEvent> held(TestClient& device, const QString& id) {
    auto event = EventRepository(device.db()).get(id);
    if (!event || event->deleted)
        return std::nullopt;
    return *event;
}

} // namespace

TEST_CASE("the team sees busy blocks, attendees see the event, private events are busy to everyone else",
          "[sync][calendar][team]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"mia"_s, u"manager"_s);
    server.addUser(u"ann"_s, u"rep"_s, u"mia"_s);
    const QString bobId = server.addUser(u"bob"_s, u"rep"_s, u"mia"_s);
    server.addUser(u"olga"_s, u"manager"_s);
    server.addUser(u"cid"_s, u"rep"_s, u"olga"_s);
    TestClient ann(server, u"ann"_s);
    TestClient bob(server, u"bob"_s);
    TestClient mia(server, u"mia"_s);
    TestClient cid(server, u"cid"_s);
    synced(ann); // ann's records belong to her server user from here on

    EventRepository anns(ann.db());
    const CalendarEvent visit = *anns.save(appointment(u"Visit Hansen 拜访"_s, {2027, 3, 1}, 9));
    CalendarEvent secret = appointment(u"Doctor"_s, {2027, 3, 1}, 14);
    secret.isPrivate = true;
    secret = *anns.save(secret);
    CalendarEvent joint = appointment(u"Joint visit Meyer"_s, {2027, 3, 2}, 10);
    joint.attendees = {{bobId, {}, u"bob"_s, {}, u"ACCEPTED"_s}};
    joint = *anns.save(joint);
    synced(ann);
    for (TestClient* device : {&bob, &mia, &cid})
        synced(*device);

    // Bob, in ann's team: her visit as a busy block at its time, the joint visit in full.
    const auto busy = held(bob, visit.id);
    REQUIRE(busy);
    CHECK(busy->title.isEmpty());
    CHECK(busy->location.isEmpty());
    CHECK(busy->isPrivate);
    CHECK(busy->start == visit.start);
    CHECK(busy->end == visit.end);
    CHECK(held(bob, secret.id)->title.isEmpty());
    CHECK(held(bob, joint.id)->title == u"Joint visit Meyer"_s);
    // Mia, ann's manager: everything but the private event's details.
    CHECK(held(mia, visit.id)->title == u"Visit Hansen 拜访"_s);
    CHECK(held(mia, secret.id)->title.isEmpty());
    CHECK(held(mia, secret.id)->start == secret.start);
    // Cid, in another team: nothing of ann's.
    CHECK_FALSE(held(cid, visit.id));
    CHECK_FALSE(held(cid, joint.id));

    // A busy block is not Bob's to change.
    CalendarEvent meddled = *held(bob, visit.id);
    meddled.title = u"Mine now"_s;
    REQUIRE(EventRepository(bob.db()).save(meddled));
    CHECK(synced(bob).rejected == 1);
    CHECK(server.records() == ann.records());

    // Taken off the joint visit, Bob keeps only its busy block.
    CalendarEvent solo = *held(ann, joint.id);
    solo.attendees.clear();
    REQUIRE(anns.save(solo));
    synced(ann);
    synced(bob);
    const auto after = held(bob, joint.id);
    REQUIRE(after);
    CHECK(after->title.isEmpty());
    CHECK(after->start == joint.start);
}

TEST_CASE("a reminder dismissed or snoozed on one device is so on the user's other devices",
          "[sync][calendar][reminders]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    synced(laptop);
    synced(desktop);
    CalendarEvent visit = appointment(u"Visit 华辰"_s, {2027, 3, 1}, 10);
    visit.reminders = {15, 60};
    REQUIRE(EventRepository(laptop.db()).save(visit));
    synced(laptop);
    synced(desktop);

    const QTimeZone zone("Europe/Berlin");
    const QDateTime now(QDate(2027, 3, 1), QTime(9, 50), zone);
    ReminderService onLaptop(laptop.db(), zone);
    const QList<Reminder> due = *onLaptop.due(now);
    REQUIRE(due.size() == 2);
    REQUIRE(onLaptop.dismiss(due.at(0)));
    REQUIRE(onLaptop.snooze(due.at(1), now.addSecs(10 * 60)));
    synced(laptop);
    synced(desktop);

    ReminderService onDesktop(desktop.db(), zone);
    CHECK(onDesktop.due(now)->isEmpty());
    const QList<Reminder> later = *onDesktop.due(now.addSecs(11 * 60));
    REQUIRE(later.size() == 1);
    CHECK(later.first().snoozed);
    CHECK(later.first().minutesBefore == 15);
    CHECK(desktop.records() == server.records());
}
