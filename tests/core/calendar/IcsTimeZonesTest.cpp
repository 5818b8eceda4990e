#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/IcsComponent.h"
#include "calendar/IcsContentLine.h"
#include "calendar/IcsReader.h"
#include "calendar/IcsTimeZoneRules.h"
#include "calendar/IcsTimeZoneWriter.h"
#include "calendar/IcsTimeZones.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QString resolved(const char* tzid) {
    const std::optional<IcsZone> zone = IcsTimeZones::resolveByName(QString::fromUtf8(tzid));
    if (!zone)
        return u"unknown"_s;
    if (zone->kind == IcsZone::Kind::Utc)
        return u"UTC"_s;
    return QString::fromLatin1(zone->ianaId);
}

/// A calendar with one VTIMEZONE and one event per start, all in that TZID.
QByteArray calendarWith(const QByteArray& tzid, const QByteArray& observances, const QList<QByteArray>& starts) {
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n";
    if (!observances.isEmpty())
        ics += "BEGIN:VTIMEZONE\r\nTZID:" + tzid + "\r\n" + observances + "END:VTIMEZONE\r\n";
    int n = 0;
    for (const QByteArray& start : starts)
        ics += "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(++n) + "\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;TZID=\"" +
               tzid + "\":" + start + "\r\nSUMMARY:meeting\r\nEND:VEVENT\r\n";
    return ics + "END:VCALENDAR\r\n";
}

IcsReadResult read(const QByteArray& ics) {
    Result<IcsReadResult> result = readIcs(ics, u"zones.ics"_s);
    REQUIRE(result.has_value());
    return *result;
}

IcsTimeZoneRules rulesOf(const QByteArray& vtimezone) {
    const QList<IcsComponent> top = IcsComponent::build(IcsContentLines::parse(vtimezone).lines);
    REQUIRE(top.size() == 1);
    return IcsTimeZoneRules::fromComponent(top.front());
}

qint64 utcSeconds(QDate date, QTime time = QTime(12, 0)) {
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

const QByteArray kEuropeanRules =
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n";

} // namespace

TEST_CASE("TZIDs that name a zone resolve without their VTIMEZONE", "[calendar][ics]") {
    CHECK(resolved("Europe/Berlin") == u"Europe/Berlin");
    CHECK(resolved(" \"Europe/Paris\" ") == u"Europe/Paris");
    CHECK(resolved("/mozilla.org/20050126_1/Europe/Berlin") == u"Europe/Berlin");
    CHECK(resolved("/freeassociation.sourceforge.net/Tzfile/Europe/London") == u"Europe/London");
    CHECK(resolved("/softwarestudio.org/Olson_20011030_5/America/New_York") == u"America/New_York");
    CHECK(resolved("W. Europe Standard Time") == u"Europe/Berlin");
    CHECK(resolved("Pacific Standard Time") == u"America/Los_Angeles");
    CHECK(resolved("Jordan Standard Time") == u"Asia/Amman");
    CHECK(resolved("SE Asia Standard Time") == u"Asia/Bangkok");
    CHECK(resolved("US/Eastern") == u"America/New_York"); // a link: the zone it stands for
    for (const char* utc : {"UTC", "GMT", "Etc/UTC", "Z", "/mozilla.org/x/UTC", "Coordinated Universal Time"})
        CHECK(resolved(utc) == u"UTC");
    // Qt would take these for POSIX TZ strings or not know them: they need their VTIMEZONE.
    for (const char* other : {"Foo", "US-Eastern", "custom_America/New_York", "Europe/Atlantis", ""})
        CHECK(resolved(other) == u"unknown");
}

