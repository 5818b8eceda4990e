#include "ParsedRule.h"
#include "StringMakers.h"
#include "calendar/RecurrenceSet.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(QDate date, QTime time = QTime(0, 0)) {
    return QDateTime(date, time, QTimeZone::utc());
}

/// "2027-03-29T09:00:00[Europe/Berlin] 07:00Z": the RECURRENCE-ID and the instant's UTC time.
QStringList described(const QList<CalendarTime>& occurrences) {
    QStringList texts;
    for (const CalendarTime& occurrence : occurrences) {
        const QDateTime instant = occurrence.toDateTime(QTimeZone::utc()).toUTC();
        texts.append(occurrence.toText() + u' ' + instant.toString(u"MM-dd HH:mm'Z'"_s));
    }
    return texts;
}

QStringList dates(const QList<CalendarTime>& occurrences) {
    QStringList texts;
    for (const CalendarTime& occurrence : occurrences)
        texts.append(occurrence.toText());
    return texts;
}

} // namespace

TEST_CASE("a series keeps its wall clock across DST changes both ways in several zones", "[calendar][recurrence]") {
    struct Case {
        const char* zone;
        QDate start;
        QTime time;
        const char* rule;
        QDate from; // UTC, one week
        QStringList expected;
    };
    const Case cases[] = {
        // Berlin: 09:00 stays 09:00; the instant moves by an hour at both changes.
        {"Europe/Berlin",
         {2027, 1, 4},
         {9, 0},
         "FREQ=WEEKLY;BYDAY=MO",
         {2027, 3, 22},
         {u"2027-03-22T09:00:00[Europe/Berlin] 03-22 08:00Z"_s, u"2027-03-29T09:00:00[Europe/Berlin] 03-29 07:00Z"_s}},
        {"Europe/Berlin",
         {2027, 1, 4},
         {9, 0},
         "FREQ=WEEKLY;BYDAY=MO",
         {2027, 10, 25},
         {u"2027-10-25T09:00:00[Europe/Berlin] 10-25 07:00Z"_s, u"2027-11-01T09:00:00[Europe/Berlin] 11-01 08:00Z"_s}},
        // 02:30 on the spring-forward Sunday does not exist: 03:30 CEST; in the autumn it occurs twice: the first.
        {"Europe/Berlin",
         {2027, 1, 3},
         {2, 30},
         "FREQ=WEEKLY",
         {2027, 3, 27},
         {u"2027-03-28T02:30:00[Europe/Berlin] 03-28 01:30Z"_s, u"2027-04-04T02:30:00[Europe/Berlin] 04-04 00:30Z"_s}},
        {"Europe/Berlin",
         {2027, 1, 3},
         {2, 30},
         "FREQ=WEEKLY",
         {2027, 10, 30},
         {u"2027-10-31T02:30:00[Europe/Berlin] 10-31 00:30Z"_s, u"2027-11-07T02:30:00[Europe/Berlin] 11-07 01:30Z"_s}},
        {"America/New_York",
         {2027, 1, 3},
         {2, 30},
         "FREQ=WEEKLY;BYDAY=SU",
         {2027, 3, 13},
         {u"2027-03-14T02:30:00[America/New_York] 03-14 07:30Z"_s,
          u"2027-03-21T02:30:00[America/New_York] 03-21 06:30Z"_s}},
        {"America/New_York",
         {2027, 10, 1},
         {1, 30},
         "FREQ=DAILY",
         {2027, 11, 6},
         {u"2027-11-06T01:30:00[America/New_York] 11-06 05:30Z"_s,
          u"2027-11-07T01:30:00[America/New_York] 11-07 05:30Z"_s, // the first 01:30 (EDT)
          u"2027-11-08T01:30:00[America/New_York] 11-08 06:30Z"_s}},
        // Sydney: summer time ends on the first Sunday in April and starts on the first in October.
        {"Australia/Sydney",
         {2027, 1, 3},
         {2, 30},
         "FREQ=MONTHLY;BYDAY=1SU",
         {2027, 4, 1},
         {u"2027-04-04T02:30:00[Australia/Sydney] 04-03 15:30Z"_s}},
        {"Australia/Sydney",
         {2027, 1, 3},
         {2, 30},
         "FREQ=MONTHLY;BYDAY=1SU",
         {2027, 10, 1},
         {u"2027-10-03T02:30:00[Australia/Sydney] 10-02 16:30Z"_s}},
        // São Paulo had summer time until 2019, starting at midnight: 00:00 did not exist.
        {"America/Sao_Paulo",
         {2018, 10, 1},
         {0, 0},
         "FREQ=DAILY",
         {2018, 11, 3},
         {u"2018-11-03T00:00:00[America/Sao_Paulo] 11-03 03:00Z"_s,
          u"2018-11-04T00:00:00[America/Sao_Paulo] 11-04 03:00Z"_s, // moved to 01:00 -02
          u"2018-11-05T00:00:00[America/Sao_Paulo] 11-05 02:00Z"_s}},
        {"America/Sao_Paulo",
         {2018, 1, 1},
         {23, 30},
         "FREQ=DAILY",
         {2018, 2, 18},
         {u"2018-02-17T23:30:00[America/Sao_Paulo] 02-18 01:30Z"_s, // twice that night: the first (-02)
          u"2018-02-18T23:30:00[America/Sao_Paulo] 02-19 02:30Z"_s}},
        {"Asia/Shanghai",
         {2027, 1, 4},
         {9, 0},
         "FREQ=WEEKLY;BYDAY=MO",
         {2027, 3, 22},
         {u"2027-03-22T09:00:00[Asia/Shanghai] 03-22 01:00Z"_s, u"2027-03-29T09:00:00[Asia/Shanghai] 03-29 01:00Z"_s}},
    };
    for (const Case& c : cases) {
        INFO(c.zone << " " << c.rule << " from " << c.from.toString(Qt::ISODate).toStdString());
        const RecurrenceSet set{
            CalendarTime::zoned(c.start, c.time, c.zone), {Test::parsedRule(QString::fromLatin1(c.rule))}, {}, {}};
        const int days = c.expected.size() == 1 ? 7 : int(c.expected.size()) * (c.rule[5] == 'D' ? 1 : 7);
        CHECK(described(set.between(utc(c.from), utc(c.from.addDays(days)), QTimeZone("Asia/Shanghai"))) == c.expected);
    }
}

