#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/IcsReader.h"
#include "calendar/IcsWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

CalendarTime berlin(int year, int month, int day, int hour, int minute = 0) {
    return CalendarTime::zoned(QDate(year, month, day), QTime(hour, minute), "Europe/Berlin");
}

CalendarItem event(const QString& uid, const QString& summary, CalendarTime start, CalendarTime end) {
    CalendarItem item;
    item.uid = uid;
    item.summary = summary;
    item.start = std::move(start);
    item.end = std::move(end);
    item.lastModified = utc(2027, 2, 1, 8, 30, 15);
    return item;
}

CalendarItem weeklySeries() {
    CalendarItem item = event(u"series-1@fieldbook"_s, u"客户拜访：上海华东区季度回顾会议"_s, berlin(2027, 3, 2, 9),
                              berlin(2027, 3, 2, 10, 30));
    item.location = u"Room 3; floor 2, east\\west wing"_s;
    item.description = u"议程：\n1. 销售数据, 季度目标; 客户反馈\n2. A long line that goes on and on so that the "
                       u"folding has to happen more than once, with escaped characters \\ ; , and more text 多字节字符"
                       u"跨越折行边界测试。"_s;
    item.status = u"CONFIRMED"_s;
    item.priority = 1;
    item.sequence = 3;
    item.rrules = {u"FREQ=WEEKLY;UNTIL=20271231T230000Z;BYDAY=TU"_s, u"FREQ=MONTHLY;COUNT=4;BYDAY=-1FR"_s};
    item.rdates = {berlin(2027, 4, 1, 9), berlin(2027, 4, 8, 9)};
    item.exdates = {berlin(2027, 3, 30, 9), berlin(2027, 10, 26, 9)};
    item.alarms = {{15}, {1440}, {0}};
    item.categories = {u"客户"_s, u"Visit, onsite"_s, u"Q1"_s};
    item.organizer = CalendarPerson{u"李雷"_s, u"li.lei@example.cn"_s, {}, {}};
    item.attendees = {
        {u"王小明"_s, u"wang@example.cn"_s, u"REQ-PARTICIPANT"_s, u"ACCEPTED"_s},
        {u"Doe, John"_s, u"john@example.com"_s, u"OPT-PARTICIPANT"_s, u"TENTATIVE"_s},
        {{}, u"urn:uuid:0b3c4d5e-1111-2222-3333-444455556666"_s, u"NON-PARTICIPANT"_s, {}},
    };
    return item;
}

QList<CalendarItem> sampleItems() {
    QList<CalendarItem> items{weeklySeries()};
    CalendarItem moved = event(u"series-1@fieldbook"_s, u"Moved: from then on in New York"_s,
                               CalendarTime::zoned(QDate(2027, 6, 1), QTime(9, 0), "America/New_York"),
                               CalendarTime::zoned(QDate(2027, 6, 1), QTime(10, 0), "America/New_York"));
    moved.recurrenceId = berlin(2027, 6, 1, 9);
    moved.thisAndFuture = true;
    moved.sequence = 4;
    items.append(moved);
    CalendarItem cancelled =
        event(u"series-1@fieldbook"_s, u"Cancelled once"_s, berlin(2027, 3, 16, 9), berlin(2027, 3, 16, 10, 30));
    cancelled.recurrenceId = berlin(2027, 3, 16, 9);
    cancelled.status = u"CANCELLED"_s;
    items.append(cancelled);
    CalendarItem holiday = event(u"holiday@fieldbook"_s, u"Trade fair"_s, CalendarTime::ofDate(QDate(2027, 5, 3)),
                                 CalendarTime::ofDate(QDate(2027, 5, 6)));
    holiday.isPrivate = true;
    holiday.busy = false;
    holiday.alarms = {{-60}, {2880}};
    holiday.rrules = {u"FREQ=YEARLY"_s};
    holiday.exdates = {CalendarTime::ofDate(QDate(2028, 5, 3))};
    holiday.rdates = {CalendarTime::ofDate(QDate(2029, 6, 4))};
    items.append(holiday);
    CalendarItem call = event(u"call@fieldbook"_s, u"Call"_s, CalendarTime::utc(utc(2027, 7, 1, 13)),
                              CalendarTime::utc(utc(2027, 7, 1, 13, 45)));
    call.rrules = {u"FREQ=DAILY;COUNT=5"_s};
    call.exdates = {CalendarTime::utc(utc(2027, 7, 3, 13))};
    call.rdates = {CalendarTime::utc(utc(2027, 7, 10, 15))};
    items.append(call);
    items.append(event(u"floating@fieldbook"_s, u"Lunch wherever I am"_s,
                       CalendarTime::floating(QDate(2027, 8, 2), QTime(12, 0)),
                       CalendarTime::floating(QDate(2027, 8, 2), QTime(13, 15, 30))));
    items.append(event(u"sydney@fieldbook"_s, u"Sydney stand-up"_s,
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(8, 0), "Australia/Sydney"),
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(8, 15), "Australia/Sydney")));
    items.append(event(u"kolkata@fieldbook"_s, u"Kolkata"_s,
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(8, 0), "Asia/Kolkata"),
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(9, 0), "Asia/Kolkata")));
    items.append(event(u"fixed@fieldbook"_s, u"Fixed offset"_s,
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(8, 0), "Etc/GMT-7"),
                       CalendarTime::zoned(QDate(2027, 4, 1), QTime(9, 0), "Etc/GMT-7")));
    CalendarItem untitled = event(u"long-"_s + QString(120, u'x') + u"@fieldbook"_s, QString(),
                                  CalendarTime::utc(utc(2027, 9, 1, 7)), CalendarTime::utc(utc(2027, 9, 1, 8)));
    untitled.alarms = {{10}};
    items.append(untitled);

    CalendarItem task;
    task.kind = CalendarItem::Kind::Task;
    task.uid = u"task-1@fieldbook"_s;
    task.summary = u"准备报价单"_s;
    task.start = CalendarTime::zoned(QDate(2027, 3, 1), QTime(9, 0), "Asia/Shanghai");
    task.end = CalendarTime::zoned(QDate(2027, 3, 5), QTime(18, 0), "Asia/Shanghai");
    task.priority = 9;
    task.percentComplete = 50;
    task.status = u"IN-PROCESS"_s;
    task.alarms = {{30}, {-15}};
    task.lastModified = utc(2027, 2, 28, 23, 59, 59);
    items.append(task);
    CalendarItem done;
    done.kind = CalendarItem::Kind::Task;
    done.uid = u"task-2@fieldbook"_s;
    done.summary = u"Send the contract"_s;
    done.end = CalendarTime::ofDate(QDate(2027, 3, 10));
    done.completed = utc(2027, 3, 9, 16, 20);
    done.status = u"COMPLETED"_s;
    done.percentComplete = 100;
    done.alarms = {{60}};
    done.lastModified = utc(2027, 3, 9, 16, 20);
    items.append(done);
    CalendarItem someday;
    someday.kind = CalendarItem::Kind::Task;
    someday.uid = u"task-3@fieldbook"_s;
    someday.summary = u"Someday"_s;
    someday.lastModified = utc(2027, 1, 1);
    items.append(someday);
    return items;
}