TEST_CASE("a VTIMEZONE is matched to the IANA zone that agrees with it where the file uses it", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    SECTION("a custom name for European rules is the CLDR zone of those rules") {
        const IcsReadResult r = read(calendarWith("My Office", kEuropeanRules, {"20240115T090000", "20240715T090000"}));
        REQUIRE(r.items.size() == 2);
        CHECK(r.items[0].start->toText() == u"2024-01-15T09:00:00[Europe/Berlin]");
        CHECK(r.items[1].start->toText() == u"2024-07-15T09:00:00[Europe/Berlin]");
        CHECK(r.issues.isEmpty());
    }
    SECTION("a city in the name is preferred among zones that agree") {
        const IcsReadResult r =
            read(calendarWith("Amsterdam, Berlin, Bern, Rome", kEuropeanRules, {"20240115T090000"}));
        CHECK(r.items[0].start->toText() == u"2024-01-15T09:00:00[Europe/Amsterdam]");
    }
    SECTION("a name with a zone's city that disagrees is not taken") {
        const IcsReadResult r = read(calendarWith("Moscow time (really European rules)", kEuropeanRules,
                                                  {"20240115T090000", "20240715T090000"}));
        CHECK(r.items[0].start->zone == "Europe/Berlin");
    }
    SECTION("London's RDATE history in a renamed VTIMEZONE is London") {
        QFile file(Test::calendarCorpusFile(u"recurring-ical-events/alarm_of_repeated_event.ics"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll().replace("Europe/London", "Custom London");
        const IcsReadResult r = read(ics);
        REQUIRE(r.items.size() == 1);
        CHECK(r.items[0].start->toText() == u"2024-10-01T10:00:00[Europe/London]");
        CHECK(r.issues.isEmpty());
    }
}

TEST_CASE("a VTIMEZONE no IANA zone matches becomes a fixed offset, reported once", "[calendar][ics]") {
    // +07:00 with daylight saving time from March to October in 2020: no zone did that.
    const QByteArray rules = "BEGIN:STANDARD\r\nDTSTART:19700101T030000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0700\r\n"
                             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                             "BEGIN:DAYLIGHT\r\nDTSTART:19700101T020000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0800\r\n"
                             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n";
    const IcsReadResult r = read(calendarWith("Invented Time", rules, {"20200115T090000", "20200715T090000"}));
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].start->toText() == u"2020-01-15T09:00:00[Etc/GMT-7]");
    CHECK(r.items[1].start->zone == "Etc/GMT-7");
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.front().line == 22); // the first DTSTART in that zone
    CHECK(r.issues.front().uid == u"e1");
    CHECK(r.issues.front().message.contains(u"Invented Time"_s));
    CHECK(r.issues.front().message.contains(u"UTC+07:00"_s));
    CHECK_FALSE(r.issues.front().skipped);

    const QByteArray odd = "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0317\r\nTZOFFSETTO:-0317\r\n"
                           "END:STANDARD\r\n";
    const IcsReadResult oddResult = read(calendarWith("Odd", odd, {"20200115T090000"}));
    CHECK(oddResult.items[0].start->toText() == u"2020-01-15T09:00:00[UTC-03:17]");
    CHECK(oddResult.items[0].start->isValid());
    CHECK(IcsTimeZones::fixedOffsetZone(-5 * 3600) == "Etc/GMT+5");
    CHECK(IcsTimeZones::fixedOffsetZone(14 * 3600) == "Etc/GMT-14");
}

TEST_CASE("a truncated VTIMEZONE is read by its name or as its standard offset", "[calendar][ics]") {
    // Apple iCal 1.5 writes observances with TZOFFSETTO only.
    const QByteArray truncated = "BEGIN:STANDARD\r\nTZOFFSETTO:0100\r\nEND:STANDARD\r\n"
                                 "BEGIN:DAYLIGHT\r\nTZOFFSETTO:0200\r\nEND:DAYLIGHT\r\n";
    const IcsReadResult named = read(calendarWith("Paris, Madrid", truncated, {"20040315T183000"}));
    CHECK(named.items[0].start->zone == "Europe/Paris");
    REQUIRE(named.issues.size() == 1);
    CHECK(named.issues.front().message.contains(u"Europe/Paris"_s));
    const IcsReadResult unnamed = read(calendarWith("Local Time", truncated, {"20040315T183000"}));
    CHECK(unnamed.items[0].start->zone == "Etc/GMT-1");
    CHECK(unnamed.issues.size() == 1);
}

TEST_CASE("an unknown TZID without a VTIMEZONE is read as floating time, with an issue", "[calendar][ics]") {
    const IcsReadResult r = read(calendarWith("Somewhere/Unknown", {}, {"20240115T090000", "20240116T090000"}));
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[0].start->toText() == u"2024-01-15T09:00:00");
    CHECK(r.items[0].start->kind == CalendarTime::Kind::Floating);
    REQUIRE(r.issues.size() == 1); // once for the TZID, not once per use
    CHECK(r.issues.front().message.contains(u"Somewhere/Unknown"_s));
}