TEST_CASE("the engine's wall-clock resolution agrees with CalendarTime's around every DST change",
          "[calendar][recurrence]") {
    // The engine resolves wall clocks from a cached offset table (docs/recurrence.md, Performance);
    // every quarter hour around 2018 and 2027's changes must give CalendarTime::toDateTime's instant.
    const QTimeZone viewer("Asia/Shanghai");
    for (const char* zone : {"Europe/Berlin", "America/New_York", "Australia/Sydney", "America/Sao_Paulo",
                             "Asia/Shanghai", "Europe/London"}) {
        INFO(zone);
        for (const QDate first : {QDate(2018, 1, 1), QDate(2027, 1, 1), QDate(1970, 1, 1), QDate(2199, 6, 1)}) {
            const RecurrenceSet set{
                CalendarTime::zoned(first, {0, 0}, zone), {Test::parsedRule(u"FREQ=MINUTELY;INTERVAL=15"_s)}, {}, {}};
            // Three days around each change of the year, and the first days of the series.
            QList<QDate> days{first};
            const QTimeZone tz(zone);
            for (const QTimeZone::OffsetData& change : tz.transitions(utc(first), utc(first.addYears(1))))
                days.append(change.atUtc.date().addDays(-1));
            for (const QDate day : days) {
                const QList<CalendarTime> occurrences = set.between(utc(day), utc(day.addDays(3)), viewer);
                REQUIRE(occurrences.size() > 250);
                for (const CalendarTime& occurrence : occurrences) {
                    const QDateTime instant = occurrence.toDateTime(viewer);
                    INFO(occurrence.toText().toStdString());
                    REQUIRE(instant >= utc(day));
                    REQUIRE(instant < utc(day.addDays(3)));
                }
                const QList<CalendarTime> ruleOnly =
                    RecurrenceDetail::ruleOccurrences(set, viewer, utc(day), int(occurrences.size()));
                CHECK(dates(ruleOnly) == dates(occurrences));
            }
        }
    }
}

