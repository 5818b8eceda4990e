#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/IcsReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTimeZone>

#include <functional>
#include <map>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

using Check = std::function<void(const IcsReadResult&)>;

QString text(const std::optional<CalendarTime>& time) {
    return time ? time->toText() : u"(none)"_s;
}

QStringList texts(const QList<CalendarTime>& times) {
    QStringList all;
    for (const CalendarTime& time : times)
        all.append(time.toText());
    return all;
}

QString utc(const QDateTime& instant) {
    return instant.toUTC().toString(Qt::ISODate);
}

/// The only item with that summary (fails when there is none or several).
const CalendarItem& bySummary(const IcsReadResult& result, const QString& summary) {
    const CalendarItem* found = nullptr;
    int count = 0;
    for (const CalendarItem& item : result.items) {
        if (item.summary == summary) {
            found = &item;
            ++count;
        }
    }
    INFO("summary " << summary.toStdString());
    REQUIRE(count == 1);
    return *found;
}

int overrides(const IcsReadResult& result) {
    return static_cast<int>(std::count_if(result.items.begin(), result.items.end(),
                                          [](const CalendarItem& item) { return item.isOverride(); }));
}

int tasks(const IcsReadResult& result) {
    return static_cast<int>(std::count_if(result.items.begin(), result.items.end(), [](const CalendarItem& item) {
        return item.kind == CalendarItem::Kind::Task;
    }));
}

/// The ten RFC 2445 examples that KCalendarCore keeps in the custom zone US-Eastern.
Check rfc2445(const QString& uid, const QString& start, const QString& rule) {
    return [=](const IcsReadResult& r) {
        REQUIRE(r.items.size() == 1);
        const CalendarItem& item = r.items.front();
        CHECK(item.uid == uid);
        CHECK(text(item.start) == start);
        CHECK(item.rrules == QStringList{rule});
        // The VTIMEZONE's changes fall at other hours than New York's: said once, for the zone.
        REQUIRE(r.issues.size() == 1);
        CHECK(r.issues.front().message.contains(u"US-Eastern"_s));
        CHECK(r.issues.front().message.contains(u"America/New_York"_s));
        CHECK_FALSE(r.issues.front().skipped);
    };
}

void checkAppleICal(const IcsReadResult& r) {
    CHECK(r.items.size() == 27);
    CHECK(tasks(r) == 13);
    CHECK(r.calendarName == u"YES2"_s);
    CHECK(r.issues.isEmpty()); // the truncated VTIMEZONE names an IANA zone: read as Europe/Paris
    const CalendarItem& consulate = bySummary(r, u"consulat Neerlandais"_s);
    CHECK(text(consulate.start) == u"2003-10-29T09:00:00[Europe/Paris]");
    CHECK(text(consulate.end) == u"2003-10-29T10:30:00[Europe/Paris]"); // DURATION:PT1H30M
    const CalendarItem& cdrom = bySummary(r, u"Prepare CDROM"_s);
    CHECK(cdrom.kind == CalendarItem::Kind::Task);
    CHECK(cdrom.priority == 2);
    CHECK(cdrom.status == u"COMPLETED");
    REQUIRE(cdrom.completed);
    CHECK(utc(*cdrom.completed) == u"2004-03-23T23:00:00Z");
    CHECK(text(cdrom.end) == u"2004-02-20T00:00:00Z");
    CHECK(cdrom.description == u"Applicables standards\nfor software in YES2\nProcess\nGant\nMisc docs\nECSS");
    CHECK(bySummary(r, u"Lire FEMA §12 "_s).priority == 2);
    const CalendarItem& ellen = bySummary(r, u"Ellen"_s);
    REQUIRE(ellen.alarms.size() == 1); // ACTION:PROCEDURE becomes a reminder
    CHECK(ellen.alarms.front().minutesBefore == 2);
    CHECK(text(bySummary(r, u"Noordwijk"_s).end) == u"2004-01-05");
}

