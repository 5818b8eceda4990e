#include "StringMakers.h"
#include "TempDatabase.h"
#include "calendar/RecurrenceRule.h"
#include "services/CalendarQuery.h"
#include "store/records/AccountRepository.h"
#include "store/records/EventRepository.h"
#include "workflows/OccurrenceEdit.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

CalendarTime berlin(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), "Europe/Berlin");
}

/// A store with a weekly meeting on Mondays at 09:00 Berlin time from 15 March 2027: the clocks
/// go forward on 28 March, so the occurrences from 29 March on are in summer time.
struct Calendar {
    Test::TempDatabase tmp;
    QTimeZone zone{"Europe/Berlin"};
    CalendarEvent series;

    explicit Calendar(const QString& rule = u"FREQ=WEEKLY;BYDAY=MO"_s) {
        CalendarEvent e;
        e.title = u"Team meeting"_s;
        e.start = berlin({2027, 3, 15}, 9);
        e.end = berlin({2027, 3, 15}, 10);
        e.rrules = {rule};
        series = EventRepository(tmp.db()).save(e).value();
    }

    QList<Occurrence> between(QDate from, QDate to) const {
        auto found = CalendarQuery(const_cast<Test::TempDatabase&>(tmp).db(), zone)
                         .between(QDateTime(from, QTime(0, 0), zone), QDateTime(to, QTime(0, 0), zone));
        REQUIRE(found);
        return *found;
    }
    /// "03-22 Mon 09:00-10:00 Team meeting", with " (cancelled)".
    QStringList shown(QDate from = {2027, 3, 14}, QDate to = {2027, 5, 1}) const {
        QStringList lines;
        for (const Occurrence& o : between(from, to)) {
            const QDateTime start = o.start.toTimeZone(zone);
            lines.append(start.toString(u"MM-dd ddd HH:mm"_s) + u'-' + o.end.toTimeZone(zone).toString(u"HH:mm"_s) +
                         u' ' + o.event->title +
                         (o.event->status == EventStatus::Cancelled ? u" (cancelled)"_s : QString()));
        }
        return lines;
    }
    /// The occurrence starting on `day` (Berlin).
    OccurrenceOf on(QDate day) const {
        for (const Occurrence& o : between(day, day.addDays(1)))
            if (o.start.toTimeZone(zone).date() == day)
                return {*o.event, o.seriesId, o.recurrenceId};
        FAIL("no occurrence on " << day.toString(Qt::ISODate).toStdString());
        return {};
    }
    OccurrenceEdit workflow() { return OccurrenceEdit(tmp.db()); }
    int liveEvents() { return EventRepository(tmp.db()).count().value(); }
};

const QStringList kSixMondays = {
    u"03-15 Mon 09:00-10:00 Team meeting"_s, u"03-22 Mon 09:00-10:00 Team meeting"_s,
    u"03-29 Mon 09:00-10:00 Team meeting"_s, u"04-05 Mon 09:00-10:00 Team meeting"_s,
    u"04-12 Mon 09:00-10:00 Team meeting"_s, u"04-19 Mon 09:00-10:00 Team meeting"_s,
    u"04-26 Mon 09:00-10:00 Team meeting"_s,
};

void undoAndRedo(const EventChange& change, Calendar& c, const QStringList& before, const QStringList& after) {
    REQUIRE(change.undo);
    REQUIRE(change.undo.undo());
    CHECK(c.shown() == before);
    REQUIRE(change.undo.redo());
    CHECK(c.shown() == after);
    REQUIRE(change.undo.undo());
    CHECK(c.shown() == before);
}

} // namespace