QList<QByteArray> physicalLines(const QByteArray& bytes) {
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast();
    return lines;
}

QStringList unfoldedLines(const QByteArray& bytes) {
    QStringList lines;
    for (const QByteArray& line : physicalLines(bytes)) {
        const QString text = QString::fromUtf8(line.chopped(1));
        if (text.startsWith(u' '))
            lines.back() += text.sliced(1);
        else
            lines.append(text);
    }
    return lines;
}

} // namespace

TEST_CASE("what the writer writes, the reader reads back unchanged", "[calendar][ics]") {
    const QList<CalendarItem> items = sampleItems();
    const QByteArray bytes = writeIcs(items, IcsMethod::Publish, u"销售日历 Sales; team, east"_s);
    const Result<IcsReadResult> back = readIcs(bytes, u"export.ics"_s);
    REQUIRE(back.has_value());
    for (const IcsIssue& issue : back->issues)
        UNSCOPED_INFO(issue.message.toStdString());
    CHECK(back->issues.isEmpty());
    CHECK(back->calendarName == u"销售日历 Sales; team, east");
    REQUIRE(back->items.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        INFO("item " << i << " " << items[i].uid.toStdString());
        CHECK(back->items[i] == items[i]);
    }
}

TEST_CASE("the export is CRLF, folded within 75 octets, and never splits a character", "[calendar][ics]") {
    const QByteArray bytes = writeIcs(sampleItems(), IcsMethod::Publish, u"Sales"_s);
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> lines = physicalLines(bytes);
    int folded = 0;
    for (const QByteArray& line : lines) {
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        CHECK_FALSE(line.chopped(1).contains('\r'));
        QStringDecoder decoder(QStringDecoder::Utf8);
        decoder.decode(line);
        CHECK_FALSE(decoder.hasError());
        folded += line.startsWith(' ') ? 1 : 0;
    }
    CHECK(folded > 5);
}