TEST_CASE("month ends: BYMONTHDAY=31 skips short months, -1 is the last day, invalid dates are skipped",
          "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const CalendarTime jan31 = CalendarTime::zoned({2027, 1, 31}, {10, 0}, "Europe/Berlin");
    CHECK(dates(RecurrenceSet{jan31, {Test::parsedRule(u"FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5"_s)}, {}, {}}.first(
              10, viewer)) ==
          QStringList{u"2027-01-31T10:00:00[Europe/Berlin]"_s, u"2027-03-31T10:00:00[Europe/Berlin]"_s,
                      u"2027-05-31T10:00:00[Europe/Berlin]"_s, u"2027-07-31T10:00:00[Europe/Berlin]"_s,
                      u"2027-08-31T10:00:00[Europe/Berlin]"_s});
    // Without BYMONTHDAY the day comes from DTSTART and is skipped the same way, never clamped.
    CHECK(RecurrenceSet{jan31, {Test::parsedRule(u"FREQ=MONTHLY;COUNT=5"_s)}, {}, {}}.first(10, viewer).at(1).date ==
          QDate(2027, 3, 31));
    const CalendarTime lastDay = CalendarTime::ofDate({2027, 12, 31});
    CHECK(dates(RecurrenceSet{lastDay, {Test::parsedRule(u"FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=5"_s)}, {}, {}}.first(
              10, viewer)) ==
          QStringList{u"2027-12-31"_s, u"2028-01-31"_s, u"2028-02-29"_s, u"2028-03-31"_s, u"2028-04-30"_s});
    const CalendarTime thirtieth = CalendarTime::ofDate({2027, 1, 30});
    CHECK(dates(RecurrenceSet{thirtieth, {Test::parsedRule(u"FREQ=MONTHLY;BYMONTHDAY=-2,30;COUNT=4"_s)}, {}, {}}.first(
              9, viewer)) == QStringList{u"2027-01-30"_s, u"2027-02-27"_s, u"2027-03-30"_s, u"2027-04-29"_s});
}

TEST_CASE("29 February recurs yearly only in leap years", "[calendar][recurrence]") {
    const QTimeZone viewer("America/New_York");
    const RecurrenceSet leapDay{CalendarTime::ofDate({2028, 2, 29}), {Test::parsedRule(u"FREQ=YEARLY"_s)}, {}, {}};
    CHECK(dates(leapDay.first(4, viewer)) ==
          QStringList{u"2028-02-29"_s, u"2032-02-29"_s, u"2036-02-29"_s, u"2040-02-29"_s});
    CHECK(leapDay.between(utc({2029, 1, 1}), utc({2032, 1, 1}), viewer).isEmpty());
    // 2100 is not a leap year: from 2096 the next is 2104.
    const RecurrenceSet late{CalendarTime::zoned({2096, 2, 29}, {12, 0}, "America/New_York"),
                             {Test::parsedRule(u"FREQ=YEARLY;COUNT=2"_s)},
                             {},
                             {}};
    CHECK(late.first(5, viewer).at(1).date == QDate(2104, 2, 29));
}

