#include "PythonIcalendar.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "calendar/IcsReader.h"
#include "services/CalendarExport.h"
#include "services/CalendarQuery.h"
#include "services/DemoDataService.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"
#include "workflows/CalendarImport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

CalendarTime berlin(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), "Europe/Berlin");
}

struct Stored {
    User colleague;
    Contact contact;
    CalendarEvent series;
    CalendarEvent moved;
    CalendarEvent fair;
    CalendarEvent call;
    CalendarTask done;
    CalendarTask open;
};

/// A weekly series with RDATE, EXDATE and a moved occurrence; a private all-day fair; a cancelled
/// call in Shanghai; a done and an open task.
Stored storeCalendar(Database& db) {
    Stored s;
    User user;
    user.name = u"Anna Schmidt"_s;
    user.email = u"anna@fieldbook.example"_s;
    s.colleague = *UserRepository(db).save(user);
    Account account;
    account.name = u"苏州智远科技"_s;
    const Account zhiyuan = *AccountRepository(db).save(account);
    Contact person;
    person.firstName = u"伟"_s;
    person.lastName = u"李"_s;
    person.accountId = zhiyuan.id;
    person.emails = {{u"work"_s, u"li.wei@zhiyuan.example"_s}};
    s.contact = *ContactRepository(db).save(person);

    EventRepository events(db);
    CalendarEvent weekly;
    weekly.kind = EventKind::Meeting;
    weekly.title = u"团队周会; weekly, with a comma"_s;
    weekly.location = u"会议室 A"_s;
    weekly.description = u"Agenda:\n1. pipeline\n2. 季度目标"_s;
    weekly.start = berlin({2027, 3, 1}, 9);
    weekly.end = berlin({2027, 3, 1}, 10);
    weekly.rrules = {u"FREQ=WEEKLY;BYDAY=MO;COUNT=12"_s};
    weekly.rdates = {berlin({2027, 3, 10}, 9)};
    weekly.exdates = {berlin({2027, 3, 22}, 9)};
    weekly.attendees = {{s.colleague.id, {}, u"Anna Schmidt"_s, {}, u"ACCEPTED"_s},
                        {{}, s.contact.id, u"李伟"_s, {}, u"NEEDS-ACTION"_s}};
    weekly.reminders = {15, 24 * 60};
    weekly.accountId = zhiyuan.id;
    s.series = *events.save(weekly);
    CalendarEvent moved = s.series;
    moved.id.clear();
    moved.rrules.clear();
    moved.rdates.clear();
    moved.exdates.clear();
    moved.seriesId = s.series.id;
    moved.recurrenceId = berlin({2027, 3, 29}, 9);
    moved.start = berlin({2027, 3, 30}, 14);
    moved.end = berlin({2027, 3, 30}, 15);
    moved.title = u"团队周会 (moved)"_s;
    s.moved = *events.save(moved);

    CalendarEvent fair;
    fair.kind = EventKind::Other;
    fair.title = u"Hannover Messe"_s;
    fair.start = CalendarTime::ofDate({2027, 4, 12});
    fair.end = CalendarTime::ofDate({2027, 4, 17});
    fair.isPrivate = true;
    fair.busy = false;
    fair.uid = u"fair-2027@example.com"_s;
    s.fair = *events.save(fair);
    CalendarEvent call;
    call.kind = EventKind::Call;
    call.title = u"回访李伟"_s;
    call.start = CalendarTime::zoned({2027, 3, 3}, {10, 0}, "Asia/Shanghai");
    call.end = CalendarTime::zoned({2027, 3, 3}, {10, 30}, "Asia/Shanghai");
    call.status = EventStatus::Cancelled;
    call.contactId = s.contact.id;
    s.call = *events.save(call);

    CalendarTask done;
    done.title = u"Send the offer"_s;
    done.due = CalendarTime::ofDate({2027, 3, 2});
    done.priority = TaskPriority::High;
    done.status = TaskStatus::Done;
    done.doneAt = QDateTime({2027, 3, 1}, {16, 30}, QTimeZone::utc()).toMSecsSinceEpoch();
    s.done = *TaskRepository(db).save(done);
    CalendarTask open;
    open.title = u"准备演示"_s;
    open.description = u"for 苏州智远"_s;
    open.due = berlin({2027, 3, 5}, 11);
    open.priority = TaskPriority::Low;
    open.status = TaskStatus::InProgress;
    open.reminders = {60};
    s.open = *TaskRepository(db).save(open);
    return s;
}

