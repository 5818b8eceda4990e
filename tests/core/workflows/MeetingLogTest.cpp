#include "SampleCustomer.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "store/records/ActivityRepository.h"
#include "store/records/EventRepository.h"
#include "workflows/MeetingLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), kBerlin);
}

CalendarTime at(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), "Europe/Berlin");
}

struct Fixture {
    Test::TempDatabase t;
    Test::SettableClock clock{berlin({2027, 5, 12}, 12)};
    QString account;
    QString contact;

    Fixture() {
        const Test::SampleCustomer customer = Test::saveSampleCustomer(t.db());
        account = customer.accountId;
        contact = customer.contactId;
    }

    CalendarEvent save(const QString& title, EventKind kind, const CalendarTime& start, const CalendarTime& end) {
        CalendarEvent e;
        e.title = title;
        e.kind = kind;
        e.start = start;
        e.end = end;
        e.accountId = account;
        e.contactId = contact;
        e.description = u"Bring the price list"_s;
        auto saved = EventRepository(t.db()).save(e);
        REQUIRE(saved);
        return *saved;
    }

    Activity entered() const {
        Activity a;
        a.outcome = u"Order expected in June"_s;
        a.notes = u"Fleet of 40 vans"_s;
        return a;
    }

    int activities() { return *ActivityRepository(t.db()).count(); }

    /// Makes the store refuse every write of an event, as a full disk would, from another connection.
    void refuseEventWrites() {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"event-refuser"_s);
            db.setDatabaseName(t.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (const char* when : {"INSERT", "UPDATE"})
                REQUIRE(q.exec(u"CREATE TRIGGER refuse_events_%1 BEFORE %1 ON events BEGIN SELECT RAISE(ABORT, "
                               u"'disk full'); END"_s.arg(QString::fromLatin1(when))));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"event-refuser"_s);
    }
};

} // namespace

TEST_CASE("logging a past visit makes an activity with its outcome and links the event to it, undoably",
          "[calendar][workflow]") {
    Fixture f;
    const CalendarEvent visit =
        f.save(u"Visit Nordlicht"_s, EventKind::Visit, at({2027, 5, 10}, 10), at({2027, 5, 10}, 11, 30));
    MeetingLog log(f.t.db(), kBerlin);
    const Activity draft = *log.draft({visit.id, std::nullopt});
    CHECK(draft.kind == ActivityKind::Visit);
    CHECK(draft.subject == u"Visit Nordlicht"_s);
    CHECK(draft.startsAt == berlin({2027, 5, 10}, 10).toMSecsSinceEpoch());
    CHECK(draft.durationMinutes == 90);
    CHECK(draft.notes == u"Bring the price list"_s);
    CHECK(draft.contactId == f.contact);
    CHECK(draft.accountId == f.account);

    auto logged = log.log({visit.id, std::nullopt}, f.entered());
    REQUIRE(logged);
    const Activity stored = *ActivityRepository(f.t.db()).get(logged->activity.id);
    CHECK(stored.outcome == u"Order expected in June"_s);
    CHECK(stored.notes == u"Fleet of 40 vans"_s);
    CHECK(stored.done);
    CHECK(stored.durationMinutes == 90);
    CHECK(EventRepository(f.t.db()).get(visit.id)->activityId == stored.id);
    CHECK(logged->event.id == visit.id);

    // Logged once: a second log is refused and changes nothing.
    const auto again = log.log({visit.id, std::nullopt}, f.entered());
    REQUIRE_FALSE(again);
    CHECK(again.error().message == u"This event is logged as an activity already."_s);
    CHECK(f.activities() == 1);

    REQUIRE(logged->undo.undo());
    CHECK(f.activities() == 0);
    CHECK(EventRepository(f.t.db()).get(visit.id)->activityId.isEmpty());
    REQUIRE(logged->undo.redo());
    CHECK(f.activities() == 1);
    CHECK(EventRepository(f.t.db()).get(visit.id)->activityId == stored.id);
}

