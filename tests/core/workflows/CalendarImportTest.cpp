#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CalendarQuery.h"
#include "store/db/SqlConnection.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"
#include "workflows/CalendarImport.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <map>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CalendarImportReport imported(Database& db, const QString& path, const QTimeZone& viewer = QTimeZone::utc()) {
    auto report = CalendarImport(db, viewer).run(bytesOf(path), path, false);
    INFO(path.toStdString());
    REQUIRE(report);
    return *report;
}

QByteArray calendar(const QByteArray& body) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

QDateTime utc(QDate date, int hour = 0, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

/// "2024-09-13 09:00-16:00 MODIFIED EVENT" for each occurrence in the period, in UTC.
QStringList occurrences(Database& db, const QDateTime& from, const QDateTime& to) {
    auto found = CalendarQuery(db, QTimeZone::utc()).between(from, to);
    REQUIRE(found);
    QStringList lines;
    for (const Occurrence& o : std::as_const(*found))
        lines.append(o.start.toString(u"yyyy-MM-dd HH:mm"_s) + u'-' + o.end.toString(u"HH:mm"_s) + u' ' +
                     o.event->title);
    return lines;
}

CalendarEvent onlyEventWithUid(Database& db, const QString& uid) {
    auto found = EventRepository(db).withUid(uid);
    REQUIRE(found);
    INFO(uid.toStdString());
    REQUIRE(found->size() == 1);
    return found->first();
}

QStringList messages(const CalendarImportReport& report) {
    QStringList all;
    for (const IcsIssue& issue : report.issues)
        all.append(issue.message);
    return all;
}

struct Counts {
    int eventsAdded = 0;
    int tasksAdded = 0;
    int issues = 0;
};

} // namespace

TEST_CASE("every file of the calendar corpus imports, and importing it again updates every record by its UID",
          "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    // What some files hold: events (series, singles and changed occurrences count one each) and tasks.
    const std::map<QString, Counts> expected{
        {u"recurring-ical-events/daylight_saving_time.ics"_s, {64, 0, 0}},
        {u"node-ical/tripit-location-escaping.ics"_s, {47, 0, 0}},
        {u"kcalendarcore/AppleICal_1.5.ics"_s, {14, 13, 0}},
        {u"kcalendarcore/KOrganizer_3.1.ics"_s, {13, 0, 0}},
        {u"recurring-ical-events/issue_48_dst.ics"_s, {13, 0, 0}},
        {u"recurring-ical-events/recurring_events_moved.ics"_s, {5, 0, 2}},
        {u"icaljs/google_birthday.ics"_s, {4, 0, 5}},                         // 1 series, 3 changes without it
        {u"recurring-ical-events/issue_75_range_parameter.ics"_s, {4, 0, 2}}, // split into three, one change
        {u"kcalendarcore/test_recurrenceid.ics"_s, {2, 0, 0}},
    };
    const QStringList files = Test::calendarCorpusFiles();
    REQUIRE(files.size() == 40);
    int checked = 0;
    for (const QString& file : std::as_const(files)) {
        INFO(file.toStdString());
        Test::TempDatabase t;
        const CalendarImportReport first = imported(t.db(), Test::calendarCorpusFile(file));
        CHECK(first.eventsAdded + first.tasksAdded > 0);
        CHECK(first.skipped == 0);
        if (const auto it = expected.find(file); it != expected.end()) {
            CHECK(first.eventsAdded == it->second.eventsAdded);
            CHECK(first.tasksAdded == it->second.tasksAdded);
            INFO(messages(first).join(u'\n').toStdString());
            CHECK(first.issues.size() == it->second.issues);
            ++checked;
        }
        const int events = *EventRepository(t.db()).count();
        const int tasks = *TaskRepository(t.db()).count();
        CHECK(events == first.eventsAdded);
        CHECK(tasks == first.tasksAdded);
        const CalendarImportReport second = imported(t.db(), Test::calendarCorpusFile(file));
        CHECK(second.eventsAdded == 0);
        CHECK(second.tasksAdded == 0);
        CHECK(second.eventsUpdated == first.eventsAdded + first.eventsUpdated);
        CHECK(second.tasksUpdated == first.tasksAdded + first.tasksUpdated);
        CHECK(*EventRepository(t.db()).count() == events);
        CHECK(*TaskRepository(t.db()).count() == tasks);
    }
    CHECK(checked == int(expected.size()));
}