const CalendarItem& itemWithSummary(const QList<CalendarItem>& items, const QString& summary) {
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&summary](const CalendarItem& item) { return item.summary == summary; });
    INFO(summary.toStdString());
    REQUIRE(found != items.end());
    return *found;
}

QStringList summaries(const QList<CalendarItem>& items) {
    QStringList all;
    for (const CalendarItem& item : items)
        all.append(item.summary);
    return all;
}

/// "start end title status" of every occurrence of a year, in UTC.
QStringList yearOf(Database& db, QDate first) {
    const QDateTime from(first, QTime(0, 0), QTimeZone::utc());
    auto found = CalendarQuery(db, QTimeZone("Europe/Berlin")).between(from, from.addYears(1));
    REQUIRE(found);
    QStringList lines;
    for (const Occurrence& o : std::as_const(*found))
        lines.append(u"%1 %2 %3 %4"_s.arg(o.start.toString(Qt::ISODate), o.end.toString(Qt::ISODate), o.event->title,
                                          eventStatusKey(o.event->status)));
    lines.sort();
    return lines;
}

/// Prints "UID|RECURRENCE-ID|DTSTART" per VEVENT as python-icalendar reads the file, instants in UTC.
const char* const kStarts = R"(
import datetime, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def text(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.isoformat()
for component in cal.walk('VEVENT'):
    rid = component.get('RECURRENCE-ID')
    print(str(component['UID']) + '|' + (text(rid.dt) if rid else '') + '|' + text(component['DTSTART'].dt))
)";

QString pythonText(const CalendarTime& time) {
    if (time.isAllDay())
        return time.date.toString(Qt::ISODate);
    return time.toDateTime(QTimeZone::utc()).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

} // namespace