void checkKOrganizer(const IcsReadResult& r) {
    CHECK(r.items.size() == 13);
    CHECK(r.issues.isEmpty());
    const CalendarItem& full = bySummary(r, u"Full Information Event"_s);
    CHECK(full.location == u"This is a location");
    CHECK(full.isPrivate);
    CHECK(full.priority == 3);
    CHECK(full.categories == QStringList{u"Special Occasion"_s});
    CHECK(full.description == u"Reminder 13 minutes\nShow time as free\nCategory Special Occasion\nAccess Private\n"
                              u"Two attendees.\nAlert.wav sound alarm\n");
    REQUIRE(full.attendees.size() == 2);
    CHECK(full.attendees[0] == CalendarPerson{u"Another Name"_s, u"two@yyy.yy"_s, u"NON-PARTICIPANT"_s, u"ACCEPTED"_s});
    CHECK(full.attendees[1] == CalendarPerson{u"One Name"_s, u"one@xxx.xx"_s, u"REQ-PARTICIPANT"_s, u"NEEDS-ACTION"_s});
    REQUIRE(full.organizer);
    CHECK(full.organizer->email == u"nobody@nowhere"); // MAILTO: in capitals
    REQUIRE(full.alarms.size() == 1);
    CHECK(full.alarms.front().minutesBefore == 13);
    CHECK(bySummary(r, u"All Day"_s).categories == QStringList{u"Birthday"_s, u"Personal"_s});
    CHECK(text(bySummary(r, u"All Day 2"_s).start) == u"2003-12-09");
    CHECK(text(bySummary(r, u"All Day 2"_s).end) == u"2003-12-11");
    CHECK(bySummary(r, u"Birthday"_s).alarms == QList<CalendarAlarm>{{1440}});
    CHECK(bySummary(r, u"Recurring with exception"_s).rrules ==
          QStringList{u"FREQ=DAILY;UNTIL=20031210T000000;INTERVAL=1"_s});
    CHECK(texts(bySummary(r, u"Recurring with exception"_s).exdates) == QStringList{u"2003-12-09"_s});
}

void checkGoogleBirthday(const IcsReadResult& r) {
    CHECK(r.items.size() == 4);
    CHECK(overrides(r) == 3); // three overrides whose master is not in the file
    CHECK(r.calendarName == u"Contacts' birthdays and events");
    const CalendarItem& series = r.items.front();
    CHECK(texts(series.rdates) == QStringList{u"2013-12-10"_s, u"2012-12-10"_s}); // RDATE:20131210Z
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].line == 12);
    CHECK(r.issues[0].message.contains(u"RDATE"_s));
    CHECK(r.issues[0].uid == u"2014_BIRTHDAY_79d389868f96182e@google.com");
    REQUIRE(series.attendees.size() == 1);
    CHECK(series.attendees.front() ==
          CalendarPerson{u"Contacts"_s, u"4dhmurjkc5hn8sq0ctp6utbg5pr2sor1dhimsp31e8n6errfctm6abj3dtmg@virtual"_s,
                         u"REQ-PARTICIPANT"_s, u"ACCEPTED"_s});
    CHECK(text(r.items[1].recurrenceId) == u"2012-12-10");
    CHECK(r.items[1].description == u"Today is PErson #2's birthday!");
}

void checkRecurInstances(const IcsReadResult& r) {
    REQUIRE(r.items.size() == 3);
    const CalendarItem& master = r.items.front();
    CHECK(texts(master.rdates) == QStringList{u"2023-11-23T09:00:00Z"_s, u"2023-11-25T09:00:00Z"_s,
                                              u"2012-11-05T10:00:00[America/Los_Angeles]"_s,
                                              u"2012-11-10T10:00:00[America/Los_Angeles]"_s,
                                              u"2012-11-30T10:00:00[America/Los_Angeles]"_s});
    CHECK(master.exdates.size() == 3);
    CHECK(master.attendees.size() == 3);
    CHECK(master.attendees.front().name == u"Sahaja Lal"); // a fold right after the blank
    CHECK(text(r.items[1].recurrenceId) == u"2012-10-02T10:00:00[America/Los_Angeles]");
    CHECK(text(r.items[2].recurrenceId) == u"2012-11-05T18:00:00Z");
    CHECK(r.items[1].description == u"I HAZ CHANGED!");
    // The PERIOD RDATE is the one issue; X-UNKNOWN and the empty VTIMEZONE are ignored silently.
    REQUIRE(r.issues.size() == 1);
    CHECK(r.issues.front().message.contains(u"RDATE"_s));
}