TEST_CASE("COUNT and UNTIL with EXDATE: an excluded occurrence still counts, UNTIL is inclusive",
          "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const CalendarTime start = CalendarTime::zoned({2027, 6, 1}, {9, 0}, "Europe/Berlin");
    const RecurrenceSet counted{start, {Test::parsedRule(u"FREQ=DAILY;COUNT=5"_s)}, {}, {start.withDate({2027, 6, 3})}};
    CHECK(dates(counted.first(10, viewer)) ==
          QStringList{u"2027-06-01T09:00:00[Europe/Berlin]"_s, u"2027-06-02T09:00:00[Europe/Berlin]"_s,
                      u"2027-06-04T09:00:00[Europe/Berlin]"_s, u"2027-06-05T09:00:00[Europe/Berlin]"_s});
    // 09:00 CEST on 22 June is 07:00Z: an UNTIL on that instant keeps it, a second earlier drops it.
    const RecurrenceSet until{
        start, {Test::parsedRule(u"FREQ=WEEKLY;UNTIL=20270622T070000Z"_s)}, {}, {start.withDate({2027, 6, 8})}};
    CHECK(dates(until.first(10, viewer)) == QStringList{u"2027-06-01T09:00:00[Europe/Berlin]"_s,
                                                        u"2027-06-15T09:00:00[Europe/Berlin]"_s,
                                                        u"2027-06-22T09:00:00[Europe/Berlin]"_s});
    const RecurrenceSet earlier{start, {Test::parsedRule(u"FREQ=WEEKLY;UNTIL=20270622T065959Z"_s)}, {}, {}};
    CHECK(earlier.first(10, viewer).size() == 3);
    // A DTSTART the rule misses is the first occurrence and takes one place of COUNT (RFC 5545).
    const RecurrenceSet offRule{start, {Test::parsedRule(u"FREQ=WEEKLY;BYDAY=TH;COUNT=3"_s)}, {}, {}};
    CHECK(dates(offRule.first(10, viewer)) == QStringList{u"2027-06-01T09:00:00[Europe/Berlin]"_s,
                                                          u"2027-06-03T09:00:00[Europe/Berlin]"_s,
                                                          u"2027-06-10T09:00:00[Europe/Berlin]"_s});
}

TEST_CASE("all-day UNTIL, DATE UNTIL on a timed series and a floating UNTIL on a zoned series",
          "[calendar][recurrence]") {
    const QTimeZone viewer("America/New_York");
    const RecurrenceSet allDay{
        CalendarTime::ofDate({2027, 1, 1}), {Test::parsedRule(u"FREQ=DAILY;UNTIL=20270105"_s)}, {}, {}};
    CHECK(allDay.first(100, viewer).size() == 5);
    CHECK(allDay.first(100, viewer).back() == CalendarTime::ofDate({2027, 1, 5}));
    // A DATE UNTIL on a timed series runs through the end of that date.
    const CalendarTime evening = CalendarTime::zoned({2027, 1, 1}, {23, 30}, "Asia/Shanghai");
    const RecurrenceSet dateUntil{evening, {Test::parsedRule(u"FREQ=DAILY;UNTIL=20270105"_s)}, {}, {}};
    CHECK(dateUntil.first(100, viewer).size() == 5);
    // Exchange writes a floating UNTIL on zoned series: it is read in the series' zone.
    const RecurrenceSet floatingUntil{evening, {Test::parsedRule(u"FREQ=DAILY;UNTIL=20270104T233000"_s)}, {}, {}};
    CHECK(floatingUntil.first(100, viewer).back() == evening.withDate({2027, 1, 4}));
    // An all-day series with a UTC UNTIL (Exchange): the day's start in the viewer's zone counts.
    const RecurrenceSet utcUntil{
        CalendarTime::ofDate({2027, 1, 1}), {Test::parsedRule(u"FREQ=DAILY;UNTIL=20270105T050000Z"_s)}, {}, {}};
    CHECK(utcUntil.first(100, viewer).back() == CalendarTime::ofDate({2027, 1, 5}));
    CHECK(utcUntil.first(100, QTimeZone("America/Los_Angeles")).back() == CalendarTime::ofDate({2027, 1, 4}));
}