TEST_CASE("an export read back holds the values that were stored", "[calendar][export]") {
    Test::TempDatabase t;
    const Stored s = storeCalendar(t.db());
    auto ics = CalendarExport::exportIcs(t.db(), std::nullopt, std::nullopt, QTimeZone("Europe/Berlin"));
    REQUIRE(ics);
    auto read = readIcs(*ics, u"export.ics"_s);
    REQUIRE(read);
    CHECK(read->issues.isEmpty());
    REQUIRE(read->items.size() == 6);

    const CalendarItem& series = itemWithSummary(read->items, s.series.title);
    CHECK(series.uid == s.series.id + u"@fieldbook"_s);
    CHECK(series.location == s.series.location);
    CHECK(series.description == s.series.description);
    CHECK(series.start == s.series.start);
    CHECK(series.end == s.series.end);
    CHECK(series.rrules == s.series.rrules);
    CHECK(series.rdates == s.series.rdates);
    CHECK(series.exdates == s.series.exdates);
    CHECK(series.status == u"CONFIRMED"_s);
    CHECK(series.categories == QStringList{u"Meeting"_s});
    CHECK(series.alarms == QList<CalendarAlarm>{{15}, {24 * 60}});
    CHECK(series.attendees == QList<CalendarPerson>{{u"Anna Schmidt"_s, u"anna@fieldbook.example"_s, {}, u"ACCEPTED"_s},
                                                    {u"李伟"_s, u"li.wei@zhiyuan.example"_s, {}, u"NEEDS-ACTION"_s}});
    const CalendarItem& moved = itemWithSummary(read->items, s.moved.title);
    CHECK(moved.uid == series.uid);
    CHECK(moved.recurrenceId == berlin({2027, 3, 29}, 9));
    CHECK(moved.start == s.moved.start);
    CHECK(moved.rrules.isEmpty());
    const CalendarItem& fair = itemWithSummary(read->items, u"Hannover Messe"_s);
    CHECK(fair.uid == u"fair-2027@example.com"_s);
    CHECK(fair.start == CalendarTime::ofDate({2027, 4, 12}));
    CHECK(fair.end == CalendarTime::ofDate({2027, 4, 17}));
    CHECK(fair.isPrivate);
    CHECK_FALSE(fair.busy);
    CHECK(fair.categories.isEmpty());
    const CalendarItem& call = itemWithSummary(read->items, s.call.title);
    CHECK(call.status == u"CANCELLED"_s);
    CHECK(call.start == s.call.start);
    CHECK(call.categories == QStringList{u"Call"_s});

    const CalendarItem& done = itemWithSummary(read->items, u"Send the offer"_s);
    CHECK(done.kind == CalendarItem::Kind::Task);
    CHECK(done.end == CalendarTime::ofDate({2027, 3, 2}));
    CHECK(done.status == u"COMPLETED"_s);
    CHECK(done.completed == QDateTime({2027, 3, 1}, {16, 30}, QTimeZone::utc()));
    CHECK(done.priority == 1);
    const CalendarItem& open = itemWithSummary(read->items, u"准备演示"_s);
    CHECK(open.status == u"IN-PROCESS"_s);
    CHECK(open.end == berlin({2027, 3, 5}, 11));
    CHECK(open.priority == 9);
    CHECK(open.description == u"for 苏州智远"_s);
    CHECK(open.alarms == QList<CalendarAlarm>{{60}});
}

TEST_CASE("an export imported into an empty store gives the same occurrences for a year", "[calendar][export]") {
    Test::TempDatabase source;
    DemoRequest request;
    request.users = 4;
    request.accounts = 20;
    request.contacts = 40;
    request.events = 400;
    request.tasks = 80;
    request.nowMs = QDateTime({2027, 2, 15}, {0, 0}, QTimeZone::utc()).toMSecsSinceEpoch();
    REQUIRE(DemoDataService::generate(source.db(), request));
    auto ics = CalendarExport::exportIcs(source.db(), std::nullopt, std::nullopt, QTimeZone("Europe/Berlin"));
    REQUIRE(ics);

    Test::TempDatabase target;
    auto report = CalendarImport(target.db(), QTimeZone("Europe/Berlin")).run(*ics, u"demo.ics"_s, false);
    REQUIRE(report);
    CHECK(report->issues.isEmpty());
    CHECK(report->eventsAdded == 400);
    CHECK(report->tasksAdded == 80);
    const QStringList before = yearOf(source.db(), {2026, 11, 1});
    CHECK(before.size() > 400);
    CHECK(yearOf(target.db(), {2026, 11, 1}) == before);
    // Importing the export again changes nothing.
    auto again = CalendarImport(target.db(), QTimeZone("Europe/Berlin")).run(*ics, u"demo.ics"_s, false);
    REQUIRE(again);
    CHECK(again->eventsUpdated == 400);
    CHECK(again->eventsAdded == 0);
}