TEST_CASE("a changed occurrence imported with its series takes the place of that occurrence", "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    const CalendarImportReport report =
        imported(t.db(), Test::calendarCorpusFile(u"kcalendarcore/test_recurrenceid.ics"_s));
    CHECK(report.eventsAdded == 2);
    CHECK(occurrences(t.db(), utc({2005, 5, 17}), utc({2005, 5, 21})) ==
          QStringList{u"2005-05-17 08:45-12:15 summaryMain"_s, u"2005-05-18 08:45-12:15 summaryMain"_s,
                      u"2005-05-19 09:45-13:15 summaryException"_s, u"2005-05-20 08:45-12:15 summaryMain"_s});
    auto stored = EventRepository(t.db()).withUid(u"KOrganizer-557711714.436"_s);
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    const CalendarEvent& series = stored->at(0);
    const CalendarEvent& change = stored->at(1);
    CHECK(series.rrules == QStringList{u"FREQ=DAILY;INTERVAL=1"_s});
    CHECK(change.seriesId == series.id);
    CHECK(change.id == EventRepository::overrideId(series.id, *change.recurrenceId));
    CHECK(change.recurrenceId->toText() == u"2005-05-19T08:45:00Z"_s);
    // Again: the same two records, updated in place.
    const CalendarImportReport again =
        imported(t.db(), Test::calendarCorpusFile(u"kcalendarcore/test_recurrenceid.ics"_s));
    CHECK(again.eventsUpdated == 2);
    auto after = EventRepository(t.db()).withUid(u"KOrganizer-557711714.436"_s);
    REQUIRE(after->size() == 2);
    CHECK(after->at(0).id == series.id);
    CHECK(after->at(1).id == change.id);
}

