#include "StringMakers.h"
#include "calendar/CalendarTime.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QString utcText(const QDateTime& dateTime) {
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace

TEST_CASE("a zoned wall clock stays on the wall clock across both DST changes", "[calendar][time]") {
    const QTimeZone viewer("Asia/Shanghai");
    // Berlin: CET (+1) in winter, CEST (+2) from the last Sunday in March to the last in October.
    CHECK(utcText(CalendarTime::zoned({2027, 3, 22}, {9, 0}, "Europe/Berlin").toDateTime(viewer)) ==
          u"2027-03-22T08:00:00Z");
    CHECK(utcText(CalendarTime::zoned({2027, 3, 29}, {9, 0}, "Europe/Berlin").toDateTime(viewer)) ==
          u"2027-03-29T07:00:00Z");
    CHECK(utcText(CalendarTime::zoned({2027, 11, 1}, {9, 0}, "Europe/Berlin").toDateTime(viewer)) ==
          u"2027-11-01T08:00:00Z");
    // Shown to a colleague in Shanghai (+8, no DST): 15:00 in summer, 16:00 in winter.
    CHECK(CalendarTime::zoned({2027, 3, 29}, {9, 0}, "Europe/Berlin").toDateTime(viewer).toTimeZone(viewer).time() ==
          QTime(15, 0));
    CHECK(CalendarTime::zoned({2027, 11, 1}, {9, 0}, "Europe/Berlin").toDateTime(viewer).toTimeZone(viewer).time() ==
          QTime(16, 0));
}

TEST_CASE("a wall clock a DST gap skips moves forward by the gap, one that occurs twice is the first",
          "[calendar][time]") {
    const QTimeZone utc = QTimeZone::utc();
    struct Case {
        const char* zone;
        QDate date;
        QTime time;
        const char* expected;
    };
    const Case cases[] = {
        {"Europe/Berlin", {2027, 3, 28}, {2, 30}, "2027-03-28T01:30:00Z"},    // 02:30 does not exist: 03:30 CEST
        {"Europe/Berlin", {2027, 10, 31}, {2, 30}, "2027-10-31T00:30:00Z"},   // twice: the CEST one
        {"America/New_York", {2027, 3, 14}, {2, 15}, "2027-03-14T07:15:00Z"}, // 03:15 EDT
        {"America/New_York", {2027, 11, 7}, {1, 30}, "2027-11-07T05:30:00Z"}, // 01:30 EDT, not EST
        {"Australia/Sydney", {2027, 10, 3}, {2, 0}, "2027-10-02T16:00:00Z"},  // 03:00 AEDT
        {"Australia/Sydney", {2027, 4, 4}, {2, 30}, "2027-04-03T15:30:00Z"},  // 02:30 AEDT, the first
        {"Asia/Shanghai", {2027, 6, 1}, {9, 0}, "2027-06-01T01:00:00Z"},
    };
    for (const Case& c : cases) {
        INFO(c.zone << " " << c.date.toString(Qt::ISODate).toStdString() << " " << c.time.toString().toStdString());
        CHECK(utcText(CalendarTime::zoned(c.date, c.time, c.zone).toDateTime(utc)) == QString::fromLatin1(c.expected));
    }
}

TEST_CASE("dates and floating times are read in the viewer's zone, UTC instants are instants", "[calendar][time]") {
    const QTimeZone shanghai("Asia/Shanghai");
    CHECK(utcText(CalendarTime::ofDate({2027, 6, 1}).toDateTime(shanghai)) == u"2027-05-31T16:00:00Z");
    CHECK(utcText(CalendarTime::floating({2027, 6, 1}, {9, 0}).toDateTime(shanghai)) == u"2027-06-01T01:00:00Z");
    CHECK(utcText(CalendarTime::utc(QDateTime({2027, 6, 1}, {9, 0}, shanghai)).toDateTime(shanghai)) ==
          u"2027-06-01T01:00:00Z");
}

