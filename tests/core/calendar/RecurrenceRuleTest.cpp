#include "MarkingTranslator.h"
#include "StringMakers.h"
#include "calendar/RecurrenceRule.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("RRULE values are read case-insensitively, with blanks in lists and a trailing semicolon",
          "[calendar][recurrence]") {
    const Result<RecurrenceRule> weekly = RecurrenceRule::parse(u"FREQ=WEEKLY;BYDAY=MO,WE"_s);
    REQUIRE(weekly.has_value());
    CHECK(weekly->frequency == Frequency::Weekly);
    CHECK(weekly->byDay == QList<WeekdayNum>{{0, Qt::Monday}, {0, Qt::Wednesday}});

    const Result<RecurrenceRule> monthly =
        RecurrenceRule::parse(u"rrule:freq=monthly;byday=2tu,-1fr,+3we;interval=2;"_s);
    REQUIRE(monthly.has_value());
    CHECK(monthly->frequency == Frequency::Monthly);
    CHECK(monthly->interval == 2);
    CHECK(monthly->byDay == QList<WeekdayNum>{{2, Qt::Tuesday}, {-1, Qt::Friday}, {3, Qt::Wednesday}});

    // Exchange writes blanks after the commas (icalendar/issue_165_missing_event.ics).
    const Result<RecurrenceRule> exchange =
        RecurrenceRule::parse(u"FREQ=WEEKLY; INTERVAL=1; BYDAY=MO, TU, WE, TH, FR; WKST=SU"_s);
    REQUIRE(exchange.has_value());
    CHECK(exchange->byDay.size() == 5);
    CHECK(exchange->weekStart == Qt::Sunday);

    const Result<RecurrenceRule> until = RecurrenceRule::parse(u"FREQ=DAILY;UNTIL=20270630T235959Z;X-NAME=1"_s);
    REQUIRE(until.has_value());
    CHECK(until->until == CalendarTime::utc(QDateTime({2027, 6, 30}, {23, 59, 59}, QTimeZone::utc())));
    CHECK(RecurrenceRule::parse(u"FREQ=DAILY;UNTIL=20270630"_s)->until == CalendarTime::ofDate({2027, 6, 30}));
    CHECK(RecurrenceRule::parse(u"FREQ=DAILY;UNTIL=20270630T090000"_s)->until ==
          CalendarTime::floating({2027, 6, 30}, {9, 0}));
    const Result<RecurrenceRule> numbers =
        RecurrenceRule::parse(u"FREQ=YEARLY;BYMONTHDAY=1,-1;BYYEARDAY=-366,100;BYWEEKNO=-53,1;BYSETPOS=-1;"
                              u"BYMONTH=2;BYHOUR=0,23;BYMINUTE=59;BYSECOND=60"_s);
    REQUIRE(numbers.has_value());
    CHECK(numbers->byMonthDay == QList<int>{1, -1});
    CHECK(numbers->byYearDay == QList<int>{-366, 100});
    CHECK(numbers->byWeekNo == QList<int>{-53, 1});
    CHECK(numbers->bySecond == QList<int>{60});
}