TEST_CASE("editing this occurrence changes only it, through an override with the occurrence's own id",
          "[workflows][calendar]") {
    Calendar c;
    REQUIRE(c.shown() == kSixMondays);
    const OccurrenceOf third = c.on({2027, 3, 29});
    CalendarEvent edited = third.values();
    edited.title = u"Team meeting with Anna"_s;
    edited.start = berlin({2027, 3, 29}, 11);
    edited.end = berlin({2027, 3, 29}, 12, 30);
    auto change = c.workflow().edit(third, edited, OccurrenceScope::This);
    REQUIRE(change);
    REQUIRE(change->saved.size() == 1);
    CHECK(change->saved.first().id == EventRepository::overrideId(c.series.id, berlin({2027, 3, 29}, 9)));
    QStringList after = kSixMondays;
    after[2] = u"03-29 Mon 11:00-12:30 Team meeting with Anna"_s;
    CHECK(c.shown() == after);

    // Editing the override again keeps it the one record; the series itself never changed.
    const OccurrenceOf again = c.on({2027, 3, 29});
    CHECK(again.shown.isOverride());
    CalendarEvent later = again.values();
    later.location = u"Room 4"_s;
    REQUIRE(c.workflow().edit(again, later, OccurrenceScope::This));
    CHECK(EventRepository(c.tmp.db()).overridesOf(c.series.id)->size() == 1);
    CHECK(EventRepository(c.tmp.db()).get(c.series.id).value() == c.series);
    undoAndRedo(*change, c, kSixMondays, after);
}

TEST_CASE("deleting this occurrence cancels it in an override, not an EXDATE of the series", "[workflows][calendar]") {
    Calendar c;
    auto change = c.workflow().remove(c.on({2027, 4, 5}), OccurrenceScope::This);
    REQUIRE(change);
    QStringList after = kSixMondays;
    after[3] += u" (cancelled)"_s;
    CHECK(c.shown() == after);
    const CalendarEvent series = EventRepository(c.tmp.db()).get(c.series.id).value();
    CHECK(series.exdates.isEmpty());
    CHECK(series == c.series);
    undoAndRedo(*change, c, kSixMondays, after);
    CHECK(c.liveEvents() == 1);
}

TEST_CASE("editing this and following splits the series at the occurrence and keeps 09:00 before the DST change",
          "[workflows][calendar]") {
    Calendar c;
    // A changed title on 19 April and a cancelled 26 April, both after the split.
    CalendarEvent renamed = c.on({2027, 4, 19}).values();
    renamed.title = u"Team meeting (guests)"_s;
    REQUIRE(c.workflow().edit(c.on({2027, 4, 19}), renamed, OccurrenceScope::This));
    REQUIRE(c.workflow().remove(c.on({2027, 4, 26}), OccurrenceScope::This));
    const QStringList before = c.shown();

    const OccurrenceOf fourth = c.on({2027, 4, 5});
    CalendarEvent edited = fourth.values();
    edited.start = berlin({2027, 4, 5}, 10);
    edited.end = berlin({2027, 4, 5}, 11);
    edited.location = u"Room 2"_s;
    auto change = c.workflow().edit(fourth, edited, OccurrenceScope::ThisAndFollowing);
    REQUIRE(change);
    const QStringList after = {
        u"03-15 Mon 09:00-10:00 Team meeting"_s,
        u"03-22 Mon 09:00-10:00 Team meeting"_s,
        u"03-29 Mon 09:00-10:00 Team meeting"_s,
        u"04-05 Mon 10:00-11:00 Team meeting"_s,
        u"04-12 Mon 10:00-11:00 Team meeting"_s,
        u"04-19 Mon 10:00-11:00 Team meeting (guests)"_s,
        u"04-26 Mon 10:00-11:00 Team meeting (cancelled)"_s,
    };
    CHECK(c.shown() == after);
    // The old series ends the second before 5 April 09:00 CEST; the new one has the same rule.
    const CalendarEvent ended = EventRepository(c.tmp.db()).get(c.series.id).value();
    CHECK(ended.rrules == QStringList{u"FREQ=WEEKLY;UNTIL=20270405T065959Z;BYDAY=MO"_s});
    REQUIRE(change->saved.size() >= 2);
    const auto next = std::find_if(change->saved.cbegin(), change->saved.cend(),
                                   [&](const CalendarEvent& e) { return !e.isOverride() && e.id != c.series.id; });
    REQUIRE(next != change->saved.cend());
    CHECK(next->rrules == QStringList{u"FREQ=WEEKLY;BYDAY=MO"_s});
    CHECK(next->location == u"Room 2"_s);
    // The overrides after the split belong to the new series now, with ids made from it.
    CHECK(EventRepository(c.tmp.db()).overridesOf(c.series.id)->isEmpty());
    const auto moved = EventRepository(c.tmp.db()).overridesOf(next->id);
    REQUIRE(moved->size() == 2);
    CHECK(moved->first().id == EventRepository::overrideId(next->id, berlin({2027, 4, 19}, 10)));
    CHECK(moved->first().location == u"Room 2"_s);
    undoAndRedo(*change, c, before, after);
}