TEST_CASE("logging an occurrence of a series stores it on the occurrence's own record", "[calendar][workflow]") {
    Fixture f;
    // Weekly at 09:00 Berlin from March, across the change to summer time on 28 March.
    CalendarEvent weekly = f.save(u"Weekly call"_s, EventKind::Call, at({2027, 3, 1}, 9), at({2027, 3, 1}, 9, 45));
    weekly.rrules = {u"FREQ=WEEKLY"_s};
    weekly = *EventRepository(f.t.db()).save(weekly);
    const CalendarTime occurrence = at({2027, 4, 5}, 9);
    MeetingLog log(f.t.db(), kBerlin);
    auto logged = log.log({weekly.id, occurrence}, f.entered());
    REQUIRE(logged);
    CHECK(logged->activity.kind == ActivityKind::Call);
    CHECK(logged->activity.startsAt == berlin({2027, 4, 5}, 9).toMSecsSinceEpoch());
    CHECK(logged->activity.durationMinutes == 45);
    const QList<CalendarEvent> overrides = *EventRepository(f.t.db()).overridesOf(weekly.id);
    REQUIRE(overrides.size() == 1);
    const CalendarEvent& changed = overrides.first();
    CHECK(changed.id == EventRepository::overrideId(weekly.id, occurrence));
    CHECK(changed.start == occurrence);
    CHECK(changed.end == at({2027, 4, 5}, 9, 45));
    CHECK(changed.rrules.isEmpty());
    CHECK(changed.activityId == logged->activity.id);
    CHECK(EventRepository(f.t.db()).get(weekly.id)->activityId.isEmpty());

    // Undo takes the occurrence's record away again; a moved occurrence keeps its record.
    REQUIRE(logged->undo.undo());
    CHECK(EventRepository(f.t.db()).overridesOf(weekly.id)->isEmpty());
    CalendarEvent moved = weekly;
    moved.id.clear();
    moved.rrules.clear();
    moved.seriesId = weekly.id;
    moved.recurrenceId = at({2027, 4, 12}, 9);
    moved.start = at({2027, 4, 12}, 11);
    moved.end = at({2027, 4, 12}, 12);
    moved = *EventRepository(f.t.db()).save(moved);
    auto movedLog = log.log({weekly.id, at({2027, 4, 12}, 9)}, f.entered());
    REQUIRE(movedLog);
    CHECK(movedLog->event.id == moved.id);
    CHECK(movedLog->activity.startsAt == berlin({2027, 4, 12}, 11).toMSecsSinceEpoch());
    CHECK(movedLog->activity.durationMinutes == 60);
    REQUIRE(movedLog->undo.undo());
    CHECK(EventRepository(f.t.db()).get(moved.id)->activityId.isEmpty());
    CHECK_FALSE(EventRepository(f.t.db()).get(moved.id)->deleted);

    // A series is never logged as a whole: without an occurrence, its first one is.
    auto first = log.log({weekly.id, std::nullopt}, f.entered());
    REQUIRE(first);
    CHECK(first->event.id == EventRepository::overrideId(weekly.id, weekly.start));
    CHECK(first->activity.startsAt == berlin({2027, 3, 1}, 9).toMSecsSinceEpoch());
    CHECK(EventRepository(f.t.db()).get(weekly.id)->activityId.isEmpty());
}

TEST_CASE("a meeting about an opportunity alone is logged for the opportunity's account", "[calendar][workflow]") {
    Fixture f;
    const QString opportunity = Test::saveSampleOpportunity(f.t.db(), f.account);
    CalendarEvent review;
    review.title = u"内部评审"_s;
    review.start = at({2027, 5, 11}, 14);
    review.end = at({2027, 5, 11}, 15);
    review.opportunityId = opportunity;
    review = *EventRepository(f.t.db()).save(review);
    auto logged = MeetingLog(f.t.db(), kBerlin).log({review.id, std::nullopt}, f.entered());
    REQUIRE(logged);
    CHECK(logged->activity.kind == ActivityKind::Meeting);
    CHECK(logged->activity.opportunityId == opportunity);
    CHECK(logged->activity.accountId == f.account);
    CHECK(logged->activity.contactId.isEmpty());
    CHECK(f.activities() == 1);
    CHECK(EventRepository(f.t.db()).get(review.id)->activityId == logged->activity.id);
}

TEST_CASE("when the event cannot be written, logging leaves no activity behind", "[calendar][workflow]") {
    Fixture f;
    const CalendarEvent visit =
        f.save(u"Visit Nordlicht"_s, EventKind::Visit, at({2027, 5, 10}, 10), at({2027, 5, 10}, 11));
    f.refuseEventWrites();
    const auto logged = MeetingLog(f.t.db(), kBerlin).log({visit.id, std::nullopt}, f.entered());
    REQUIRE_FALSE(logged);
    CHECK(f.activities() == 0);
    CHECK(EventRepository(f.t.db()).get(visit.id)->activityId.isEmpty());
}