void checkMsTimezones(const IcsReadResult& r) {
    REQUIRE(r.items.size() == 4);
    CHECK(r.issues.isEmpty());
    CHECK(text(r.items[0].start) == u"2020-09-10T09:00:00[Europe/Berlin]"); // W. Europe Standard Time
    // DTSTART;TZID="W. Europe Standard Time:20200609T090000": the value inside the quotes.
    CHECK(text(r.items[1].start) == u"2020-06-09T09:00:00[Europe/Berlin]");
    CHECK(r.items[1].summary == u"Log Yesterday's Jira time");
    CHECK(r.items[1].rrules ==
          QStringList{u"FREQ=WEEKLY;UNTIL=20210309T080000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA;WKST=MO"_s});
    CHECK(text(r.items[2].start) == u"2020-09-15T08:30:00[America/Los_Angeles]"); // Pacific Standard Time
    CHECK(r.items[3].exdates.size() == 6);
    CHECK(text(r.items[3].exdates[2]) == u"2020-07-28T12:00:00[America/Los_Angeles]");
    CHECK_FALSE(r.items[3].busy);
    CHECK(r.items[3].sequence == 3);
}

void checkTripIt(const IcsReadResult& r) {
    CHECK(r.items.size() == 47);
    CHECK(r.issues.isEmpty());
    const CalendarItem& trip = r.items.front();
    CHECK(trip.summary == u"South San Francisco, CA, October 2011;");
    CHECK(trip.location == u"South San Francisco, CA");
    CHECK(text(trip.start) == u"2011-10-11");
    CHECK(text(trip.end) == u"2011-10-14");
    CHECK_FALSE(trip.busy);
    CHECK(trip.description == u"John Doe is in South San Francisco, CA from Oct 11 to Oct 13, 2011\nView and/or edit "
                              u"details in TripIt : http://www.tripit.com/trip/show/id/23710889\nTripIt - organize "
                              u"your travel at http://www.tripit.com\n");
    const CalendarItem& directions = r.items[1];
    CHECK(directions.summary == u"Directions from SFO to Embassy Suites San Francisco Airport - South San Francisco");
    CHECK(text(directions.start) == u"2011-10-11T10:05:00"); // floating
    CHECK(directions.location == u"250 GATEWAY BLVD, South San Francisco, CA, 94080");
}

void checkDaylightSavingTime(const IcsReadResult& r) {
    CHECK(r.items.size() == 64);
    CHECK(overrides(r) == 6);
    CHECK(r.issues.isEmpty());
    CHECK(r.calendarName == u"machBar - Öffentlich");
    const CalendarItem& bio = bySummary(r, u"\"Bioökonomie-Tag\""_s);
    CHECK(text(bio.start) == u"2019-02-28T19:00:00Z");
    CHECK(bio.description == u"Kennenlernen der machBar facilities zum Thema Bioökonomie");
    const CalendarItem& hackademy = r.items[1];
    CHECK(text(hackademy.start) == u"2019-03-04T14:00:00[Europe/Berlin]");
    CHECK(hackademy.rrules == QStringList{u"FREQ=WEEKLY;WKST=SU;COUNT=6;BYDAY=MO,TU,WE"_s});
}

void checkRecurringEventsMoved(const IcsReadResult& r) {
    CHECK(r.items.size() == 5);
    CHECK(overrides(r) == 3);
    const CalendarItem& edited = bySummary(r, u"test7 - edited"_s);
    CHECK(edited.location == u"location");
    CHECK(text(edited.recurrenceId) == u"2019-03-19T04:00:00[Europe/Berlin]");
    CHECK(text(r.items[3].start) == u"2019-03-08T01:00:00[Europe/Berlin]");
    CHECK(text(r.items[3].end) == u"2019-03-08T02:00:00[Europe/Berlin]"); // DTEND wins over DURATION:PT0S
    REQUIRE(r.issues.size() == 2);
    CHECK(r.issues[0].line == 75);
    CHECK(r.issues[0].message.contains(u"DURATION"_s));
}

