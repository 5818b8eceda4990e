#include "PythonIcalendar.h"
#include "StringMakers.h"
#include "calendar/IcsReader.h"
#include "calendar/IcsWriter.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// Reads an .ics with python-icalendar, writes its to_ical() back, and prints every DTSTART, DTEND
/// and DUE as Python understands it: UTC for zoned and UTC times, ISO text for dates and floating.
const char* const kRoundTrip = R"(
import datetime, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
open(sys.argv[2], 'wb').write(cal.to_ical())
for component in cal.walk():
    if component.name not in ('VEVENT', 'VTODO'):
        continue
    for key in ('DTSTART', 'DTEND', 'DUE'):
        if key not in component:
            continue
        value = component[key].dt
        if isinstance(value, datetime.datetime) and value.tzinfo is not None:
            text = value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        else:
            text = value.isoformat()
        print(key + ' ' + text)
)";

struct PythonResult {
    QByteArray rewritten;
    QStringList times;
};

PythonResult throughPython(const QString& python, const QByteArray& ics) {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile input(dir.filePath(u"export.ics"_s));
    REQUIRE(input.open(QIODevice::WriteOnly));
    input.write(ics);
    input.close();
    const QStringList times = Test::runPython(python, kRoundTrip, {input.fileName(), dir.filePath(u"back.ics"_s)});
    QFile output(dir.filePath(u"back.ics"_s));
    REQUIRE(output.open(QIODevice::ReadOnly));
    return {output.readAll(), times};
}

QString pythonText(const CalendarTime& time) {
    switch (time.kind) {
    case CalendarTime::Kind::Date:
        return time.date.toString(Qt::ISODate);
    case CalendarTime::Kind::Floating:
        return time.date.toString(Qt::ISODate) + u'T' + time.time.toString(Qt::ISODate);
    default:
        return time.toDateTime(QTimeZone::utc()).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
    }
}

/// The lines the script prints for our items, in file order.
QStringList expectedTimes(const QList<CalendarItem>& items) {
    QStringList times;
    for (const CalendarItem& item : items) {
        if (item.start)
            times.append(u"DTSTART "_s + pythonText(*item.start));
        if (item.end)
            times.append((item.kind == CalendarItem::Kind::Task ? u"DUE "_s : u"DTEND "_s) + pythonText(*item.end));
    }
    return times;
}

CalendarItem event(const QString& uid, const QString& summary, const CalendarTime& start, const CalendarTime& end) {
    CalendarItem item;
    item.uid = uid;
    item.summary = summary;
    item.start = start;
    item.end = end;
    item.lastModified = QDateTime(QDate(2027, 2, 1), QTime(8, 30, 15), QTimeZone::utc());
    return item;
}

CalendarTime zoned(const char* zone, int year, int month, int day, int hour, int minute = 0) {
    return CalendarTime::zoned(QDate(year, month, day), QTime(hour, minute), zone);
}