TEST_CASE("an export of a period holds the series that occur in it, the events that overlap it and the tasks due in it",
          "[calendar][export]") {
    Test::TempDatabase t;
    const Stored s = storeCalendar(t.db());
    const QTimeZone zone("Europe/Berlin");
    // Tuesday 30 March: only the moved occurrence, which brings its series along.
    auto tuesday = CalendarExport::items(t.db(), QDate(2027, 3, 30), QDate(2027, 3, 30), zone);
    REQUIRE(tuesday);
    CHECK(summaries(*tuesday) == QStringList{s.series.title, s.moved.title});
    // 2 to 5 March: the call on the 3rd and both tasks; the weekly meeting meets on the Mondays around it.
    auto week = CalendarExport::items(t.db(), QDate(2027, 3, 2), QDate(2027, 3, 5), zone);
    REQUIRE(week);
    CHECK(summaries(*week) == QStringList{s.call.title, u"Send the offer"_s, u"准备演示"_s});
    // From the 16th of April on: the series (it meets until 17 May) and the fair on its last day.
    auto later = CalendarExport::items(t.db(), QDate(2027, 4, 16), std::nullopt, zone);
    REQUIRE(later);
    CHECK(summaries(*later) == QStringList{s.series.title, s.moved.title, u"Hannover Messe"_s});
    auto ics = CalendarExport::exportIcs(t.db(), QDate(2027, 4, 16), QDate(2027, 4, 16), zone);
    REQUIRE(ics);
    CHECK(ics->contains("SUMMARY:Hannover Messe\r\n"));
    CHECK_FALSE(ics->contains("VTODO"));
}

TEST_CASE("an invitation asks the contacts of one event, its series with every changed occurrence",
          "[calendar][export]") {
    Test::TempDatabase t;
    const Stored s = storeCalendar(t.db());
    auto ics = CalendarExport::invitation(t.db(), s.moved.id, u"Anna Schmidt"_s, u"anna@fieldbook.example"_s);
    REQUIRE(ics);
    CHECK(ics->contains("METHOD:REQUEST\r\n"));
    auto read = readIcs(*ics, u"invite.ics"_s);
    REQUIRE(read);
    REQUIRE(read->items.size() == 2);
    for (const CalendarItem& item : read->items) {
        CHECK(item.uid == s.series.id + u"@fieldbook"_s);
        CHECK(item.organizer == CalendarPerson{u"Anna Schmidt"_s, u"anna@fieldbook.example"_s, {}, {}});
        // The colleague finds it in her own calendar; the contact gets the invitation.
        CHECK(item.attendees == QList<CalendarPerson>{{u"李伟"_s, u"li.wei@zhiyuan.example"_s, {}, u"NEEDS-ACTION"_s}});
    }
    CHECK(ics->contains("RSVP=TRUE"));

    auto nobody = CalendarExport::invitation(t.db(), s.fair.id, u"Anna"_s, u"anna@fieldbook.example"_s);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().code == ErrorCode::InvalidInput);
    CHECK(nobody.error().message.contains(u"Hannover Messe"_s));
    auto anonymous = CalendarExport::invitation(t.db(), s.series.id, u"Anna"_s, {});
    REQUIRE_FALSE(anonymous);
    CHECK(anonymous.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("python-icalendar reads an export with the same start instants", "[calendar][export][python]") {
    const QString python = Test::pythonWithIcalendar();
    if (python.isEmpty()) {
        WARN("/usr/bin/python3 has no icalendar module (packaging/install-deps.sh installs python3-icalendar)");
        return;
    }
    Test::TempDatabase t;
    const Stored s = storeCalendar(t.db());
    auto ics = CalendarExport::exportIcs(t.db(), std::nullopt, std::nullopt, QTimeZone("Europe/Berlin"));
    REQUIRE(ics);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"export.ics"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*ics);
    file.close();
    const QStringList lines = Test::runPython(python, kStarts, {file.fileName()});
    const QString seriesUid = s.series.id + u"@fieldbook"_s;
    CHECK(lines == QStringList{seriesUid + u"||"_s + pythonText(s.series.start),
                               seriesUid + u'|' + pythonText(*s.moved.recurrenceId) + u'|' + pythonText(s.moved.start),
                               s.call.id + u"@fieldbook||"_s + pythonText(s.call.start),
                               u"fair-2027@example.com||2027-04-12"_s});
}