TEST_CASE("calendar values read back from their text, and malformed text is refused", "[calendar][time]") {
    const CalendarTime values[] = {
        CalendarTime::ofDate({2028, 2, 29}),
        CalendarTime::zoned({2027, 3, 1}, {9, 0, 5}, "Europe/Berlin"),
        CalendarTime::utc(QDateTime({2027, 3, 1}, {8, 0}, QTimeZone::utc())),
        CalendarTime::floating({2027, 3, 1}, {23, 59, 59}),
    };
    for (const CalendarTime& value : values) {
        INFO(value.toText().toStdString());
        CHECK(CalendarTime::fromText(value.toText()) == value);
    }
    CHECK(CalendarTime::zoned({2027, 3, 1}, {9, 0}, "Europe/Berlin").toText() == u"2027-03-01T09:00:00[Europe/Berlin]");
    for (const QString& bad : {u"2027-02-29"_s, u"2027-03-01T25:00:00"_s, u"2027-03-01T09:00:00[No/Such_Zone]"_s,
                               u"2027-03-01 09:00:00"_s, u"2027-03-01T09:00:00+01:00"_s, u""_s}) {
        INFO(bad.toStdString());
        CHECK_FALSE(CalendarTime::fromText(bad).has_value());
    }
}

TEST_CASE("the fast instant of a calendar value is the one toDateTime gives, for every kind and across DST",
          "[calendar][time]") {
    const QTimeZone viewers[] = {QTimeZone("Asia/Shanghai"), QTimeZone("America/New_York"), QTimeZone::utc()};
    const QDate days[] = {{1999, 12, 31}, {2005, 5, 19}, {2027, 3, 28}, {2027, 10, 31}, {2027, 3, 14}, {2040, 7, 1}};
    const QTime times[] = {{0, 0}, {1, 30}, {2, 30}, {9, 15, 7}, {23, 59, 59}};
    for (const QTimeZone& viewer : viewers)
        for (const QDate& day : days)
            for (const QTime& time : times)
                for (const CalendarTime& value :
                     {CalendarTime::ofDate(day), CalendarTime::zoned(day, time, "Europe/Berlin"),
                      CalendarTime::zoned(day, time, "America/New_York"),
                      CalendarTime::utc(QDateTime(day, time, QTimeZone::utc())), CalendarTime::floating(day, time)}) {
                    INFO(value.toText().toStdString() << " seen from " << viewer.id().toStdString());
                    CHECK(value.toMSecsSinceEpoch(viewer) == value.toDateTime(viewer).toMSecsSinceEpoch());
                }
}

TEST_CASE("the fast wall clock of an instant is the date and time toTimeZone gives, around DST and beyond 2037",
          "[calendar][time]") {
    const QTimeZone zones[] = {QTimeZone("Europe/Berlin"), QTimeZone("America/New_York"), QTimeZone("Asia/Shanghai"),
                               QTimeZone("Australia/Lord_Howe"), QTimeZone::utc()};
    // Each side of Berlin's and New York's changes in 2027, one far past the zone file's explicit
    // changes, and instants before the epoch.
    const QDateTime instants[] = {QDateTime({2027, 3, 28}, {0, 59, 59}, QTimeZone::utc()),
                                  QDateTime({2027, 3, 28}, {1, 0}, QTimeZone::utc()),
                                  QDateTime({2027, 10, 31}, {0, 59, 59, 999}, QTimeZone::utc()),
                                  QDateTime({2027, 10, 31}, {1, 0}, QTimeZone::utc()),
                                  QDateTime({2027, 3, 14}, {7, 0}, QTimeZone::utc()),
                                  QDateTime({2027, 11, 7}, {5, 30}, QTimeZone::utc()),
                                  QDateTime({2061, 7, 1}, {12, 0}, QTimeZone::utc()),
                                  QDateTime({1969, 12, 31}, {23, 59, 59, 500}, QTimeZone::utc()),
                                  QDateTime({1950, 6, 1}, {8, 0}, QTimeZone::utc())};
    for (const QTimeZone& zone : zones)
        for (const QDateTime& instant : instants) {
            INFO(instant.toString(Qt::ISODateWithMs).toStdString() << " in " << zone.id().toStdString());
            const QDateTime expected = instant.toTimeZone(zone);
            const QDateTime fast = CalendarTime::wallClockAt(instant.toMSecsSinceEpoch(), zone);
            CHECK(fast.date() == expected.date());
            CHECK(fast.time() == expected.time());
            CHECK(fast.toMSecsSinceEpoch() == instant.toMSecsSinceEpoch());
        }
}
