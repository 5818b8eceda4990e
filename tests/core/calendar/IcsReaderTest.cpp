#include "StringMakers.h"
#include "calendar/IcsReader.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// A calendar around the given component lines (CRLF added).
QByteArray calendar(const QList<QByteArray>& lines) {
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n";
    for (const QByteArray& line : lines)
        ics += line + "\r\n";
    return ics + "END:VCALENDAR\r\n";
}

IcsReadResult read(const QList<QByteArray>& lines) {
    Result<IcsReadResult> result = readIcs(calendar(lines), u"test.ics"_s);
    REQUIRE(result.has_value());
    return *result;
}

QString text(const std::optional<CalendarTime>& time) {
    return time ? time->toText() : u"(none)"_s;
}

QStringList messages(const IcsReadResult& result) {
    QStringList all;
    for (const IcsIssue& issue : result.issues)
        all.append(issue.message);
    return all;
}

} // namespace

TEST_CASE("bytes that are not iCalendar fail with a message naming the file", "[calendar][ics]") {
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("hello world\n"),
          QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n"), QByteArray("\x00\x01\x02\xff", 4)}) {
        const Result<IcsReadResult> result = readIcs(bytes, u"/home/ann/notes.txt"_s);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().message.contains(u"/home/ann/notes.txt"_s));
    }
    // An empty calendar is a calendar.
    const Result<IcsReadResult> empty = readIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", u"empty.ics"_s);
    REQUIRE(empty.has_value());
    CHECK(empty->items.isEmpty());
    CHECK(empty->issues.isEmpty());
}

TEST_CASE("what cannot be imported is skipped with an issue naming its line, UID and summary", "[calendar][ics]") {
    const IcsReadResult r = read({"BEGIN:VEVENT", "UID:no-start", "SUMMARY:No start", "END:VEVENT",             // 4-7
                                  "BEGIN:VJOURNAL", "UID:j1", "SUMMARY:Diary", "END:VJOURNAL",                  // 8-11
                                  "BEGIN:VFREEBUSY", "UID:f1", "END:VFREEBUSY",                                 // 12-14
                                  "BEGIN:X-WHATEVER", "X-FOO:bar", "END:X-WHATEVER",                            // 15-17
                                  "BEGIN:VEVENT", "UID:ok", "X-CUSTOM;X-P=1:value", "DTSTART:20270101T100000Z", // 18-21
                                  "END:VEVENT"});
    REQUIRE(r.items.size() == 1);
    CHECK(r.items.front().uid == u"ok");
    REQUIRE(r.issues.size() == 3); // nothing for X-WHATEVER or X-CUSTOM
    CHECK(r.issues[0] == IcsIssue{4, u"no-start"_s, u"No start"_s, r.issues[0].message, true});
    CHECK(r.issues[0].message.contains(u"DTSTART"_s));
    CHECK(r.issues[0].message.contains(u"4"_s));
    CHECK(r.issues[1] == IcsIssue{8, u"j1"_s, u"Diary"_s, r.issues[1].message, true});
    CHECK(r.issues[1].message.contains(u"VJOURNAL"_s));
    CHECK(r.issues[2].line == 12);
    CHECK(r.issues[2].message.contains(u"VFREEBUSY"_s));
    CHECK(r.issues[2].skipped);
}