TEST_CASE("BYSETPOS picks from each period's whole set", "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const RecurrenceSet lastWeekday{CalendarTime::ofDate({2027, 1, 29}),
                                    {Test::parsedRule(u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s)},
                                    {},
                                    {}};
    CHECK(dates(lastWeekday.first(6, viewer)) == QStringList{u"2027-01-29"_s, u"2027-02-26"_s, u"2027-03-31"_s,
                                                             u"2027-04-30"_s, u"2027-05-31"_s, u"2027-06-30"_s});
    // The second of Tuesday/Thursday each month: counted from the 1st, before DTSTART too.
    const RecurrenceSet second{CalendarTime::zoned({2027, 3, 4}, {14, 0}, "Europe/Berlin"),
                               {Test::parsedRule(u"FREQ=MONTHLY;BYDAY=TU,TH;BYSETPOS=2;COUNT=3"_s)},
                               {},
                               {}};
    CHECK(dates(second.first(5, viewer)) == QStringList{u"2027-03-04T14:00:00[Europe/Berlin]"_s,
                                                        u"2027-04-06T14:00:00[Europe/Berlin]"_s,
                                                        u"2027-05-06T14:00:00[Europe/Berlin]"_s});
}

TEST_CASE("RDATE and EXDATE of other kinds: EXDATE wins on the same instant, a DATE EXDATE removes the day",
          "[calendar][recurrence]") {
    const QTimeZone viewer("Asia/Shanghai");
    const CalendarTime start = CalendarTime::zoned({2027, 6, 7}, {9, 0}, "Europe/Berlin");
    RecurrenceSet set{start, {Test::parsedRule(u"FREQ=WEEKLY;COUNT=4"_s)}, {}, {}};
    // A UTC RDATE comes out on the series' wall clock; the same instant as a zoned EXDATE removes it.
    set.rdates = {CalendarTime::utc(utc({2027, 6, 10}, {7, 0})), CalendarTime::utc(utc({2027, 6, 11}, {7, 0})),
                  CalendarTime::ofDate({2027, 6, 12})};
    set.exdates = {start.withDate({2027, 6, 11}), CalendarTime::ofDate({2027, 6, 21}),
                   CalendarTime::floating({2027, 6, 28}, {9, 0})};
    CHECK(dates(set.first(20, viewer)) ==
          QStringList{u"2027-06-07T09:00:00[Europe/Berlin]"_s, u"2027-06-10T09:00:00[Europe/Berlin]"_s,
                      u"2027-06-12T09:00:00[Europe/Berlin]"_s, u"2027-06-14T09:00:00[Europe/Berlin]"_s});
    // An RDATE equal to a rule occurrence is one occurrence.
    set.rdates = {start.withDate({2027, 6, 14})};
    set.exdates = {};
    CHECK(set.first(20, viewer).size() == 4);
    CHECK(set.isRecurring());
    CHECK_FALSE(RecurrenceSet{start, {}, {}, {}}.isRecurring());
    CHECK(RecurrenceSet{start, {}, {}, {}}.first(5, viewer) == QList<CalendarTime>{start});
    CHECK(RecurrenceSet{start, {}, {}, {start}}.first(5, viewer).isEmpty());
}

TEST_CASE("a RECURRENCE-ID of another kind names the occurrence on the series' clock", "[calendar][recurrence]") {
    const QTimeZone viewer("America/New_York");
    const RecurrenceSet zoned{
        CalendarTime::zoned({2027, 6, 7}, {9, 0}, "Europe/Berlin"), {Test::parsedRule(u"FREQ=WEEKLY"_s)}, {}, {}};
    // Zimbra writes some RECURRENCE-IDs in UTC: 07:00Z is 09:00 in Berlin in summer.
    const CalendarTime fromUtc = zoned.recurrenceId(CalendarTime::utc(utc({2027, 6, 14}, {7, 0})), viewer);
    CHECK(fromUtc == CalendarTime::zoned({2027, 6, 14}, {9, 0}, "Europe/Berlin"));
    CHECK(zoned.between(utc({2027, 6, 14}), utc({2027, 6, 15}), viewer) == QList<CalendarTime>{fromUtc});
    CHECK(zoned.recurrenceId(CalendarTime::ofDate({2027, 6, 21}), viewer) == zoned.start.withDate({2027, 6, 21}));
    CHECK(zoned.recurrenceId(CalendarTime::zoned({2027, 6, 21}, {3, 0}, "America/New_York"), viewer) ==
          zoned.start.withDate({2027, 6, 21}));
    // Exchange: a zoned midnight RECURRENCE-ID on an all-day series (node-ical issue 459).
    const RecurrenceSet allDay{
        CalendarTime::ofDate({2020, 4, 2}), {Test::parsedRule(u"FREQ=WEEKLY;INTERVAL=2"_s)}, {}, {}};
    CHECK(allDay.recurrenceId(CalendarTime::zoned({2020, 4, 16}, {0, 0}, "Europe/London"), viewer) ==
          CalendarTime::ofDate({2020, 4, 16}));
    CHECK_FALSE(allDay.recurrenceId(CalendarTime(), viewer).isValid());
}