TEST_CASE("this and following on a series with a COUNT keeps the number of occurrences", "[workflows][calendar]") {
    Calendar c(u"FREQ=WEEKLY;BYDAY=MO;COUNT=6"_s);
    const OccurrenceOf third = c.on({2027, 3, 29});
    CalendarEvent edited = third.values();
    edited.title = u"Team sync"_s;
    REQUIRE(c.workflow().edit(third, edited, OccurrenceScope::ThisAndFollowing));
    CHECK(c.shown() == QStringList{
                           u"03-15 Mon 09:00-10:00 Team meeting"_s,
                           u"03-22 Mon 09:00-10:00 Team meeting"_s,
                           u"03-29 Mon 09:00-10:00 Team sync"_s,
                           u"04-05 Mon 09:00-10:00 Team sync"_s,
                           u"04-12 Mon 09:00-10:00 Team sync"_s,
                           u"04-19 Mon 09:00-10:00 Team sync"_s,
                       });
    const CalendarEvent ended = EventRepository(c.tmp.db()).get(c.series.id).value();
    CHECK_FALSE(ended.rrules.first().contains(u"COUNT"_s));
    CHECK(c.liveEvents() == 2);
}

TEST_CASE("deleting this and following ends the series and its later overrides, and undo brings them back",
          "[workflows][calendar]") {
    Calendar c;
    REQUIRE(c.workflow().remove(c.on({2027, 4, 19}), OccurrenceScope::This));
    const QStringList before = c.shown();
    auto change = c.workflow().remove(c.on({2027, 4, 5}), OccurrenceScope::ThisAndFollowing);
    REQUIRE(change);
    const QStringList after = kSixMondays.mid(0, 3);
    CHECK(c.shown() == after);
    CHECK(EventRepository(c.tmp.db()).overridesOf(c.series.id)->isEmpty());
    undoAndRedo(*change, c, before, after);
    // From the first occurrence on, it is the whole series.
    REQUIRE(c.workflow().remove(c.on({2027, 3, 15}), OccurrenceScope::ThisAndFollowing));
    CHECK(c.liveEvents() == 0);
}