void checkRangeParameter(const IcsReadResult& r) {
    REQUIRE(r.items.size() == 4);
    CHECK(r.items[0].rrules == QStringList{u"FREQ=DAILY;INTERVAL=2;UNTIL=20250920"_s});
    CHECK(texts(r.items[0].rdates) == QStringList{u"2024-09-14T09:00:00Z"_s});
    CHECK(r.items[1].thisAndFuture);
    CHECK(text(r.items[1].recurrenceId) == u"2024-09-13T12:00:00Z");
    CHECK(text(r.items[1].end) == u"2024-09-13T16:00:00Z");
    CHECK_FALSE(r.items[2].thisAndFuture);
    CHECK(r.items[3].thisAndFuture);
    CHECK(r.items[1].description == u" move -3h, make 7 hours long");
}

const std::map<QString, Check>& checks() {
    static const std::map<QString, Check> all = {
        {u"icalendar/america_new_york.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             // custom_America/New_York: its VTIMEZONE's whole history agrees with the zone it names.
             CHECK(text(r.items.front().start) == u"2014-08-29T08:00:00[America/New_York]");
             CHECK(r.issues.isEmpty());
         }},
        {u"icalendar/issue_165_missing_event.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             const CalendarItem& item = r.items.front();
             // GMT +0100 (Standard) / GMT +0200 (Daylight): the EU rules, the CLDR zone first.
             CHECK(text(item.start) == u"2015-07-03T10:00:00[Europe/Berlin]");
             CHECK(item.rrules ==
                   QStringList{u"FREQ=DAILY;UNTIL=20150722T080000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=SU"_s});
             CHECK(item.uid.startsWith(u"fieldbook-import-"_s));
             REQUIRE(r.issues.size() == 1);
             CHECK(r.issues.front().message.contains(u"UID"_s));
             CHECK(r.issues.front().summary == u"Sprint 25 Daily Standup");
         }},
        {u"icalendar/issue_53_description_parsed_properly.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1); // a bare VEVENT without VCALENDAR
             const CalendarItem& item = r.items.front();
             CHECK(item.description.startsWith(u"DevOpsDC\nThursday, July 12 at 6:30 PM\n\nThis will be a joint "
                                               u"meetup / hack night with the DC jQuery Users Group."_s));
             // The producer folded after "Washington " and unfolding takes the one blank away (RFC 5545, 3.1).
             CHECK(item.location == u"Fathom Creative, Inc. (1333 14th Street Northwest, WashingtonD.C., DC 20005)"_s);
             CHECK(text(item.start) == u"2012-07-12T18:30:00[America/New_York]");
             CHECK(utc(item.lastModified) == u"2012-05-22T17:44:06Z");
         }},
        {u"icaljs/google_birthday.ics"_s, checkGoogleBirthday},
        {u"icaljs/multiple_rrules.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             const CalendarItem& item = r.items.front();
             CHECK(item.rrules == QStringList{u"FREQ=WEEKLY;UNTIL=20120730T065959Z"_s,
                                              u"FREQ=MONTHLY;BYDAY=SU;UNTIL=20120730T065959Z"_s});
             CHECK(item.alarms == QList<CalendarAlarm>{{5}});
             CHECK(item.organizer == CalendarPerson{u"Faramarz Rashed"_s, u"frashed@mozilla.com"_s, {}, {}});
             CHECK(item.summary == u"sahaja <> frashed");
             CHECK(item.sequence == 9);
         }},
        {u"icaljs/recur_instances.ics"_s, checkRecurInstances},
        {u"kcalendarcore/AppleICal_1.5.ics"_s, checkAppleICal},
        {u"kcalendarcore/KOrganizer_3.1.ics"_s, checkKOrganizer},
        {u"kcalendarcore/PayDay.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             CHECK(r.calendarName == u"PayDay");
             CHECK(text(r.items.front().start) == u"2004-02-27");
             CHECK(r.items.front().rrules == QStringList{u"FREQ=MONTHLY;BYDAY=-1MO,-1TU,-1WE,-1TH,-1FR;BYSETPOS=-1"_s});
         }},
        {u"kcalendarcore/RFC2445_RRULETest12.ics"_s,
         rfc2445(u"RExample10"_s, u"1997-09-02T09:00:00[America/New_York]"_s,
                 u"FREQ=WEEKLY;UNTIL=19971224T000000Z;INTERVAL=2;BYDAY=MO,WE,FR;WKST=SU"_s)},
        {u"kcalendarcore/RFC2445_RRULETest14.ics"_s,
         rfc2445(u"RExample12"_s, u"1997-09-05T09:00:00[America/New_York]"_s, u"FREQ=MONTHLY;COUNT=10;BYDAY=1FR"_s)},
        {u"kcalendarcore/RFC2445_RRULETest16.ics"_s,
         rfc2445(u"RExample14"_s, u"1997-09-07T09:00:00[America/New_York]"_s,
                 u"FREQ=MONTHLY;COUNT=10;INTERVAL=2;BYDAY=1SU,-1SU"_s)},
        {u"kcalendarcore/RFC2445_RRULETest20.ics"_s,
         rfc2445(u"RExample18"_s, u"1997-09-30T09:00:00[America/New_York]"_s,
                 u"FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1"_s)},
        {u"kcalendarcore/RFC2445_RRULETest24.ics"_s,
         rfc2445(u"RExample22"_s, u"1997-03-10T09:00:00[America/New_York]"_s,
                 u"FREQ=YEARLY;COUNT=10;INTERVAL=2;BYMONTH=1,2,3"_s)},
        {u"kcalendarcore/RFC2445_RRULETest30.ics"_s,
         rfc2445(u"RExample28"_s, u"1997-09-02T09:00:00[America/New_York]"_s,
                 u"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"_s)},
        {u"kcalendarcore/RFC2445_RRULETest32.ics"_s,
         rfc2445(u"RExample30"_s, u"1996-11-05T09:00:00[America/New_York]"_s,
                 u"FREQ=YEARLY;INTERVAL=4;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8;BYMONTH=11"_s)},
        {u"kcalendarcore/RFC2445_RRULETest33.ics"_s,
         rfc2445(u"RExample31"_s, u"1997-09-04T09:00:00[America/New_York]"_s,
                 u"FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3"_s)},
        {u"kcalendarcore/RFC2445_RRULETest34.ics"_s,
         rfc2445(u"RExample32"_s, u"1997-09-29T09:00:00[America/New_York]"_s,
                 u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2"_s)},
        {u"kcalendarcore/exdate.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             CHECK(text(r.items.front().start) == u"2005-05-17T08:45:00Z");
             CHECK(texts(r.items.front().exdates) == QStringList{u"2005-05-31"_s, u"2006-05-16"_s});
             CHECK(r.items.front().priority == 5);
         }},
        {u"kcalendarcore/rdate.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             const CalendarItem& item = r.items.front();
             CHECK(text(item.end) == u"2005-05-13"); // DURATION:PT5H on a date: rounded up to a day
             CHECK(texts(item.rdates) == QStringList{u"2005-05-14T01:58:00Z"_s, u"2005-05-14T02:22:14Z"_s,
                                                     u"2005-05-16T02:22:14Z"_s, u"2005-05-16T01:58:00Z"_s,
                                                     u"2005-05-17"_s});
             REQUIRE(r.issues.size() == 1);
             CHECK(r.issues.front().message.contains(u"PT5H"_s));
         }},
        {u"kcalendarcore/test_recurrenceid.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             CHECK(text(r.items[1].recurrenceId) == u"2005-05-19T08:45:00Z");
             CHECK_FALSE(r.items[1].thisAndFuture);
             CHECK(r.items[1].summary == u"summaryException");
         }},
        {u"kcalendarcore/test_recurrenceid_thisandfuture.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1); // without its series
             CHECK(r.items.front().thisAndFuture);
             CHECK(text(r.items.front().recurrenceId) == u"2005-05-19T08:45:00Z");
         }},
        {u"node-ical/biweekly-exdate-until.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             // US/Central is a link the zone list does not hold: read as the zone it stands for.
             CHECK(text(r.items[0].start) == u"2017-02-16T09:00:00[America/Chicago]");
             CHECK(texts(r.items[0].exdates) ==
                   QStringList{u"2017-07-06T09:00:00[America/Chicago]"_s, u"2017-07-17T09:00:00[America/Chicago]"_s,
                               u"2017-07-20T09:00:00[America/Chicago]"_s, u"2017-08-03T09:00:00[America/Chicago]"_s});
             CHECK(texts(r.items[1].exdates) ==
                   QStringList{u"2017-12-19T06:00:00"_s, u"2017-12-18T06:00:00"_s, u"2020-01-16"_s});
             CHECK(r.calendarName == u"ical");
         }},
        {u"node-ical/exchange-custom-tz.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             // (UTC+07:00) Bangkok, Hanoi, Jakarta: +07:00 without changes, Bangkok named first.
             CHECK(text(r.items.front().start) == u"2019-04-30T09:00:00[Asia/Bangkok]");
             CHECK(text(r.items.front().end) == u"2019-04-30T12:00:00[Asia/Bangkok]");
             CHECK(r.items.front().description == u"\n");
             CHECK(r.issues.isEmpty());
         }},
        {u"node-ical/exchange_whole_day_moved_recurrence.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             // RECURRENCE-ID;TZID=W. Europe Standard Time:20260226T000000 on an all-day series.
             CHECK(text(r.items[1].recurrenceId) == u"2026-02-26");
             CHECK(text(r.items[1].start) == u"2026-02-27");
             CHECK_FALSE(r.items[0].busy);
             CHECK(r.calendarName == u"Kalender");
         }},
        {u"node-ical/ms_timezones.ics"_s, checkMsTimezones},
        {u"node-ical/tentative-apple-calendar.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 4);
             QStringList statuses;
             for (const CalendarItem& item : r.items)
                 statuses.append(item.status);
             CHECK(statuses == QStringList{u"TENTATIVE"_s, u"CONFIRMED"_s, u"CANCELLED"_s, QString()});
             REQUIRE(r.items[2].attendees.size() == 1);
             CHECK(r.items[2].attendees.front() == CalendarPerson{u"cancelled@example.com"_s,
                                                                  u"cancelled@example.com"_s, u"REQ-PARTICIPANT"_s,
                                                                  u"CANCELLED"_s});
             CHECK(text(r.items[1].start) == u"2022-07-05T09:00:00[America/Vancouver]");
         }},
        {u"node-ical/tripit-location-escaping.ics"_s, checkTripIt},
        {u"node-ical/whole_day_moved_over_dst_change_berlin.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             CHECK(text(r.items[1].recurrenceId) == u"2024-10-28");
             CHECK(text(r.items[1].start) == u"2024-10-30");
             CHECK(text(r.items[1].end) == u"2024-10-31");
         }},
        {u"recurring-ical-events/alarm_of_repeated_event.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             CHECK(text(r.items.front().start) == u"2024-10-01T10:00:00[Europe/London]");
             CHECK(r.items.front().alarms == QList<CalendarAlarm>{{1440}});
             CHECK(r.items.front().description == u"first alarm snoozed of repeated event");
         }},
        {u"recurring-ical-events/daylight_saving_time.ics"_s, checkDaylightSavingTime},
        {u"recurring-ical-events/issue_113_period_in_rdate.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             CHECK(texts(r.items.front().rdates) == QStringList{u"2023-12-13T12:00:00[America/Vancouver]"_s});
             CHECK(texts(r.items.front().exdates) == QStringList{u"2023-12-20T12:00:00[America/Vancouver]"_s});
             CHECK(r.items.front().rrules ==
                   QStringList{u"FREQ=MONTHLY;COUNT=9;INTERVAL=1;BYDAY=+3WE;BYMONTH=1,2,3,4,5,9,10,11,12;WKST=MO"_s});
             REQUIRE(r.issues.size() == 1);
             CHECK(r.issues.front().line == 27);
         }},
        {u"recurring-ical-events/issue_27_t1.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 1);
             CHECK(text(r.items.front().start) == u"2020-04-26T14:00:00[Europe/Berlin]"); // value on the fold
             CHECK(texts(r.items.front().exdates) == QStringList{u"2020-04-27T12:00:00Z"_s});
             CHECK(r.items.front().sequence == 7);
         }},
        {u"recurring-ical-events/issue_28_rrule_with_UTC_endinginZ.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 5);
             CHECK(overrides(r) == 3);
             CHECK(text(r.items[2].recurrenceId) == u"2020-04-16"); // a midnight in GMT Standard Time
             CHECK(r.items[0].summary == u"Refuse black bin");
             CHECK(r.items[0].rrules ==
                   QStringList{u"FREQ=WEEKLY;UNTIL=20200916T230000Z;INTERVAL=2;BYDAY=TH;WKST=MO"_s});
         }},
        {u"recurring-ical-events/issue_48_dst.ics"_s,
         [](const IcsReadResult& r) {
             CHECK(r.items.size() == 13);
             CHECK(r.calendarName == u"School");
             CHECK(text(r.items.front().start) == u"2020-11-16T08:15:00[America/Chicago]");
             CHECK(r.items.front().exdates.size() == 2);
             CHECK(r.issues.isEmpty());
         }},
        {u"recurring-ical-events/issue_62_moved_event.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             CHECK(text(r.items[0].recurrenceId) == u"2021-12-31T21:30:00[Europe/Berlin]");
             CHECK(text(r.items[0].end) == text(r.items[0].start)); // no DTEND: no length (RFC 5545, 3.6.1)
             CHECK(r.items[1].rrules == QStringList{u"FREQ=MONTHLY;BYDAY=-1FR"_s});
         }},
        {u"recurring-ical-events/issue_75_range_parameter.ics"_s, checkRangeParameter},
        {u"recurring-ical-events/rdate.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 3);
             CHECK(r.issues.size() == 3); // no UIDs: each is given one made from its content
             CHECK(r.items[0].uid != r.items[1].uid);
             CHECK(texts(r.items[1].rdates) == QStringList{u"2015-07-05T19:00:00Z"_s});
             CHECK(texts(r.items[1].exdates) == QStringList{u"2015-07-05T19:00:00Z"_s});
         }},
        {u"recurring-ical-events/recurrence_sequence_number.ics"_s,
         [](const IcsReadResult& r) {
             REQUIRE(r.items.size() == 2);
             CHECK(r.items[0].location == u"Changed again");
             CHECK(r.items[1].sequence == 3);
             CHECK(text(r.items[1].recurrenceId) == u"2020-09-22");
         }},
        {u"recurring-ical-events/recurring_events_moved.ics"_s, checkRecurringEventsMoved},
    };
    return all;
}

} // namespace