TEST_CASE("a Google export's changed occurrences replace theirs across the DST change", "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    const CalendarImportReport report =
        imported(t.db(), Test::calendarCorpusFile(u"recurring-ical-events/daylight_saving_time.ics"_s),
                 QTimeZone("Europe/Berlin"));
    CHECK(report.eventsAdded == 64);
    int overrides = 0;
    auto all = EventRepository(t.db()).inRange(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    REQUIRE(all);
    for (const CalendarEvent& e : std::as_const(*all)) {
        if (!e.isOverride())
            continue;
        ++overrides;
        // Each change hides the occurrence it names: the series has no other occurrence at that time.
        const auto series = EventRepository(t.db()).get(e.seriesId);
        REQUIRE(series);
        CHECK(series->uid == e.uid);
        const QDateTime at = e.recurrenceId->toDateTime(QTimeZone("Europe/Berlin"));
        auto found = CalendarQuery(t.db(), QTimeZone("Europe/Berlin")).between(at, at.addSecs(1));
        REQUIRE(found);
        for (const Occurrence& o : std::as_const(*found))
            CHECK_FALSE((o.seriesId == e.seriesId && o.event->id == e.seriesId));
    }
    CHECK(overrides == 6);
}

TEST_CASE("RANGE=THISANDFUTURE splits the series: the rest of the rule continues as a series of its own",
          "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    const QString file = Test::calendarCorpusFile(u"recurring-ical-events/issue_75_range_parameter.ics"_s);
    const CalendarImportReport report = imported(t.db(), file);
    CHECK(report.eventsAdded == 4);
    // Every second day at 12:00 until the 13th; from there moved by -3 h and 7 h long; the 15th
    // changed on its own; from the 21st moved to the 22nd at 14:22. The RDATE of the 14th moved too.
    CHECK(occurrences(t.db(), utc({2024, 9, 9}), utc({2024, 9, 27})) ==
          QStringList{u"2024-09-09 12:00-14:00 ORIGINAL EVENT"_s, u"2024-09-11 12:00-14:00 ORIGINAL EVENT"_s,
                      u"2024-09-13 09:00-16:00 MODIFIED EVENT"_s, u"2024-09-14 06:00-13:00 MODIFIED EVENT"_s,
                      u"2024-09-15 17:00-19:00 MODIFIED EVENT"_s, u"2024-09-17 09:00-16:00 MODIFIED EVENT"_s,
                      u"2024-09-19 09:00-16:00 MODIFIED EVENT"_s, u"2024-09-22 14:22-16:13 EDITED EVENT"_s,
                      u"2024-09-24 14:22-16:13 EDITED EVENT"_s, u"2024-09-26 14:22-16:13 EDITED EVENT"_s});
    const CalendarEvent master = onlyEventWithUid(t.db(), u"210"_s);
    CHECK(master.rrules == QStringList{u"FREQ=DAILY;INTERVAL=2;UNTIL=20240913T115959Z"_s});
    CHECK(master.rdates.isEmpty());
    const CalendarEvent last = onlyEventWithUid(t.db(), u"210#20240921T120000Z"_s);
    CHECK(last.rrules == QStringList{u"FREQ=DAILY;INTERVAL=2;UNTIL=20250921"_s});
    CHECK(last.title == u"EDITED EVENT"_s);
    auto middle = EventRepository(t.db()).withUid(u"210#20240913T120000Z"_s);
    REQUIRE(middle);
    REQUIRE(middle->size() == 2); // the part and its change of the 15th
    CHECK(middle->at(0).rrules == QStringList{u"FREQ=DAILY;INTERVAL=2;UNTIL=20240921T085959Z"_s});
    CHECK(middle->at(1).seriesId == middle->at(0).id);
    CHECK(middle->at(1).recurrenceId->toText() == u"2024-09-15T09:00:00Z"_s);
    CHECK(messages(report).filter(u"continues as a series of its own"_s).size() == 2);
    // The last occurrence of the original rule (20 September 2025, within UNTIL) moved to the 21st.
    CHECK(occurrences(t.db(), utc({2025, 9, 18}), utc({2025, 9, 30})) ==
          QStringList{u"2025-09-19 14:22-16:13 EDITED EVENT"_s, u"2025-09-21 14:22-16:13 EDITED EVENT"_s});
    const CalendarImportReport again = imported(t.db(), file);
    CHECK(again.eventsAdded == 0);
    CHECK(again.eventsUpdated == 4);
}

TEST_CASE("a split moves COUNT: the master keeps what it used, the rest follows the change, on the series' clock",
          "[calendar][import]") {
    Test::TempDatabase t;
    // Weekly 09:00 in Berlin, six times; from the third (named in UTC, as Zimbra writes it) at 10:00.
    // An all-day Monday series, four times; from the third on Tuesdays.
    const QByteArray ics =
        calendar("BEGIN:VEVENT\r\nUID:weekly\r\nSUMMARY:Jour fixe\r\nDTSTART;TZID=Europe/Berlin:20270315T090000\r\n"
                 "DTEND;TZID=Europe/Berlin:20270315T100000\r\nRRULE:FREQ=WEEKLY;COUNT=6\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:weekly\r\nRECURRENCE-ID;RANGE=THISANDFUTURE:20270329T070000Z\r\n"
                 "SUMMARY:Jour fixe (later)\r\nDTSTART;TZID=Europe/Berlin:20270329T100000\r\n"
                 "DTEND;TZID=Europe/Berlin:20270329T103000\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:office\r\nSUMMARY:Office day\r\nDTSTART;VALUE=DATE:20270301\r\n"
                 "RRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:office\r\nRECURRENCE-ID;VALUE=DATE;RANGE=THISANDFUTURE:20270315\r\n"
                 "SUMMARY:Office day (Tuesday)\r\nDTSTART;VALUE=DATE:20270316\r\nEND:VEVENT\r\n");
    auto report = CalendarImport(t.db(), QTimeZone::utc()).run(ics, u"split.ics"_s, false);
    REQUIRE(report);
    CHECK(report->eventsAdded == 4);
    CHECK(occurrences(t.db(), utc({2027, 3, 1}), utc({2027, 5, 1})) ==
          QStringList{u"2027-03-01 00:00-00:00 Office day"_s, u"2027-03-08 00:00-00:00 Office day"_s,
                      u"2027-03-15 08:00-09:00 Jour fixe"_s, u"2027-03-16 00:00-00:00 Office day (Tuesday)"_s,
                      u"2027-03-22 08:00-09:00 Jour fixe"_s, u"2027-03-23 00:00-00:00 Office day (Tuesday)"_s,
                      u"2027-03-29 08:00-08:30 Jour fixe (later)"_s, u"2027-04-05 08:00-08:30 Jour fixe (later)"_s,
                      u"2027-04-12 08:00-08:30 Jour fixe (later)"_s, u"2027-04-19 08:00-08:30 Jour fixe (later)"_s});
    CHECK(onlyEventWithUid(t.db(), u"weekly"_s).rrules == QStringList{u"FREQ=WEEKLY;COUNT=2"_s});
    const CalendarEvent later = onlyEventWithUid(t.db(), u"weekly#20270329T070000Z"_s);
    CHECK(later.rrules == QStringList{u"FREQ=WEEKLY;COUNT=4"_s});
    CHECK(later.start == CalendarTime::zoned({2027, 3, 29}, {10, 0}, "Europe/Berlin"));
    CHECK(onlyEventWithUid(t.db(), u"office"_s).rrules == QStringList{u"FREQ=WEEKLY;COUNT=2"_s});
    const CalendarEvent tuesdays = onlyEventWithUid(t.db(), u"office#20270315"_s);
    CHECK(tuesdays.rrules == QStringList{u"FREQ=WEEKLY;COUNT=2"_s});
    CHECK(tuesdays.end == CalendarTime::ofDate({2027, 3, 17}));
}

TEST_CASE("a THISANDFUTURE change of a stored series splits it and takes its changed occurrences along",
          "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    imported(t.db(), Test::calendarCorpusFile(u"kcalendarcore/test_recurrenceid.ics"_s));
    const CalendarImportReport report =
        imported(t.db(), Test::calendarCorpusFile(u"kcalendarcore/test_recurrenceid_thisandfuture.ics"_s));
    CHECK(report.eventsAdded == 1);
    CHECK(report.eventsUpdated == 1); // the stored series now ends on the 18th
    CHECK(occurrences(t.db(), utc({2005, 5, 17}), utc({2005, 5, 22})) ==
          QStringList{u"2005-05-17 08:45-12:15 summaryMain"_s, u"2005-05-18 08:45-12:15 summaryMain"_s,
                      u"2005-05-19 09:45-13:15 summaryException"_s, u"2005-05-20 09:45-13:15 summaryException"_s,
                      u"2005-05-21 09:45-13:15 summaryException"_s});
    CHECK(onlyEventWithUid(t.db(), u"KOrganizer-557711714.436"_s).rrules ==
          QStringList{u"FREQ=DAILY;UNTIL=20050519T084459Z"_s});
}

TEST_CASE("changed occurrences without their series become single events, named so in the report",
          "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    const CalendarImportReport report = imported(t.db(), Test::calendarCorpusFile(u"icaljs/google_birthday.ics"_s));
    CHECK(report.eventsAdded == 4);
    const QStringList orphans = messages(report).filter(u"neither in the file nor in Fieldbook"_s);
    REQUIRE(orphans.size() == 3);
    CHECK(orphans.first().startsWith(u"Line 27: \"PErson #2's birthday\" changes an occurrence"_s));
    const CalendarEvent single = onlyEventWithUid(t.db(), u"BIRTHDAY_79d389868f96182e@google.com#20121210"_s);
    CHECK_FALSE(single.isOverride());
    CHECK(single.start == CalendarTime::ofDate({2012, 12, 10}));
    CHECK(single.title == u"PErson #2's birthday"_s);

    Test::TempDatabase other;
    const CalendarImportReport alone =
        imported(other.db(), Test::calendarCorpusFile(u"kcalendarcore/test_recurrenceid_thisandfuture.ics"_s));
    CHECK(alone.eventsAdded == 1);
    REQUIRE(alone.issues.size() == 1);
    CHECK(alone.issues.first().line == 4);
    CHECK(alone.issues.first().uid == u"KOrganizer-557711714.436"_s);
    CHECK(onlyEventWithUid(other.db(), u"KOrganizer-557711714.436#20050519T084500Z"_s).start.toText() ==
          u"2005-05-19T09:45:00Z"_s);
}

TEST_CASE("a dry run reports what an import would do and writes nothing", "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    const QString file = Test::calendarCorpusFile(u"kcalendarcore/AppleICal_1.5.ics"_s);
    auto dry = CalendarImport(t.db(), QTimeZone::utc()).run(bytesOf(file), file, true);
    REQUIRE(dry);
    CHECK(*EventRepository(t.db()).count() == 0);
    CHECK(*TaskRepository(t.db()).count() == 0);
    const CalendarImportReport real = imported(t.db(), file);
    CHECK(dry->toJsonText() == real.toJsonText());
    CHECK(real.eventsAdded == 14);
}

TEST_CASE("a file that is not iCalendar fails with its name, a cancel and a storage failure write nothing",
          "[calendar][import]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    Test::TempDatabase t;
    auto broken = CalendarImport(t.db()).run("Subject,Start\nLunch,2027-03-01\n", u"/tmp/agenda.csv"_s, false);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().code == ErrorCode::InvalidInput);
    CHECK(broken.error().message.contains(u"/tmp/agenda.csv"_s));

    const QString file = Test::calendarCorpusFile(u"node-ical/tripit-location-escaping.ics"_s);
    int calls = 0;
    auto cancelled = CalendarImport(t.db()).run(bytesOf(file), file, false, [&calls](qint64 done, qint64 total) {
        ++calls;
        CHECK(total == 47);
        return done < 40;
    });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(calls == 1);
    CHECK(*EventRepository(t.db()).count() == 0);

    // The store fails on the third event: the two before it are not kept either.
    REQUIRE(t->connection().run(u"CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.title = 'Third' "
                                u"BEGIN SELECT RAISE(ABORT, 'boom'); END"_s,
                                {}, u"test"_s));
    const QByteArray three = calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:First\r\nDTSTART:20270301T090000Z\r\n"
                                      "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Second\r\n"
                                      "DTSTART:20270302T090000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:c\r\n"
                                      "SUMMARY:Third\r\nDTSTART:20270303T090000Z\r\nEND:VEVENT\r\n");
    auto failed = CalendarImport(t.db()).run(three, u"three.ics"_s, false);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Database);
    CHECK(*EventRepository(t.db()).count() == 0);
}