TEST_CASE("toText writes the canonical RRULE value that parses back to the same rule", "[calendar][recurrence]") {
    struct Case {
        const char* read;
        const char* canonical;
    };
    const Case cases[] = {
        {"FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;BYDAY=MO,WE"},
        {"RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630", "FREQ=MONTHLY;UNTIL=20270630;BYDAY=2TU"},
        {"FREQ=YEARLY;INTERVAL=1;WKST=MO;BYMONTH=2;BYMONTHDAY=29", "FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2"},
        {"freq=daily;count=10;interval=2", "FREQ=DAILY;INTERVAL=2;COUNT=10"},
        {"FREQ=WEEKLY;WKST=SU;INTERVAL=2;UNTIL=19971224T000000Z;BYDAY=MO,WE,FR",
         "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;BYDAY=MO,WE,FR;WKST=SU"},
        {"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1,1", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1,1"},
        {"FREQ=MINUTELY;BYSECOND=0,30;BYMINUTE=5;BYHOUR=9;UNTIL=20270101T090000",
         "FREQ=MINUTELY;UNTIL=20270101T090000;BYSECOND=0,30;BYMINUTE=5;BYHOUR=9"},
        {"FREQ=YEARLY;BYWEEKNO=-1,20;BYYEARDAY=1,-1;BYDAY=+1MO", "FREQ=YEARLY;BYDAY=1MO;BYYEARDAY=1,-1;BYWEEKNO=-1,20"},
    };
    for (const Case& c : cases) {
        INFO(c.read);
        const Result<RecurrenceRule> rule = RecurrenceRule::parse(QString::fromLatin1(c.read));
        REQUIRE(rule.has_value());
        CHECK(rule->toText() == QString::fromLatin1(c.canonical));
        CHECK(RecurrenceRule::parse(rule->toText()).value() == *rule);
    }
    // A zoned UNTIL cannot be written in an RRULE: it goes out in UTC.
    RecurrenceRule zoned = *RecurrenceRule::parse(u"FREQ=DAILY"_s);
    zoned.until = CalendarTime::zoned({2027, 6, 30}, {9, 0}, "Europe/Berlin");
    CHECK(zoned.toText() == u"FREQ=DAILY;UNTIL=20270630T070000Z"_s);
}

TEST_CASE("a wrong rule fails with a message naming the part", "[calendar][recurrence]") {
    struct Case {
        const char* rule;
        ErrorCode code;
        QStringList named; // what the message must mention
    };
    const Case cases[] = {
        {"BYDAY=MO;INTERVAL=2", ErrorCode::InvalidInput, {u"FREQ"_s}},
        {"FREQ=WEEKLY;BYDAY=XX", ErrorCode::InvalidInput, {u"BYDAY"_s, u"XX"_s}},
        {"FREQ=WEEKLY;BYDAY=0MO", ErrorCode::InvalidInput, {u"BYDAY"_s, u"0MO"_s}},
        {"FREQ=YEARLY;BYDAY=54MO", ErrorCode::InvalidInput, {u"BYDAY"_s, u"54MO"_s}},
        {"FREQ=DAILY;INTERVAL=0", ErrorCode::InvalidInput, {u"INTERVAL"_s, u"0"_s}},
        {"FREQ=DAILY;COUNT=-3", ErrorCode::InvalidInput, {u"COUNT"_s, u"-3"_s}},
        {"FREQ=DAILY;COUNT=3;UNTIL=20270101", ErrorCode::InvalidInput, {u"COUNT"_s, u"UNTIL"_s}},
        {"FREQ=DAILY;FREQ=WEEKLY", ErrorCode::InvalidInput, {u"FREQ"_s}},
        {"FREQ=FORTNIGHTLY", ErrorCode::InvalidInput, {u"FREQ"_s, u"FORTNIGHTLY"_s}},
        {"FREQ=MONTHLY;BYMONTHDAY=32", ErrorCode::InvalidInput, {u"BYMONTHDAY"_s, u"32"_s}},
        {"FREQ=MONTHLY;BYMONTHDAY=1,0", ErrorCode::InvalidInput, {u"BYMONTHDAY"_s, u"“0”"_s}},
        {"FREQ=YEARLY;BYMONTH=13", ErrorCode::InvalidInput, {u"BYMONTH"_s, u"13"_s}},
        {"FREQ=YEARLY;BYMONTH=", ErrorCode::InvalidInput, {u"BYMONTH"_s}},
        {"FREQ=DAILY;UNTIL=2027-06-30", ErrorCode::InvalidInput, {u"UNTIL"_s, u"2027-06-30"_s}},
        {"FREQ=WEEKLY;WKST=XY", ErrorCode::InvalidInput, {u"WKST"_s, u"XY"_s}},
        {"FREQ=WEEKLY;BYFORTNIGHT=1", ErrorCode::InvalidInput, {u"BYFORTNIGHT"_s}},
        {"FREQ=WEEKLY;MONDAYS", ErrorCode::InvalidInput, {u"MONDAYS"_s}},
        {"RSCALE=CHINESE;FREQ=YEARLY", ErrorCode::Unsupported, {u"RSCALE"_s}},
        {"FREQ=MONTHLY;RSCALE=GREGORIAN;SKIP=FORWARD", ErrorCode::Unsupported, {u"RSCALE"_s}},
    };
    for (const Case& c : cases) {
        INFO(c.rule);
        const Result<RecurrenceRule> rule = RecurrenceRule::parse(QString::fromLatin1(c.rule));
        REQUIRE_FALSE(rule.has_value());
        CHECK(rule.error().code == c.code);
        for (const QString& part : c.named)
            CHECK(rule.error().message.contains(part));
        CHECK(rule.error().detail == QString::fromLatin1(c.rule));
    }
}

TEST_CASE("rule errors reach the user through the translations", "[calendar][recurrence]") {
    const Test::MarkingTranslator marking({u"Fieldbook::RecurrenceRule"_s});
    for (const char* bad : {"BYDAY=MO", "FREQ=DAILY;INTERVAL=0", "FREQ=WEEKLY;BYDAY=XX", "SKIP=BACKWARD;FREQ=DAILY"}) {
        INFO(bad);
        const QString message = RecurrenceRule::parse(QString::fromLatin1(bad)).error().message;
        CHECK(message.startsWith(u"«"_s));
        CHECK(message.endsWith(u"»"_s));
    }
}
