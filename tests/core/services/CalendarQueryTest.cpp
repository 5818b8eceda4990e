#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CalendarQuery.h"
#include "store/records/EventRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

CalendarTime berlin(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), "Europe/Berlin");
}

QDateTime utc(QDate date, int hour = 0) {
    return QDateTime(date, QTime(hour, 0), QTimeZone::utc());
}

QStringList shown(const QList<Occurrence>& occurrences, const QTimeZone& zone) {
    QStringList lines;
    for (const Occurrence& o : occurrences)
        lines.append(o.start.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) + u' ' + o.event->title +
                     (o.event->status == EventStatus::Cancelled ? u" (cancelled)"_s : QString()));
    return lines;
}

} // namespace

TEST_CASE("a weekly series shows at 09:00 Berlin across the DST change, with its changed and cancelled occurrences",
          "[calendar][query]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent weekly;
    weekly.title = u"Team meeting"_s;
    weekly.start = berlin({2027, 3, 15}, 9);
    weekly.end = berlin({2027, 3, 15}, 10);
    weekly.rrules = {u"FREQ=WEEKLY;BYDAY=MO"_s};
    weekly.exdates = {berlin({2027, 4, 12}, 9)};
    const CalendarEvent series = *events.save(weekly);
    CalendarEvent moved = series;
    moved.id.clear();
    moved.rrules.clear();
    moved.exdates.clear();
    moved.seriesId = series.id;
    moved.recurrenceId = berlin({2027, 3, 29}, 9);
    moved.start = berlin({2027, 3, 30}, 14); // to Tuesday afternoon
    moved.end = berlin({2027, 3, 30}, 15);
    moved.title = u"Team meeting (moved)"_s;
    REQUIRE(events.save(moved));
    CalendarEvent cancelled = moved;
    cancelled.recurrenceId = berlin({2027, 4, 5}, 9);
    cancelled.start = berlin({2027, 4, 5}, 9);
    cancelled.end = berlin({2027, 4, 5}, 10);
    cancelled.status = EventStatus::Cancelled;
    cancelled.title = series.title;
    REQUIRE(events.save(cancelled));

    const QTimeZone berlinZone("Europe/Berlin");
    const auto march = CalendarQuery(t.db(), berlinZone).between(utc({2027, 3, 14}), utc({2027, 4, 20}));
    REQUIRE(march);
    CHECK(shown(*march, berlinZone) ==
          QStringList{u"2027-03-15 09:00 Team meeting"_s, u"2027-03-22 09:00 Team meeting"_s,
                      u"2027-03-30 14:00 Team meeting (moved)"_s, u"2027-04-05 09:00 Team meeting (cancelled)"_s,
                      u"2027-04-19 09:00 Team meeting"_s});
    // The same meetings for a colleague in Shanghai: 16:00 before the change, 15:00 after it.
    const QTimeZone shanghai("Asia/Shanghai");
    const auto there = CalendarQuery(t.db(), shanghai).between(utc({2027, 3, 14}), utc({2027, 3, 24}));
    REQUIRE(there);
    CHECK(shown(*there, shanghai) ==
          QStringList{u"2027-03-15 16:00 Team meeting"_s, u"2027-03-22 16:00 Team meeting"_s});
    const auto april = CalendarQuery(t.db(), shanghai).between(utc({2027, 4, 18}), utc({2027, 4, 20}));
    CHECK(shown(*april, shanghai) == QStringList{u"2027-04-19 15:00 Team meeting"_s});
    // Keys tell occurrences apart and name the series.
    CHECK(march->at(1).key() == series.id + u"|2027-03-22T09:00:00[Europe/Berlin]"_s);
    CHECK(march->at(2).key() == series.id + u"|2027-03-29T09:00:00[Europe/Berlin]"_s);
}

TEST_CASE("a series with a last occurrence is not looked at after it, and all-day events are whole days",
          "[calendar][query]") {
    Test::TempDatabase t;
    EventRepository events(t.db());
    CalendarEvent standup;
    standup.title = u"Stand-up"_s;
    standup.start = berlin({2027, 6, 7}, 8, 45);
    standup.end = berlin({2027, 6, 7}, 9);
    standup.rrules = {u"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=10"_s};
    REQUIRE(events.save(standup));
    CalendarEvent fair;
    fair.title = u"Hannover Messe"_s;
    fair.start = CalendarTime::ofDate({2027, 6, 14});
    fair.end = CalendarTime::ofDate({2027, 6, 16});
    REQUIRE(events.save(fair));
    const QTimeZone tokyo("Asia/Tokyo");
    // Two weeks of stand-ups: the tenth is on Friday 18 June.
    const auto weeks = CalendarQuery(t.db(), tokyo).between(utc({2027, 6, 1}), utc({2027, 7, 1}));
    REQUIRE(weeks);
    CHECK(weeks->size() == 11);
    CHECK(weeks->back().start == utc({2027, 6, 18}, 6).addSecs(45 * 60));
    CHECK(events.inRange(utc({2027, 6, 22}).toMSecsSinceEpoch(), utc({2027, 7, 1}).toMSecsSinceEpoch())->isEmpty());
    // The fair covers 14 and 15 June from midnight to midnight in Tokyo.
    const auto fairDays = CalendarQuery(t.db(), tokyo).between(utc({2027, 6, 15}, 14), utc({2027, 6, 15}, 16));
    REQUIRE(fairDays);
    REQUIRE(fairDays->size() == 1);
    CHECK(fairDays->first().allDay);
    CHECK(fairDays->first().start == QDateTime({2027, 6, 14}, {0, 0}, tokyo).toUTC());
    CHECK(fairDays->first().end == QDateTime({2027, 6, 16}, {0, 0}, tokyo).toUTC());
}

TEST_CASE("a rule that cannot be read is refused with the part that is wrong", "[calendar][query]") {
    Test::TempDatabase t;
    CalendarEvent bad;
    bad.title = u"Odd"_s;
    bad.start = berlin({2027, 6, 7}, 8);
    bad.end = berlin({2027, 6, 7}, 9);
    bad.rrules = {u"FREQ=WEEKLY;BYDAY=XX"_s};
    const auto refused = EventRepository(t.db()).save(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(u"The repetition cannot be kept: "_s));
    CHECK(refused.error().message.contains(u"BYDAY"_s));
}