TEST_CASE("editing all occurrences shifts every one on its wall clock and keeps the changed ones",
          "[workflows][calendar]") {
    Calendar c;
    REQUIRE(c.workflow().remove(c.on({2027, 3, 22}), OccurrenceScope::This));
    CalendarEvent moved = c.on({2027, 4, 12}).values(); // moved to Tuesday afternoon
    moved.start = berlin({2027, 4, 13}, 14);
    moved.end = berlin({2027, 4, 13}, 15);
    REQUIRE(c.workflow().edit(c.on({2027, 4, 12}), moved, OccurrenceScope::This));
    const QStringList before = c.shown();

    // From an occurrence in summer time: 09:30 to 10:30 for all, in winter time too.
    const OccurrenceOf fifth = c.on({2027, 4, 19});
    CalendarEvent edited = fifth.values();
    edited.title = u"Weekly"_s;
    edited.start = berlin({2027, 4, 19}, 9, 30);
    edited.end = berlin({2027, 4, 19}, 10, 30);
    auto change = c.workflow().edit(fifth, edited, OccurrenceScope::All);
    REQUIRE(change);
    const QStringList after = {
        u"03-15 Mon 09:30-10:30 Weekly"_s, u"03-22 Mon 09:30-10:30 Weekly (cancelled)"_s,
        u"03-29 Mon 09:30-10:30 Weekly"_s, u"04-05 Mon 09:30-10:30 Weekly"_s,
        u"04-13 Tue 14:00-15:00 Weekly"_s, u"04-19 Mon 09:30-10:30 Weekly"_s,
        u"04-26 Mon 09:30-10:30 Weekly"_s,
    };
    CHECK(c.shown() == after);
    CHECK(c.liveEvents() == 3);
    undoAndRedo(*change, c, before, after);
}

TEST_CASE("dragging an occurrence moves this one, the following or all, and a single event just moves",
          "[workflows][calendar]") {
    Calendar c;
    const auto at = [&](QDate day, int hour) {
        return QDateTime(day, QTime(hour, 0), c.zone);
    };
    // All: Monday 29 March to Tuesday 30 March 08:00 moves the weekday of the rule too.
    auto all = c.workflow().move(c.on({2027, 3, 29}), at({2027, 3, 30}, 8), at({2027, 3, 30}, 9), OccurrenceScope::All);
    REQUIRE(all);
    CHECK(c.shown({2027, 3, 14}, {2027, 4, 7}) == QStringList{
                                                      u"03-16 Tue 08:00-09:00 Team meeting"_s,
                                                      u"03-23 Tue 08:00-09:00 Team meeting"_s,
                                                      u"03-30 Tue 08:00-09:00 Team meeting"_s,
                                                      u"04-06 Tue 08:00-09:00 Team meeting"_s,
                                                  });
    CHECK(EventRepository(c.tmp.db()).get(c.series.id)->rrules == QStringList{u"FREQ=WEEKLY;BYDAY=TU"_s});
    REQUIRE(all->undo.undo());
    CHECK(c.shown() == kSixMondays);

    // This: only that one, as an override.
    auto one = c.workflow().move(c.on({2027, 4, 5}), at({2027, 4, 5}, 15), at({2027, 4, 5}, 16), OccurrenceScope::This);
    REQUIRE(one);
    CHECK(c.shown().at(3) == u"04-05 Mon 15:00-16:00 Team meeting"_s);
    CHECK(c.shown().at(4) == u"04-12 Mon 09:00-10:00 Team meeting"_s);

    CalendarEvent single;
    single.title = u"Visit Nordlicht"_s;
    single.start = berlin({2027, 3, 17}, 10);
    single.end = berlin({2027, 3, 17}, 11);
    auto created = c.workflow().save(single);
    REQUIRE(created);
    const OccurrenceOf visit = c.on({2027, 3, 17});
    auto dragged = c.workflow().move(visit, at({2027, 3, 18}, 13), at({2027, 3, 18}, 14), OccurrenceScope::All);
    REQUIRE(dragged);
    const CalendarEvent stored = EventRepository(c.tmp.db()).get(visit.shown.id).value();
    CHECK(stored.start == berlin({2027, 3, 18}, 13));
    CHECK(stored.end == berlin({2027, 3, 18}, 14));
    REQUIRE(dragged->undo.undo());
    CHECK(EventRepository(c.tmp.db()).get(visit.shown.id)->start == berlin({2027, 3, 17}, 10));
    REQUIRE(created->undo.undo());
    CHECK(EventRepository(c.tmp.db()).get(visit.shown.id)->deleted);
}