TEST_CASE("VTIMEZONE rules give the offsets of their RRULEs, RDATEs and UNTILs", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    QFile file(Test::calendarCorpusFile(u"icalendar/america_new_york.ics"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    const IcsTimeZoneRules rules = rulesOf(
        ics.mid(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE") - ics.indexOf("BEGIN:VTIMEZONE") + 13));
    CHECK(rules.tzid() == u"custom_America/New_York");
    const QTimeZone newYork("America/New_York");
    for (int year = 1968; year <= 2030; ++year) {
        for (int month = 1; month <= 12; ++month) {
            const qint64 at = utcSeconds(QDate(year, month, 10));
            INFO(year << "-" << month);
            CHECK(rules.offsetAt(at) == newYork.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc())));
        }
    }
    // 1974's RDATE-less DTSTART in January (the energy crisis) and the 2007 change of rules.
    CHECK(rules.offsetAt(utcSeconds(QDate(1974, 1, 6), QTime(6, 59))) == -5 * 3600);
    CHECK(rules.offsetAt(utcSeconds(QDate(1974, 1, 6), QTime(7, 0))) == -4 * 3600);
    CHECK(rules.offsetAt(utcSeconds(QDate(2007, 3, 11), QTime(7, 0))) == -4 * 3600);
    // A wall clock in the gap moves forward, one in the fold is the earlier instant.
    const auto local = [](QDate date, QTime time) {
        return utcSeconds(date, time);
    };
    CHECK(rules.toUtc(local(QDate(2024, 3, 10), QTime(2, 30))) == utcSeconds(QDate(2024, 3, 10), QTime(7, 30)));
    CHECK(rules.toUtc(local(QDate(2024, 11, 3), QTime(1, 30))) == utcSeconds(QDate(2024, 11, 3), QTime(5, 30)));
}

TEST_CASE("the VTIMEZONE written for a zone gives Qt's offsets for decades", "[calendar][ics]") {
    struct Case {
        const char* zone;
        int firstYear;
        int lastYear;
    };
    const Case cases[] = {
        {"Europe/Berlin", 2025, 2027},    {"America/New_York", 2005, 2008},  {"Australia/Sydney", 2020, 2021},
        {"Asia/Shanghai", 2024, 2024},    {"Asia/Bangkok", 2019, 2019},      {"Etc/GMT-7", 2020, 2020},
        {"Europe/Moscow", 2009, 2016},    {"America/Sao_Paulo", 2017, 2020}, {"Africa/Casablanca", 2019, 2021},
        {"Pacific/Chatham", 2024, 2024},  {"Asia/Kolkata", 2024, 2024},      {"Europe/Dublin", 2024, 2025},
        {"America/Santiago", 2022, 2024}, {"Pacific/Apia", 2010, 2012},      {"Asia/Tehran", 2021, 2023},
    };
    for (const Case& c : cases) {
        INFO(c.zone);
        const QStringList lines = IcsTimeZoneWriter::write(c.zone, c.firstYear, c.lastYear);
        CHECK(lines.front() == u"BEGIN:VTIMEZONE");
        CHECK(lines.at(1) == u"TZID:"_s + QString::fromLatin1(c.zone));
        const IcsTimeZoneRules rules = rulesOf((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
        const QTimeZone zone(c.zone);
        int disagreements = 0;
        for (QDate day(c.firstYear, 1, 1); day.year() <= c.lastYear + 20; day = day.addDays(1)) {
            for (const int hour : {0, 12}) {
                const qint64 at = utcSeconds(day, QTime(hour, 0));
                disagreements +=
                    rules.offsetAt(at) != zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()));
            }
        }
        const QDateTime from(QDate(c.firstYear, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(QDate(c.lastYear + 21, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (const QTimeZone::OffsetData& change : IcsTimeZoneWriter::transitions(zone, from, to)) {
            for (const int side : {-1, 0}) {
                const QDateTime at = change.atUtc.addSecs(side);
                disagreements += rules.offsetAt(at.toSecsSinceEpoch()) != zone.offsetFromUtc(at);
            }
        }
        CHECK(disagreements == 0);
    }
}

TEST_CASE("a zone with a yearly rule is written as two RRULE observances", "[calendar][ics]") {
    const QStringList lines = IcsTimeZoneWriter::write("Europe/Berlin", 2026, 2026);
    CHECK(lines == QStringList{u"BEGIN:VTIMEZONE"_s, u"TZID:Europe/Berlin"_s, u"X-LIC-LOCATION:Europe/Berlin"_s,
                               u"BEGIN:DAYLIGHT"_s, u"TZOFFSETFROM:+0100"_s, u"TZOFFSETTO:+0200"_s, u"TZNAME:CEST"_s,
                               u"DTSTART:20250330T020000"_s, u"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"_s,
                               u"END:DAYLIGHT"_s, u"BEGIN:STANDARD"_s, u"TZOFFSETFROM:+0200"_s, u"TZOFFSETTO:+0100"_s,
                               u"TZNAME:CET"_s, u"DTSTART:20251026T030000"_s,
                               u"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"_s, u"END:STANDARD"_s, u"END:VTIMEZONE"_s});
    // Chile changes on the Sunday on or after the 2nd: the RRULE libical writes for that.
    const QStringList santiago = IcsTimeZoneWriter::write("America/Santiago", 2026, 2026);
    CHECK(santiago.contains(u"RRULE:FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU"_s));
    CHECK(santiago.contains(u"RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU"_s));
    const QStringList bangkok = IcsTimeZoneWriter::write("Asia/Bangkok", 2026, 2026);
    CHECK(bangkok.count(u"BEGIN:STANDARD"_s) == 1);
    CHECK(bangkok.contains(u"TZOFFSETTO:+0700"_s));
    CHECK_FALSE(bangkok.join(u'\n').contains(u"DAYLIGHT"_s));
}