TEST_CASE("a window long after DTSTART starts at its own period, aligned to INTERVAL", "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const CalendarTime start = CalendarTime::zoned({2000, 1, 3}, {9, 0}, "Europe/Berlin");
    const QDateTime from = utc({2027, 3, 1});
    const QDateTime to = utc({2027, 4, 30});
    const QList<CalendarTime> everyThird =
        RecurrenceSet{start, {Test::parsedRule(u"FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR"_s)}, {}, {}}.between(from, to,
                                                                                                          viewer);
    CHECK(dates(everyThird) ==
          QStringList{u"2027-03-15T09:00:00[Europe/Berlin]"_s, u"2027-03-19T09:00:00[Europe/Berlin]"_s,
                      u"2027-04-05T09:00:00[Europe/Berlin]"_s, u"2027-04-09T09:00:00[Europe/Berlin]"_s,
                      u"2027-04-26T09:00:00[Europe/Berlin]"_s});
    for (const CalendarTime& occurrence : everyThird) // weeks 1419, 1422 and 1425 after 3 January 2000
        CHECK(QDate(2000, 1, 3).daysTo(occurrence.date) / 7 % 3 == 0);
    const QList<CalendarTime> monthly =
        RecurrenceSet{start, {Test::parsedRule(u"FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=3"_s)}, {}, {}}.between(
            utc({2027, 1, 1}), utc({2028, 1, 1}), viewer);
    CHECK(dates(monthly) == QStringList{u"2027-02-03T09:00:00[Europe/Berlin]"_s,
                                        u"2027-07-03T09:00:00[Europe/Berlin]"_s,
                                        u"2027-12-03T09:00:00[Europe/Berlin]"_s});
    // Without COUNT the walk starts at the window: every 7 seconds since 2000 would be 3.9e9 steps.
    const RecurrenceSet seconds{start, {Test::parsedRule(u"FREQ=SECONDLY;INTERVAL=7"_s)}, {}, {}};
    const QList<CalendarTime> minute = seconds.between(utc({2027, 3, 1}, {12, 0}), utc({2027, 3, 1}, {12, 1}), viewer);
    REQUIRE(minute.size() >= 8);
    for (const CalendarTime& occurrence : minute)
        CHECK(start.toDateTime(viewer).secsTo(occurrence.toDateTime(viewer)) % 7 == 0);
    // With COUNT the occurrences are counted from DTSTART: 10,000 days from 3 January 2000 end on 20 May 2027.
    const RecurrenceSet counted{start, {Test::parsedRule(u"FREQ=DAILY;COUNT=10000"_s)}, {}, {}};
    CHECK(counted.between(utc({2027, 5, 1}), utc({2027, 6, 1}), viewer).back().date == QDate(2027, 5, 20));
    CHECK(counted.between(utc({2027, 1, 1}), utc({2028, 1, 1}), viewer, 7).size() == 7);
}

TEST_CASE("rules that never produce an occurrence end", "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const CalendarTime start = CalendarTime::zoned({2027, 1, 1}, {9, 0}, "Europe/Berlin");
    for (const char* never : {"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2",
                              "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", "FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31",
                              "FREQ=HOURLY;INTERVAL=2;BYHOUR=4", "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6",
                              "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=-30"}) {
        INFO(never);
        const RecurrenceSet set{start, {Test::parsedRule(QString::fromLatin1(never))}, {}, {}};
        CHECK(set.first(10, viewer) == QList<CalendarTime>{start});
        CHECK(set.between(utc({2030, 1, 1}), utc({2031, 1, 1}), viewer).isEmpty());
    }
}