TEST_CASE("deleting all occurrences deletes the series with its overrides, and undo restores them",
          "[workflows][calendar]") {
    Calendar c;
    REQUIRE(c.workflow().remove(c.on({2027, 3, 22}), OccurrenceScope::This));
    const QStringList before = c.shown();
    auto change = c.workflow().remove(c.on({2027, 4, 12}), OccurrenceScope::All);
    REQUIRE(change);
    CHECK(c.shown().isEmpty());
    CHECK(c.liveEvents() == 0);
    undoAndRedo(*change, c, before, {});
    CHECK(c.liveEvents() == 2);
}

TEST_CASE("an all-day series split before an occurrence ends on the day before", "[workflows][calendar]") {
    Test::TempDatabase tmp;
    CalendarEvent e;
    e.title = u"Trade fair"_s;
    e.start = CalendarTime::ofDate({2027, 6, 1});
    e.end = CalendarTime::ofDate({2027, 6, 2});
    e.rrules = {u"FREQ=DAILY;COUNT=5"_s};
    const CalendarEvent series = EventRepository(tmp.db()).save(e).value();
    const OccurrenceOf third{series, series.id, CalendarTime::ofDate({2027, 6, 3})};
    CalendarEvent edited = series;
    edited.start = CalendarTime::ofDate({2027, 6, 3});
    edited.end = CalendarTime::ofDate({2027, 6, 4});
    edited.title = u"Trade fair (stand B)"_s;
    REQUIRE(OccurrenceEdit(tmp.db()).edit(third, edited, OccurrenceScope::ThisAndFollowing));
    CHECK(EventRepository(tmp.db()).get(series.id)->rrules == QStringList{u"FREQ=DAILY;UNTIL=20270602"_s});
    const QTimeZone tokyo("Asia/Tokyo");
    auto days = CalendarQuery(tmp.db(), tokyo)
                    .between(QDateTime({2027, 5, 30}, {0, 0}, tokyo), QDateTime({2027, 6, 30}, {0, 0}, tokyo));
    REQUIRE(days);
    QStringList titles;
    for (const Occurrence& o : *days)
        titles.append(o.start.toTimeZone(tokyo).toString(u"dd "_s) + o.event->title);
    CHECK(titles == QStringList{u"01 Trade fair"_s, u"02 Trade fair"_s, u"03 Trade fair (stand B)"_s,
                                u"04 Trade fair (stand B)"_s, u"05 Trade fair (stand B)"_s});
}

TEST_CASE("an edit the store refuses half-way leaves the series as it was", "[workflows][calendar]") {
    Calendar c;
    Account a;
    a.name = u"Nordlicht GmbH"_s;
    const QString accountId = AccountRepository(c.tmp.db()).save(a)->id;
    REQUIRE(AccountRepository(c.tmp.db()).remove(accountId));
    const OccurrenceOf fourth = c.on({2027, 4, 5});
    CalendarEvent edited = fourth.values();
    edited.accountId = accountId; // the new series is refused after the old one was ended
    auto refused = c.workflow().edit(fourth, edited, OccurrenceScope::ThisAndFollowing);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    CHECK(c.shown() == kSixMondays);
    CHECK(EventRepository(c.tmp.db()).get(c.series.id).value() == c.series);
    CHECK(c.liveEvents() == 1);
}

TEST_CASE("a series that no longer repeats is a single event without its overrides", "[workflows][calendar]") {
    Calendar c;
    REQUIRE(c.workflow().remove(c.on({2027, 3, 15}), OccurrenceScope::This)); // even the first one
    REQUIRE(c.workflow().remove(c.on({2027, 3, 22}), OccurrenceScope::This));
    CalendarEvent single = c.on({2027, 3, 29}).values();
    single.rrules.clear();
    REQUIRE(c.workflow().edit(c.on({2027, 3, 29}), single, OccurrenceScope::All));
    CHECK(c.shown() == QStringList{u"03-15 Mon 09:00-10:00 Team meeting"_s});
    CHECK(c.liveEvents() == 1);
}