TEST_CASE("alarms become minutes before the start of an event or the due time of a task", "[calendar][ics]") {
    const IcsReadResult r = read({
        "BEGIN:VEVENT",
        "UID:e",
        "DTSTART;TZID=Europe/Berlin:20270301T090000",
        "DTEND;TZID=Europe/Berlin:20270301T100000",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:-PT15M",
        "END:VALARM", // 15 before
        "BEGIN:VALARM",
        "ACTION:AUDIO",
        "TRIGGER;RELATED=END:-PT10M",
        "END:VALARM", // 50 after the start
        "BEGIN:VALARM",
        "ACTION:EMAIL",
        "TRIGGER;VALUE=DATE-TIME:20270301T070000Z",
        "END:VALARM", // 08:00 Berlin
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:P1W",
        "END:VALARM", // a week after
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:soon",
        "END:VALARM", // unreadable
        "END:VEVENT",
        "BEGIN:VTODO",
        "UID:t",
        "DTSTART:20270301T080000Z",
        "DUE:20270301T120000Z",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT30M",
        "END:VALARM", // 07:30: 270 before due
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=END:-PT30M",
        "END:VALARM", // 30 before due
        "END:VTODO",
        "BEGIN:VTODO",
        "UID:t2",
        "DUE;VALUE=DATE:20270310",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-P1D",
        "END:VALARM",
        "END:VTODO",
    });
    REQUIRE(r.items.size() == 3);
    CHECK(r.items[0].alarms == QList<CalendarAlarm>{{15}, {-50}, {60}, {-10080}});
    CHECK(r.items[1].alarms == QList<CalendarAlarm>{{270}, {30}});
    CHECK(r.items[2].alarms == QList<CalendarAlarm>{{1440}});
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.front().line == 26);
    CHECK(r.issues.front().message.contains(u"TRIGGER"_s));
}

TEST_CASE("broken values are read as far as they go and reported", "[calendar][ics]") {
    const IcsReadResult r = read({
        "BEGIN:VEVENT",
        "UID:a",
        "SUMMARY:Backwards",
        "DTSTART:20270301T100000Z",
        "DTEND:20270301T090000Z",
        "PRIORITY:12",
        "RRULE:BYDAY=MO",
        "RRULE:FREQ=WEEKLY;;BYDAY=MO, WE ;",
        "EXRULE:FREQ=DAILY",
        "EXDATE:20270308T100000Z,garbage,20270315T100000Z",
        "END:VEVENT", // 4-14
        "BEGIN:VEVENT",
        "UID:b",
        "DTSTART;VALUE=DATE:20270301",
        "DTEND:20270303T120000",
        "END:VEVENT", // 15-19
        "BEGIN:VEVENT",
        "UID:c",
        "DTSTART:20270301T100000Z",
        "DURATION:-PT1H",
        "END:VEVENT", // 20-24
        "BEGIN:VEVENT",
        "UID:d",
        "RECURRENCE-ID;RANGE=THISANDPRIOR:20270301T100000Z",
        "DTSTART:20270301T110000Z",
        "END:VEVENT", // 25-29
        "BEGIN:VEVENT",
        "UID:e",
        "DTSTART:20270301T100000Z",
        "DURATION:P1DT2H",
        "END:VEVENT", // 30-34
    });
    REQUIRE(r.items.size() == 5);
    const CalendarItem& backwards = r.items[0];
    CHECK(text(backwards.end) == u"2027-03-01T10:00:00Z"); // DTEND before DTSTART: no length
    CHECK(backwards.priority == 0);
    CHECK(backwards.rrules == QStringList{u"FREQ=WEEKLY;BYDAY=MO,WE"_s});
    CHECK(backwards.exdates.size() == 2);
    CHECK(text(r.items[1].end) == u"2027-03-04"); // a date-time end of an all-day event
    CHECK(text(r.items[2].end) == u"2027-03-01T10:00:00Z");
    CHECK_FALSE(r.items[3].thisAndFuture);
    CHECK(text(r.items[4].end) == u"2027-03-02T12:00:00Z");
    QList<int> lines;
    for (const IcsIssue& issue : r.issues)
        lines.append(issue.line);
    CHECK(lines == QList<int>{8, 9, 10, 12, 13, 18, 23, 27});
    const QStringList all = messages(r);
    CHECK(all[0].contains(u"DTEND"_s));
    CHECK(all[1].contains(u"PRIORITY"_s));
    CHECK(all[2].contains(u"RRULE"_s));
    CHECK(all[3].contains(u"EXRULE"_s));
    CHECK(all[4].contains(u"garbage"_s));
    CHECK(all[5].contains(u"DTEND"_s));
    CHECK(all[6].contains(u"DURATION"_s));
    CHECK(all[7].contains(u"THISANDPRIOR"_s));
    for (const IcsIssue& issue : r.issues)
        CHECK_FALSE(issue.skipped);
}