QList<CalendarItem> items() {
    CalendarItem series = event(u"series@fieldbook"_s, u"客户拜访：季度回顾; agenda, notes"_s,
                                zoned("Europe/Berlin", 2027, 3, 2, 9), zoned("Europe/Berlin", 2027, 3, 2, 10, 30));
    series.description = u"第一行\n second line with \\ backslash; semicolon, comma and a long tail so that the "
                         u"line is folded more than once 多字节字符跨越折行边界"_s;
    series.location = u"Room 3; floor 2, east"_s;
    series.rrules = {u"FREQ=WEEKLY;UNTIL=20271231T230000Z;BYDAY=TU"_s, u"FREQ=MONTHLY;COUNT=4;BYDAY=-1FR"_s};
    series.exdates = {zoned("Europe/Berlin", 2027, 3, 30, 9), zoned("Europe/Berlin", 2027, 10, 26, 9)};
    series.rdates = {zoned("Europe/Berlin", 2027, 4, 1, 9)};
    series.alarms = {{15}, {1440}, {0}, {-30}};
    series.categories = {u"客户"_s, u"Visit"_s};
    series.status = u"CONFIRMED"_s;
    series.priority = 2;
    series.sequence = 3;
    series.organizer = CalendarPerson{u"李雷"_s, u"li.lei@example.cn"_s, {}, {}};
    series.attendees = {{u"Doe, John"_s, u"john@example.com"_s, u"REQ-PARTICIPANT"_s, u"NEEDS-ACTION"_s},
                        {u"王小明"_s, u"wang@example.cn"_s, u"OPT-PARTICIPANT"_s, u"ACCEPTED"_s}};
    CalendarItem moved = event(u"series@fieldbook"_s, u"moved"_s, zoned("America/New_York", 2027, 6, 1, 9),
                               zoned("America/New_York", 2027, 6, 1, 10));
    moved.recurrenceId = zoned("Europe/Berlin", 2027, 6, 1, 9);
    moved.thisAndFuture = true;
    CalendarItem allDay = event(u"fair@fieldbook"_s, u"Trade fair"_s, CalendarTime::ofDate(QDate(2027, 5, 3)),
                                CalendarTime::ofDate(QDate(2027, 5, 6)));
    allDay.isPrivate = true;
    allDay.busy = false;
    allDay.exdates = {CalendarTime::ofDate(QDate(2028, 5, 3))};
    allDay.rrules = {u"FREQ=YEARLY"_s};
    const QDateTime callAt(QDate(2027, 7, 1), QTime(13, 0), QTimeZone::utc());
    CalendarItem call =
        event(u"call@fieldbook"_s, u"Call"_s, CalendarTime::utc(callAt), CalendarTime::utc(callAt.addSecs(45 * 60)));
    CalendarItem lunch =
        event(u"lunch@fieldbook"_s, u"Lunch"_s, CalendarTime::floating(QDate(2027, 8, 2), QTime(12, 0)),
              CalendarTime::floating(QDate(2027, 8, 2), QTime(13, 0)));
    CalendarItem sydney = event(u"sydney@fieldbook"_s, u"Sydney"_s, zoned("Australia/Sydney", 2027, 10, 4, 8),
                                zoned("Australia/Sydney", 2027, 10, 4, 9));
    CalendarItem santiago = event(u"santiago@fieldbook"_s, u"Santiago"_s, zoned("America/Santiago", 2027, 9, 6, 8),
                                  zoned("America/Santiago", 2027, 9, 6, 9));
    CalendarItem fixed =
        event(u"fixed@fieldbook"_s, u"Fixed"_s, zoned("Etc/GMT-7", 2027, 1, 4, 8), zoned("Etc/GMT-7", 2027, 1, 4, 9));
    CalendarItem task;
    task.kind = CalendarItem::Kind::Task;
    task.uid = u"task@fieldbook"_s;
    task.summary = u"准备报价单"_s;
    task.start = zoned("Asia/Shanghai", 2027, 3, 1, 9);
    task.end = zoned("Asia/Shanghai", 2027, 3, 5, 18);
    task.priority = 9;
    task.percentComplete = 40;
    task.status = u"IN-PROCESS"_s;
    task.alarms = {{30}};
    task.lastModified = series.lastModified;
    CalendarItem done = task;
    done.uid = u"done@fieldbook"_s;
    done.start.reset();
    done.end = CalendarTime::ofDate(QDate(2027, 3, 10));
    done.completed = QDateTime(QDate(2027, 3, 9), QTime(16, 20), QTimeZone::utc());
    done.status = u"COMPLETED"_s;
    done.percentComplete = 100;
    return {series, moved, allDay, call, lunch, sydney, santiago, fixed, task, done};
}

} // namespace

TEST_CASE("python-icalendar reads our export with the same times and writes back what we read unchanged",
          "[calendar][ics]") {
    const QString python = Test::pythonWithIcalendar();
    if (python.isEmpty()) {
        WARN("python3-icalendar is not installed for /usr/bin/python3 (Debian package python3-icalendar, "
             "packaging/install-deps.sh installs it): the round trip through python-icalendar was not run");
        return;
    }
    const QList<CalendarItem> originals = items();
    const PythonResult python1 = throughPython(python, writeIcs(originals, IcsMethod::Publish, u"Sales, east"_s));
    CHECK(python1.times == expectedTimes(originals));
    const Result<IcsReadResult> back = readIcs(python1.rewritten, u"python.ics"_s);
    REQUIRE(back.has_value());
    for (const IcsIssue& issue : back->issues)
        UNSCOPED_INFO(issue.message.toStdString());
    CHECK(back->issues.isEmpty());
    CHECK(back->calendarName == u"Sales, east");
    REQUIRE(back->items.size() == originals.size());
    for (qsizetype i = 0; i < originals.size(); ++i) {
        INFO("item " << i << " " << originals[i].uid.toStdString());
        CHECK(back->items[i] == originals[i]);
    }
}

TEST_CASE("python-icalendar reads the times through our VTIMEZONEs when it does not know the zone", "[calendar][ics]") {
    const QString python = Test::pythonWithIcalendar();
    if (python.isEmpty()) {
        WARN("python3-icalendar is not installed for /usr/bin/python3: the VTIMEZONE check was not run");
        return;
    }
    const QList<CalendarItem> originals = items();
    // Names pytz does not know make python-icalendar build the zones from our VTIMEZONEs.
    QByteArray renamed = writeIcs(originals, IcsMethod::None);
    for (const char* zone :
         {"Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Santiago", "Etc/GMT-7", "Asia/Shanghai"}) {
        const QByteArray name = QByteArray(zone).replace('/', ' ').replace('_', ' ');
        renamed.replace(QByteArray(zone), QByteArray(QByteArray("Fieldbook Test ") + name));
    }
    const PythonResult python1 = throughPython(python, renamed);
    CHECK(python1.times == expectedTimes(originals));
    // And we read python's copy back to the same instants, the zones found again from the VTIMEZONEs.
    const Result<IcsReadResult> back = readIcs(python1.rewritten, u"python.ics"_s);
    REQUIRE(back.has_value());
    CHECK(expectedTimes(back->items) == expectedTimes(originals));
    CHECK(back->items[0].start->zone == "Europe/Berlin");
    CHECK(back->items[1].start->zone == "America/New_York");
}