TEST_CASE("several rules, hourly rules on the wall clock and a limit", "[calendar][recurrence]") {
    const QTimeZone viewer("Europe/Berlin");
    const CalendarTime start = CalendarTime::zoned({2027, 3, 1}, {9, 0}, "Europe/Berlin");
    const RecurrenceSet twoRules{
        start,
        {Test::parsedRule(u"FREQ=WEEKLY;BYDAY=MO;COUNT=2"_s), Test::parsedRule(u"FREQ=WEEKLY;BYDAY=WE;COUNT=2"_s)},
        {},
        {}};
    CHECK(dates(twoRules.first(10, viewer)) == QStringList{u"2027-03-01T09:00:00[Europe/Berlin]"_s,
                                                           u"2027-03-03T09:00:00[Europe/Berlin]"_s,
                                                           u"2027-03-08T09:00:00[Europe/Berlin]"_s});
    // HOURLY counts wall-clock hours: the 02:00 the spring change skips is resolved to 03:00.
    const RecurrenceSet hourly{CalendarTime::zoned({2027, 3, 28}, {0, 0}, "Europe/Berlin"),
                               {Test::parsedRule(u"FREQ=HOURLY;COUNT=4"_s)},
                               {},
                               {}};
    CHECK(described(hourly.first(10, viewer)) == QStringList{u"2027-03-28T00:00:00[Europe/Berlin] 03-27 23:00Z"_s,
                                                             u"2027-03-28T01:00:00[Europe/Berlin] 03-28 00:00Z"_s,
                                                             u"2027-03-28T02:00:00[Europe/Berlin] 03-28 01:00Z"_s,
                                                             u"2027-03-28T03:00:00[Europe/Berlin] 03-28 01:00Z"_s});
    const RecurrenceSet daily{start, {Test::parsedRule(u"FREQ=DAILY"_s)}, {}, {}};
    CHECK(daily.first(3, viewer).size() == 3);
    CHECK(daily.between(utc({2027, 1, 1}), utc({2028, 1, 1}), viewer, 10).size() == 10);
    CHECK(daily.between(utc({2028, 1, 1}), utc({2027, 1, 1}), viewer).isEmpty());
}

TEST_CASE("floating and UTC series, and dates shown in the viewer's zone", "[calendar][recurrence]") {
    const RecurrenceSet floating{
        CalendarTime::floating({2027, 1, 1}, {9, 0}), {Test::parsedRule(u"FREQ=DAILY;COUNT=3"_s)}, {}, {}};
    // 09:00 wherever the viewer is: in Shanghai that is 01:00Z, so a window from 00:30Z holds it.
    CHECK(floating.between(utc({2027, 1, 1}, {0, 30}), utc({2027, 1, 1}, {2, 0}), QTimeZone("Asia/Shanghai")).size() ==
          1);
    CHECK(
        floating.between(utc({2027, 1, 1}, {0, 30}), utc({2027, 1, 1}, {2, 0}), QTimeZone("Europe/Berlin")).isEmpty());
    const RecurrenceSet inUtc{
        CalendarTime::utc(utc({2027, 1, 1}, {23, 0})), {Test::parsedRule(u"FREQ=DAILY;COUNT=2"_s)}, {}, {}};
    CHECK(dates(inUtc.first(5, QTimeZone("Asia/Shanghai"))) ==
          QStringList{u"2027-01-01T23:00:00Z"_s, u"2027-01-02T23:00:00Z"_s});
    // An all-day occurrence's instant is its midnight in the viewer's zone.
    const RecurrenceSet allDay{CalendarTime::ofDate({2027, 1, 2}), {Test::parsedRule(u"FREQ=DAILY;COUNT=2"_s)}, {}, {}};
    CHECK(allDay.between(utc({2027, 1, 1}, {16, 0}), utc({2027, 1, 1}, {17, 0}), QTimeZone("Asia/Shanghai")).size() ==
          1);
}