TEST_CASE("what the store refuses is skipped with the item named, and the rest is imported", "[calendar][import]") {
    Test::TempDatabase t;
    const QByteArray ics =
        calendar("BEGIN:VEVENT\r\nUID:long\r\nSUMMARY:Sabbatical\r\nDTSTART:20270101T090000Z\r\n"
                 "DTEND:20280601T090000Z\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:hebrew\r\nSUMMARY:Rosh Chodesh\r\nDTSTART;VALUE=DATE:20270101\r\n"
                 "RRULE:RSCALE=HEBREW;FREQ=MONTHLY\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:fine\r\nSUMMARY:Fine\r\nDTSTART:20270101T090000Z\r\n"
                 "END:VEVENT\r\nBEGIN:VTODO\r\nUID:untitled\r\nDUE;VALUE=DATE:20270105\r\n"
                 "END:VTODO\r\n");
    auto report = CalendarImport(t.db()).run(ics, u"mixed.ics"_s, false);
    REQUIRE(report);
    CHECK(report->eventsAdded == 1);
    CHECK(report->tasksAdded == 0);
    CHECK(report->skipped == 3);
    QStringList skipped;
    for (const IcsIssue& issue : report->issues)
        if (issue.skipped)
            skipped.append(u"%1 %2: %3"_s.arg(issue.line).arg(issue.uid, issue.message));
    REQUIRE(skipped.size() == 3);
    CHECK(skipped.at(0) == u"4 long: Line 4: \"Sabbatical\" was not imported: An event can last at most a year."_s);
    CHECK(skipped.at(1).startsWith(
        u"10 hebrew: Line 10: \"Rosh Chodesh\" was not imported: The repetition cannot be kept: "_s));
    CHECK(skipped.at(2) == u"21 untitled: Line 21: untitled was not imported: A task needs a title."_s);
    CHECK(onlyEventWithUid(t.db(), u"fine"_s).title == u"Fine"_s);
}

