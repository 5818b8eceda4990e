// KCalendarCore's RFC 2445 examples and unsorted cases with their `.next.ref` files (the first
// instances from DTSTART as KCalendarCore lists them). The references map the non-IANA zone
// US-Eastern to a fixed offset, so only their dates are compared (shared/data/calendar/README.md).

#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/RecurrenceSet.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QString corpusPath(const QString& name) {
    return Test::calendarCorpusFile(u"kcalendarcore/"_s + name);
}

/// The unfolded content lines of the file's VEVENT (RFC 5545, 3.1): just enough to take DTSTART,
/// RRULE, RDATE and EXDATE; the real reader is the iCalendar import's.
QStringList eventLines(const QString& name) {
    QFile file(corpusPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).remove(u'\r');
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines.append(line);
    }
    const qsizetype begin = lines.indexOf(u"BEGIN:VEVENT"_s);
    REQUIRE(begin >= 0);
    return lines.mid(begin);
}

/// "DTSTART;TZID=US-Eastern:19970902T090000" -> its values (US-Eastern read as America/New_York).
QList<CalendarTime> readValues(const QString& line) {
    const qsizetype colon = line.indexOf(u':');
    const QStringList params = line.left(colon).split(u';');
    QByteArray zone;
    for (const QString& param : params) {
        if (param.startsWith(u"TZID="))
            zone = param.mid(5) == u"US-Eastern" ? "America/New_York" : param.mid(5).toLatin1();
    }
    QList<CalendarTime> values;
    for (const QString& text : line.mid(colon + 1).split(u',')) {
        const QDate date = QDate::fromString(text.left(8), u"yyyyMMdd"_s);
        const QTime time = QTime::fromString(text.mid(9, 6), u"HHmmss"_s);
        if (text.size() == 8)
            values.append(CalendarTime::ofDate(date));
        else if (text.endsWith(u'Z'))
            values.append(CalendarTime::utc(QDateTime(date, time, QTimeZone::utc())));
        else if (!zone.isEmpty())
            values.append(CalendarTime::zoned(date, time, zone));
        else
            values.append(CalendarTime::floating(date, time));
    }
    return values;
}

RecurrenceSet readSeries(const QString& name) {
    RecurrenceSet set;
    for (const QString& line : eventLines(name)) {
        const QString property = line.left(line.indexOf(u':')).section(u';', 0, 0);
        if (property == u"DTSTART")
            set.start = readValues(line).front();
        else if (property == u"RRULE")
            set.rules.append(*RecurrenceRule::parse(line.mid(6)));
        else if (property == u"RDATE")
            set.rdates += readValues(line);
        else if (property == u"EXDATE")
            set.exdates += readValues(line);
    }
    return set;
}

QStringList referenceDates(const QString& name) {
    QFile file(corpusPath(name + u".next.ref"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList dates;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.size() >= 10)
            dates.append(QString::fromLatin1(line.left(10)));
    }
    return dates;
}

QStringList datesOf(const QList<CalendarTime>& occurrences) {
    QStringList dates;
    for (const CalendarTime& occurrence : occurrences)
        dates.append(occurrence.date.toString(Qt::ISODate));
    return dates;
}

} // namespace

TEST_CASE("KCalendarCore's RFC 2445 examples, pay day and a DATE EXDATE give KCalendarCore's dates",
          "[calendar][recurrence]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    const QTimeZone viewer("Europe/Berlin");
    for (const char* file :
         {"RFC2445_RRULETest12.ics", "RFC2445_RRULETest14.ics", "RFC2445_RRULETest16.ics", "RFC2445_RRULETest20.ics",
          "RFC2445_RRULETest24.ics", "RFC2445_RRULETest30.ics", "RFC2445_RRULETest32.ics", "RFC2445_RRULETest33.ics",
          "RFC2445_RRULETest34.ics", "PayDay.ics", "exdate.ics"}) {
        INFO(file);
        const QString name = QString::fromLatin1(file);
        const RecurrenceSet set = readSeries(name);
        REQUIRE(set.start.isValid());
        const QStringList expected = referenceDates(name);
        // The references stop at 500 instances; bounded series must end where KCalendarCore's do.
        const QList<CalendarTime> ours = set.first(expected.size() < 500 ? 1000 : 500, viewer);
        CHECK(datesOf(ours) == expected);
    }
}

TEST_CASE("KCalendarCore's rdate.ics: DTSTART counts toward COUNT and timed RDATEs on an all-day series are dates",
          "[calendar][recurrence]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    const RecurrenceSet set = readSeries(u"rdate.ics"_s);
    REQUIRE(set.start == CalendarTime::ofDate({2005, 5, 12}));
    REQUIRE(set.rdates.size() == 5);
    // KCalendarCore lists 14: the four UTC RDATEs with their times, and a seventh rule instance
    // (2005-07-04) because it does not count the Thursday DTSTART the MO,WE rule misses. RFC 5545
    // counts DTSTART, and an all-day series' occurrences are dates (docs/recurrence.md).
    const QStringList expected{u"2005-05-12"_s, u"2005-05-14"_s, u"2005-05-16"_s, u"2005-05-17"_s, u"2005-05-23"_s,
                               u"2005-05-25"_s, u"2005-06-06"_s, u"2005-06-08"_s, u"2005-06-20"_s, u"2005-06-22"_s};
    const QList<CalendarTime> ours = set.first(100, QTimeZone("Europe/Berlin"));
    CHECK(datesOf(ours) == expected);
    CHECK(ours.front().kind == CalendarTime::Kind::Date);
    QStringList kcal = referenceDates(u"rdate.ics"_s);
    kcal.removeDuplicates();
    kcal.removeAll(u"2005-07-04"_s);
    CHECK(kcal == expected);
}
