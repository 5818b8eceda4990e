#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CalendarConflicts.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2027, 3, 10);

struct Day {
    Test::TempDatabase tmp;
    QTimeZone zone{"Europe/Berlin"};
    QString me = tmp->localUserId();
    QString anna = colleague(u"Anna Schmidt"_s);

    QString colleague(const QString& name) {
        User u;
        u.name = name;
        return UserRepository(tmp.db()).save(u).value().id;
    }
    CalendarEvent add(const QString& title, QTime from, QTime to, const QString& owner = {}) {
        CalendarEvent e;
        e.title = title;
        e.start = CalendarTime::zoned(kDay, from, "Europe/Berlin");
        e.end = CalendarTime::zoned(kDay, to, "Europe/Berlin");
        e.ownerId = owner;
        return EventRepository(tmp.db()).save(e).value();
    }
    CalendarEvent save(const CalendarEvent& e) { return EventRepository(tmp.db()).save(e).value(); }
    QList<Occurrence> occurrences() {
        return CalendarQuery(tmp.db(), zone)
            .between(QDateTime(kDay, QTime(0, 0), zone), QDateTime(kDay.addDays(1), QTime(0, 0), zone))
            .value();
    }
    /// key -> the other's title, for checking by title.
    QHash<QString, QString> titles() {
        QHash<QString, QString> byTitle;
        const QList<Occurrence> all = occurrences();
        const auto found = CalendarConflicts::find(all);
        for (const Occurrence& o : all)
            if (found.contains(o.key()))
                byTitle.insert(o.event->title, found.value(o.key()).otherTitle);
        return byTitle;
    }
};

/// The same question answered by comparing every pair: the earliest-starting other occurrence
/// sharing a person.
QHash<QString, QString> byEveryPair(const QList<Occurrence>& all) {
    QHash<QString, QString> result;
    for (const Occurrence& a : all) {
        const Occurrence* first = nullptr;
        for (const Occurrence& b : all) {
            if (&a == &b || !CalendarConflicts::takesTime(a) || !CalendarConflicts::takesTime(b))
                continue;
            if (!(a.start < b.end && b.start < a.end))
                continue;
            const QStringList people = CalendarConflicts::peopleOf(*b.event);
            bool shared = false;
            for (const QString& p : CalendarConflicts::peopleOf(*a.event))
                shared = shared || people.contains(p);
            if (shared && (!first || b.start < first->start))
                first = &b;
        }
        if (first)
            result.insert(a.key(), first->key());
    }
    return result;
}

} // namespace

TEST_CASE("thirty events on one day: each overlap names the first other event of the same person",
          "[calendar][conflicts]") {
    Day d;
    const QString ben = d.colleague(u"Ben Wolf"_s);
    for (int i = 0; i < 30; ++i) {
        const QTime from = QTime(7, 30).addSecs((i * 17 % 46) * 15 * 60);
        const QTime to = from.addSecs((1 + i % 5) * 15 * 60);
        d.add(u"Event %1"_s.arg(i), from, to, i % 3 == 0 ? ben : QString());
    }
    const QList<Occurrence> all = d.occurrences();
    REQUIRE(all.size() == 30);
    const auto found = CalendarConflicts::find(all);
    const auto expected = byEveryPair(all);
    CHECK(found.size() == expected.size());
    CHECK(found.size() > 10);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(found.contains(it.key()));
        // Several may start at the same time: the one named starts when the pair's first does.
        const Occurrence* other = nullptr;
        for (const Occurrence& o : all)
            if (o.key() == found.value(it.key()).otherKey)
                other = &o;
        REQUIRE(other);
        for (const Occurrence& o : all)
            if (o.key() == it.value())
                CHECK(other->start == o.start);
    }
}