TEST_CASE("a DURATION counts days on the wall clock and hours exactly across a DST change", "[calendar][ics]") {
    const IcsReadResult r = read({
        "BEGIN:VEVENT",
        "UID:a",
        "DTSTART;TZID=Europe/Berlin:20270327T090000",
        "DURATION:P1D",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:b",
        "DTSTART;TZID=Europe/Berlin:20270327T090000",
        "DURATION:PT24H",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:c",
        "DTSTART;VALUE=DATE:20270327",
        "DURATION:P1W",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:d",
        "DTSTART;VALUE=DATE:20270327",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:e",
        "DTSTART:20270327T090000",
        "DURATION:PT90M",
        "END:VEVENT",
    });
    REQUIRE(r.items.size() == 5);
    CHECK(text(r.items[0].end) == u"2027-03-28T09:00:00[Europe/Berlin]");
    CHECK(text(r.items[1].end) == u"2027-03-28T10:00:00[Europe/Berlin]"); // 24 hours over the spring change
    CHECK(text(r.items[2].end) == u"2027-04-03");
    CHECK(text(r.items[3].end) == u"2027-03-28"); // a date without end lasts a day
    CHECK(text(r.items[4].end) == u"2027-03-27T10:30:00");
    CHECK(r.issues.isEmpty());
}

TEST_CASE("tasks keep due, completion, priority, status and progress", "[calendar][ics]") {
    const IcsReadResult r =
        read({"BEGIN:VTODO", "UID:t", "SUMMARY:Quote", "DUE;VALUE=DATE:20270310", "COMPLETED:20270309T162000Z",
              "PRIORITY:1", "STATUS:completed", "PERCENT-COMPLETE:100", "CLASS:CONFIDENTIAL", "CATEGORIES:a,b\\,c",
              "CATEGORIES:d", "LAST-MODIFIED:20270309T162001Z", "DTSTAMP:20270401T000000Z", "END:VTODO"});
    REQUIRE(r.items.size() == 1);
    const CalendarItem& task = r.items.front();
    CHECK(task.kind == CalendarItem::Kind::Task);
    CHECK_FALSE(task.start);
    CHECK(text(task.end) == u"2027-03-10");
    REQUIRE(task.completed);
    CHECK(task.completed->toUTC().toString(Qt::ISODate) == u"2027-03-09T16:20:00Z");
    CHECK(task.priority == 1);
    CHECK(task.status == u"COMPLETED");
    CHECK(task.percentComplete == 100);
    CHECK(task.isPrivate);
    CHECK(task.categories == QStringList{u"a"_s, u"b,c"_s, u"d"_s});
    CHECK(task.lastModified.toUTC().toString(Qt::ISODate) == u"2027-03-09T16:20:01Z"); // LAST-MODIFIED first
    CHECK(r.issues.isEmpty());
}

TEST_CASE("a truncated file keeps what it has and says where the item stops", "[calendar][ics]") {
    const QByteArray ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270301T100000Z\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Cut\r\nDTSTART:20270302T100000Z\r\nDTEN";
    const Result<IcsReadResult> r = readIcs(ics, u"cut.ics"_s);
    REQUIRE(r.has_value());
    REQUIRE(r->items.size() == 2);
    CHECK(text(r->items[1].end) == u"2027-03-02T10:00:00Z");
    REQUIRE(r->issues.size() == 2);
    CHECK(r->issues[0].line == 6);
    CHECK(r->issues[0].uid == u"b");
    CHECK(r->issues[0].message.contains(u"END:VEVENT"_s));
    CHECK(r->issues[1].line == 10); // "DTEN" is not a content line
}