TEST_CASE("import maps kinds, status, privacy, reminders and attendees to colleagues and contacts",
          "[calendar][import]") {
    Test::TempDatabase t;
    User colleague;
    colleague.name = u"Anna Schmidt"_s;
    colleague.email = u"anna@fieldbook.example"_s;
    const User anna = *UserRepository(t.db()).save(colleague);
    Account account;
    account.name = u"苏州智远科技"_s;
    const Account zhiyuan = *AccountRepository(t.db()).save(account);
    Contact person;
    person.firstName = u"伟"_s;
    person.lastName = u"李"_s;
    person.accountId = zhiyuan.id;
    person.emails = {{u"work"_s, u"li.wei@zhiyuan.example"_s}};
    const Contact li = *ContactRepository(t.db()).save(person);

    const QByteArray ics =
        calendar("BEGIN:VEVENT\r\nUID:visit-1\r\nSUMMARY:拜访苏州智远\\, 季度回顾\r\nLOCATION:星湖街 328 号\\; 3 楼\r\n"
                 "DESCRIPTION:第一行\\n第二行\r\nDTSTART;TZID=Asia/Shanghai:20270301T100000\r\n"
                 "DTEND;TZID=Asia/Shanghai:20270301T113000\r\nCATEGORIES:Kunde,Customer Visit\r\nSTATUS:TENTATIVE\r\n"
                 "CLASS:PRIVATE\r\nTRANSP:TRANSPARENT\r\nSEQUENCE:4\r\n"
                 "ORGANIZER;CN=Boss:mailto:boss@elsewhere.example\r\n"
                 "ATTENDEE;CN=Anna;PARTSTAT=ACCEPTED:mailto:ANNA@fieldbook.example\r\n"
                 "ATTENDEE;CN=李伟;PARTSTAT=NEEDS-ACTION:mailto:li.wei@zhiyuan.example\r\n"
                 "ATTENDEE;CN=Guest:mailto:guest@elsewhere.example\r\n"
                 "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M\r\nEND:VALARM\r\n"
                 "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-P1D\r\nEND:VALARM\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:call-1\r\nSUMMARY:回访\r\nDTSTART:20270302T020000Z\r\nCATEGORIES:电话\r\n"
                 "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:meeting-1\r\nSUMMARY:Sync\r\nDTSTART:20270303T090000Z\r\n"
                 "ATTENDEE:mailto:guest@elsewhere.example\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:other-1\r\nSUMMARY:Dentist\r\nDTSTART;VALUE=DATE:20270304\r\nEND:VEVENT\r\n"
                 "BEGIN:VTODO\r\nUID:todo-1\r\nSUMMARY:Send the offer\r\nDUE;VALUE=DATE:20270305\r\nPRIORITY:1\r\n"
                 "STATUS:COMPLETED\r\nCOMPLETED:20270304T163000Z\r\nEND:VTODO\r\n"
                 "BEGIN:VTODO\r\nUID:todo-2\r\nSUMMARY:Prepare the demo\r\nDUE;TZID=Europe/Berlin:20270306T090000\r\n"
                 "PRIORITY:7\r\nSTATUS:IN-PROCESS\r\nBEGIN:VALARM\r\nTRIGGER:-PT1H\r\nACTION:DISPLAY\r\nEND:VALARM\r\n"
                 "END:VTODO\r\nBEGIN:VTODO\r\nUID:todo-3\r\nSUMMARY:Old idea\r\nSTATUS:CANCELLED\r\nEND:VTODO\r\n");
    auto report = CalendarImport(t.db()).run(ics, u"mapping.ics"_s, false);
    REQUIRE(report);
    CHECK(report->eventsAdded == 4);
    CHECK(report->tasksAdded == 3);
    CHECK(report->issues.isEmpty());

    const CalendarEvent visit = onlyEventWithUid(t.db(), u"visit-1"_s);
    CHECK(visit.kind == EventKind::Visit);
    CHECK(visit.title == u"拜访苏州智远, 季度回顾"_s);
    CHECK(visit.location == u"星湖街 328 号; 3 楼"_s);
    CHECK(visit.description == u"第一行\n第二行"_s);
    CHECK(visit.start == CalendarTime::zoned({2027, 3, 1}, {10, 0}, "Asia/Shanghai"));
    CHECK(visit.end == CalendarTime::zoned({2027, 3, 1}, {11, 30}, "Asia/Shanghai"));
    CHECK(visit.status == EventStatus::Tentative);
    CHECK(visit.isPrivate);
    CHECK_FALSE(visit.busy);
    CHECK(visit.sequence == 4);
    CHECK(visit.reminders == QList<int>{30, 24 * 60});
    REQUIRE(visit.attendees.size() == 3); // the organizer is not one
    CHECK(visit.attendees.at(0) == EventAttendee{anna.id, {}, u"Anna"_s, u"ANNA@fieldbook.example"_s, u"ACCEPTED"_s});
    CHECK(visit.attendees.at(1) == EventAttendee{{}, li.id, u"李伟"_s, u"li.wei@zhiyuan.example"_s, u"NEEDS-ACTION"_s});
    CHECK(visit.attendees.at(2) == EventAttendee{{}, {}, u"Guest"_s, u"guest@elsewhere.example"_s, {}});
    CHECK(visit.contactId == li.id);
    CHECK(visit.accountId == zhiyuan.id);

    const CalendarEvent call = onlyEventWithUid(t.db(), u"call-1"_s);
    CHECK(call.kind == EventKind::Call);
    CHECK(call.status == EventStatus::Cancelled);
    CHECK(call.end == call.start);
    CHECK(onlyEventWithUid(t.db(), u"meeting-1"_s).kind == EventKind::Meeting);
    const CalendarEvent other = onlyEventWithUid(t.db(), u"other-1"_s);
    CHECK(other.kind == EventKind::Other);
    CHECK(other.end == CalendarTime::ofDate({2027, 3, 5}));

    auto done = TaskRepository(t.db()).withUid(u"todo-1"_s);
    REQUIRE(done->size() == 1);
    CHECK(done->first().status == TaskStatus::Done);
    CHECK(done->first().doneAt == utc({2027, 3, 4}, 16, 30).toMSecsSinceEpoch());
    CHECK(done->first().priority == TaskPriority::High);
    CHECK(done->first().due == CalendarTime::ofDate({2027, 3, 5}));
    const CalendarTask demo = TaskRepository(t.db()).withUid(u"todo-2"_s)->first();
    CHECK(demo.status == TaskStatus::InProgress);
    CHECK(demo.priority == TaskPriority::Low);
    CHECK(demo.due == CalendarTime::zoned({2027, 3, 6}, {9, 0}, "Europe/Berlin"));
    CHECK(demo.reminders == QList<int>{60});
    const CalendarTask idea = TaskRepository(t.db()).withUid(u"todo-3"_s)->first();
    CHECK(idea.status == TaskStatus::Cancelled);
    CHECK_FALSE(idea.due);

    // Linked in Fieldbook afterwards: a re-import keeps the link and the kind chosen there.
    CalendarEvent sync = onlyEventWithUid(t.db(), u"meeting-1"_s);
    sync.kind = EventKind::Call;
    sync.accountId = zhiyuan.id;
    REQUIRE(EventRepository(t.db()).save(sync));
    auto again = CalendarImport(t.db()).run(ics, u"mapping.ics"_s, false);
    REQUIRE(again);
    CHECK(again->eventsUpdated == 4);
    CHECK(again->tasksUpdated == 3);
    const CalendarEvent kept = onlyEventWithUid(t.db(), u"meeting-1"_s);
    CHECK(kept.kind == EventKind::Call);
    CHECK(kept.accountId == zhiyuan.id);
}