TEST_CASE("a colleague's event the user attends collides with the user's own", "[calendar][conflicts]") {
    Day d;
    d.add(u"Visit Nordlicht"_s, QTime(10, 0), QTime(11, 0));
    CalendarEvent review;
    review.title = u"Pipeline review"_s;
    review.start = CalendarTime::zoned(kDay, QTime(10, 30), "Europe/Berlin");
    review.end = CalendarTime::zoned(kDay, QTime(11, 30), "Europe/Berlin");
    review.ownerId = d.anna;
    d.save(review);
    // Another of Anna's, which the user does not attend: hers alone.
    d.add(u"Anna's call"_s, QTime(11, 0), QTime(11, 15), d.anna);
    CHECK(d.titles() ==
          QHash<QString, QString>{{u"Pipeline review"_s, u"Anna's call"_s}, {u"Anna's call"_s, u"Pipeline review"_s}});

    review.attendees = {{d.me, {}, u"Me"_s, {}, u"ACCEPTED"_s}};
    review.id = d.occurrences().at(1).event->id;
    d.save(review);
    CHECK(d.titles() == QHash<QString, QString>{{u"Visit Nordlicht"_s, u"Pipeline review"_s},
                                                {u"Pipeline review"_s, u"Visit Nordlicht"_s},
                                                {u"Anna's call"_s, u"Pipeline review"_s}});
}

TEST_CASE("touching, free, cancelled and all-day events do not collide", "[calendar][conflicts]") {
    Day d;
    d.add(u"First"_s, QTime(9, 0), QTime(10, 0));
    d.add(u"Second"_s, QTime(10, 0), QTime(11, 0)); // starts as the first ends
    CalendarEvent free = d.add(u"Lunch (free)"_s, QTime(9, 30), QTime(10, 30));
    free.busy = false;
    d.save(free);
    CalendarEvent cancelled = d.add(u"Cancelled call"_s, QTime(10, 15), QTime(10, 45));
    cancelled.status = EventStatus::Cancelled;
    d.save(cancelled);
    CalendarEvent fair;
    fair.title = u"Trade fair"_s;
    fair.start = CalendarTime::ofDate(kDay);
    fair.end = CalendarTime::ofDate(kDay.addDays(1));
    d.save(fair);
    CHECK(d.titles().isEmpty());

    // A tentative one counts.
    CalendarEvent tentative = d.add(u"Maybe"_s, QTime(10, 59), QTime(11, 30));
    tentative.status = EventStatus::Tentative;
    d.save(tentative);
    CHECK(d.titles() == QHash<QString, QString>{{u"Second"_s, u"Maybe"_s}, {u"Maybe"_s, u"Second"_s}});
}

TEST_CASE("the editor's question: what would a time collide with", "[calendar][conflicts]") {
    Day d;
    d.add(u"Pipeline review"_s, QTime(14, 0), QTime(15, 0));
    d.add(u"Later"_s, QTime(14, 30), QTime(16, 0));
    d.add(u"Anna's visit"_s, QTime(13, 0), QTime(18, 0), d.anna);
    const QList<Occurrence> all = d.occurrences();
    const auto at = [&](QTime t) {
        return QDateTime(kDay, t, d.zone).toUTC();
    };
    const auto hit = CalendarConflicts::firstOverlap(all, {d.me}, at(QTime(14, 45)), at(QTime(15, 30)));
    REQUIRE(hit);
    CHECK(hit->otherTitle == u"Pipeline review"_s);
    CHECK(hit->otherStart == at(QTime(14, 0)));
    CHECK(hit->otherEnd == at(QTime(15, 0)));
    CHECK_FALSE(CalendarConflicts::firstOverlap(all, {d.me}, at(QTime(16, 0)), at(QTime(17, 0))));
    CHECK(CalendarConflicts::firstOverlap(all, {d.me, d.anna}, at(QTime(16, 0)), at(QTime(17, 0)))->otherTitle ==
          u"Anna's visit"_s);
    // The occurrence being edited does not collide with itself.
    const QString review = all.at(1).key();
    REQUIRE(all.at(1).event->title == u"Pipeline review"_s);
    CHECK(CalendarConflicts::firstOverlap(all, {d.me}, at(QTime(14, 0)), at(QTime(14, 20)), {review}) == std::nullopt);
}