TEST_CASE("the export has the calendar's header, one VTIMEZONE per zone and the RFC forms of times",
          "[calendar][ics]") {
    const QStringList lines = unfoldedLines(writeIcs(sampleItems(), IcsMethod::Publish, u"Sales"_s));
    CHECK(lines.mid(0, 6) == QStringList{u"BEGIN:VCALENDAR"_s, u"VERSION:2.0"_s,
                                         u"PRODID:-//Fieldbook//Fieldbook//EN"_s, u"CALSCALE:GREGORIAN"_s,
                                         u"METHOD:PUBLISH"_s, u"X-WR-CALNAME:Sales"_s});
    QStringList zones;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] == u"BEGIN:VTIMEZONE")
            zones.append(lines[i + 1]);
    }
    CHECK(zones == QStringList{u"TZID:America/New_York"_s, u"TZID:Asia/Kolkata"_s, u"TZID:Asia/Shanghai"_s,
                               u"TZID:Australia/Sydney"_s, u"TZID:Etc/GMT-7"_s, u"TZID:Europe/Berlin"_s});
    CHECK(lines.contains(u"DTSTART;TZID=Europe/Berlin:20270302T090000"_s));
    CHECK(lines.contains(u"EXDATE;TZID=Europe/Berlin:20270330T090000"_s));
    CHECK(lines.contains(u"RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20270601T090000"_s));
    CHECK(lines.contains(u"DTSTART;VALUE=DATE:20270503"_s));
    CHECK(lines.contains(u"DTEND;VALUE=DATE:20270506"_s));
    CHECK(lines.contains(u"EXDATE;VALUE=DATE:20280503"_s));
    CHECK(lines.contains(u"DTSTART:20270701T130000Z"_s));
    CHECK(lines.contains(u"DTSTART:20270802T120000"_s));
    CHECK(lines.contains(u"DUE;VALUE=DATE:20270310"_s));
    CHECK(lines.contains(u"COMPLETED:20270309T162000Z"_s));
    CHECK(lines.contains(u"DTSTAMP:20270201T083015Z"_s));
    CHECK(lines.contains(u"CLASS:PRIVATE"_s));
    CHECK(lines.contains(u"TRANSP:TRANSPARENT"_s));
    CHECK(lines.contains(u"PRIORITY:9"_s));
    CHECK(lines.contains(u"PERCENT-COMPLETE:50"_s));
    CHECK(lines.contains(u"LOCATION:Room 3\\; floor 2\\, east\\\\west wing"_s));
    CHECK(lines.contains(u"CATEGORIES:客户,Visit\\, onsite,Q1"_s));
    CHECK(lines.contains(u"ORGANIZER;CN=李雷:mailto:li.lei@example.cn"_s));
    CHECK(
        lines.contains(u"ATTENDEE;CN=\"Doe, John\";ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:john@example.com"_s));
    CHECK(lines.contains(u"ATTENDEE;ROLE=NON-PARTICIPANT:urn:uuid:0b3c4d5e-1111-2222-3333-444455556666"_s));
    CHECK(lines.contains(u"TRIGGER:-PT15M"_s));
    CHECK(lines.contains(u"TRIGGER:-P1D"_s));
    CHECK(lines.contains(u"TRIGGER:PT1H"_s));               // an hour after the start
    CHECK(lines.contains(u"TRIGGER;RELATED=END:-PT30M"_s)); // a task's reminder counts from its due time
    CHECK(lines.contains(u"ACTION:DISPLAY"_s));
    CHECK(lines.contains(u"DESCRIPTION:Reminder"_s)); // an alarm of an item without a summary
    CHECK(lines.count(u"BEGIN:VEVENT"_s) == 10);
    CHECK(lines.count(u"BEGIN:VTODO"_s) == 3);
    CHECK_FALSE(lines.contains(u"TZID:UTC"_s));
}

TEST_CASE("an invitation says METHOD:REQUEST and asks attendees who have not answered to reply", "[calendar][ics]") {
    const QStringList lines = unfoldedLines(writeIcs({weeklySeries()}, IcsMethod::Request));
    CHECK(lines.contains(u"METHOD:REQUEST"_s));
    CHECK(lines.contains(u"ORGANIZER;CN=李雷:mailto:li.lei@example.cn"_s));
    CHECK(lines.contains(u"ATTENDEE;ROLE=NON-PARTICIPANT;RSVP=TRUE:urn:uuid:0b3c4d5e-1111-2222-3333-444455556666"_s));
    CHECK(lines.contains(u"ATTENDEE;CN=王小明;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wang@example.cn"_s));
    const QStringList plain = unfoldedLines(writeIcs({weeklySeries()}, IcsMethod::None));
    CHECK_FALSE(plain.join(u'\n').contains(u"METHOD"_s));
    CHECK_FALSE(plain.join(u'\n').contains(u"X-WR-CALNAME"_s));
}

TEST_CASE("every corpus file survives writing and reading again", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    int files = 0;
    for (const QString& name : Test::calendarCorpusFiles()) {
        const QString path = Test::calendarCorpusFile(name);
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        Result<IcsReadResult> first = readIcs(file.readAll(), path);
        REQUIRE(first.has_value());
        // An item without DTSTAMP gets the export's time: compare what the file gave.
        for (CalendarItem& item : first->items) {
            if (!item.lastModified.isValid())
                item.lastModified = utc(2000, 1, 1);
        }
        const Result<IcsReadResult> again =
            readIcs(writeIcs(first->items, IcsMethod::Publish, first->calendarName), path);
        REQUIRE(again.has_value());
        CHECK(again->issues.isEmpty());
        CHECK(again->calendarName == first->calendarName);
        CHECK(again->items == first->items);
        ++files;
    }
    CHECK(files == 40);
}