TEST_CASE("the corpus holds the forty files the calendar must read", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    QStringList expected;
    for (const auto& [name, check] : checks())
        expected.append(name);
    CHECK(expected.size() == 40);
    CHECK(Test::calendarCorpusFiles() == expected);
}

TEST_CASE("every file of the corpus reads, with the values its producer wrote", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    const QStringList files = Test::calendarCorpusFiles();
    REQUIRE(files.size() == 40);
    for (const QString& name : files) {
        DYNAMIC_SECTION(name.toStdString()) {
            QFile file(Test::calendarCorpusFile(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const Result<IcsReadResult> result = readIcs(file.readAll(), name);
            REQUIRE(result.has_value());
            for (const IcsIssue& issue : result->issues)
                UNSCOPED_INFO("issue: " << issue.message.toStdString());
            const auto check = checks().find(name);
            REQUIRE(check != checks().end());
            check->second(*result);
        }
    }
}

TEST_CASE("reading a file twice gives the same items and zones", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    for (const QString& name : {u"kcalendarcore/RFC2445_RRULETest12.ics"_s, u"node-ical/exchange-custom-tz.ics"_s,
                                u"icalendar/issue_165_missing_event.ics"_s}) {
        QFile file(Test::calendarCorpusFile(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Result<IcsReadResult> first = readIcs(bytes, name);
        const Result<IcsReadResult> second = readIcs(bytes, name);
        REQUIRE(first.has_value());
        REQUIRE(second.has_value());
        CHECK(first->items == second->items);
        CHECK(first->issues == second->issues);
    }
}
