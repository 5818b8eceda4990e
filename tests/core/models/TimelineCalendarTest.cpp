#include "SampleCustomer.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/ActivityTimelineModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "workflows/MeetingLog.h"

#include <QAbstractItemModelTester>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using State = TimelineEntry::State;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QDate kMonday(2027, 5, 10);

QDateTime berlin(QDate date, int hour, int minute = 0) {
    return QDateTime(date, QTime(hour, minute), kBerlin);
}

CalendarTime at(QDate date, int hour, int minute = 0) {
    return CalendarTime::zoned(date, QTime(hour, minute), "Europe/Berlin");
}

/// An account with two contacts and an opportunity, and a calendar around Wednesday 12 May 2027.
struct Records {
    Test::TempDatabase t;
    Test::SettableClock clock{berlin(kMonday.addDays(2), 12)};
    QString account, hannah, jonas, opportunity, otherAccount;

    Records() {
        const Test::SampleCustomer customer = Test::saveSampleCustomer(t.db());
        account = customer.accountId;
        hannah = customer.contactId;
        Account other;
        other.name = u"华辰科技"_s;
        otherAccount = AccountRepository(t.db()).save(other)->id;
        jonas = contact(u"Jonas"_s, u"Berg"_s);
        opportunity = Test::saveSampleOpportunity(t.db(), account);
    }

    QString contact(const QString& first, const QString& last) {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.accountId = account;
        return ContactRepository(t.db()).save(c)->id;
    }

    CalendarEvent event(const QString& title, const CalendarTime& start, int minutes) {
        CalendarEvent e;
        e.title = title;
        e.start = start;
        const QDateTime end = start.toDateTime(kBerlin).addSecs(minutes * 60);
        e.end = CalendarTime::zoned(end.date(), end.time(), start.zone);
        return e;
    }

    QString save(const CalendarEvent& e) {
        auto saved = EventRepository(t.db()).save(e);
        REQUIRE(saved);
        return saved->id;
    }
    QString save(const CalendarTask& task) {
        auto saved = TaskRepository(t.db()).save(task);
        REQUIRE(saved);
        return saved->id;
    }
    QString log(const QString& subject, const QDateTime& when, const QString& contactId, const QString& opportunityId) {
        Activity a;
        a.kind = ActivityKind::Call;
        a.subject = subject;
        a.startsAt = when.toMSecsSinceEpoch();
        a.contactId = contactId;
        a.accountId = account;
        a.opportunityId = opportunityId;
        auto saved = ActivityRepository(t.db()).save(a);
        REQUIRE(saved);
        return saved->id;
    }

    /// Builds the calendar: a visit last week, a call this Monday, a weekly call on Mondays, a demo
    /// next week with Jonas, an offer due Friday, a call back done yesterday, another account's visit.
    void fill() {
        CalendarEvent visit = event(u"Visit Nordlicht"_s, at(kMonday.addDays(-5), 10), 90);
        visit.kind = EventKind::Visit;
        visit.accountId = account;
        visit.contactId = hannah;
        save(visit);
        CalendarEvent weekly = event(u"Weekly call"_s, at(kMonday.addDays(-7), 9), 30);
        weekly.kind = EventKind::Call;
        weekly.rrules = {u"FREQ=WEEKLY"_s};
        weekly.contactId = hannah;
        weekly.opportunityId = opportunity;
        save(weekly);
        CalendarEvent demo = event(u"Demo with Jonas"_s, at(kMonday.addDays(10), 14), 60);
        demo.contactId = jonas;
        save(demo);
        CalendarEvent elsewhere = event(u"拜访华辰"_s, at(kMonday.addDays(1), 10), 60);
        elsewhere.accountId = otherAccount;
        save(elsewhere);
        CalendarTask offer;
        offer.title = u"Send the offer"_s;
        offer.due = CalendarTime::ofDate(kMonday.addDays(4));
        offer.accountId = account;
        offer.opportunityId = opportunity;
        save(offer);
        clock.set(berlin(kMonday.addDays(1), 16));
        CalendarTask callBack;
        callBack.title = u"Call back Hannah"_s;
        callBack.contactId = hannah;
        callBack.status = TaskStatus::Done;
        save(callBack);
        clock.set(berlin(kMonday.addDays(2), 12));
        log(u"Pricing call"_s, berlin(kMonday, 15), hannah, {});
        log(u"Fleet sizing"_s, berlin(kMonday.addDays(-2), 11), {}, opportunity);
    }
};

} // namespace

namespace {

QStringList shown(const ActivityTimelineModel& model) {
    static const char* const states[] = {"",           "upcoming", "overdue", "logged",
                                         "not logged", "open",     "done",    "cancelled"};
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString state = QString::fromLatin1(states[index.data(ActivityTimelineModel::StateRole).toInt()]);
        lines.append(index.data(ActivityTimelineModel::SubjectRole).toString() +
                     (state.isEmpty() ? QString() : u" ["_s + state + u']'));
    }
    return lines;
}

} // namespace

TEST_CASE("a contact's timeline shows its events and tasks, upcoming first, then the history", "[calendar][timeline]") {
    Records r;
    r.fill();
    ActivityTimelineModel model(r.t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setZone(kBerlin);
    model.setRecord(r.hannah, TimelineOf::Contact);
    CHECK(shown(model) == QStringList{u"Weekly call [upcoming]"_s, u"Call back Hannah [done]"_s, u"Pricing call"_s,
                                      u"Visit Nordlicht [not logged]"_s});
    // The series shows once, by its next occurrence, with its rule; its last occurrence can be logged.
    const QModelIndex weekly = model.index(0);
    CHECK(weekly.data(ActivityTimelineModel::StartsAtRole).toDateTime() == berlin(kMonday.addDays(7), 9));
    CHECK(weekly.data(ActivityTimelineModel::EntryTypeRole).toInt() == int(TimelineEntry::Type::Event));
    CHECK(weekly.data(ActivityTimelineModel::KindRole).toInt() == int(ActivityKind::Call));
    CHECK(weekly.data(ActivityTimelineModel::DurationRole).toInt() == 30);
    CHECK(weekly.data(ActivityTimelineModel::CanLogRole).toBool());
    CHECK(weekly.data(ActivityTimelineModel::LogStartRole).toDateTime() == berlin(kMonday, 9));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(weekly.data(ActivityTimelineModel::RecurrenceRole).toString() == u"weekly on Monday"_s);
    QLocale::setDefault(QLocale::system());
    const QModelIndex visit = model.index(3);
    CHECK(visit.data(ActivityTimelineModel::CanLogRole).toBool());
    CHECK(visit.data(ActivityTimelineModel::KindRole).toInt() == int(ActivityKind::Visit));
    CHECK(model.index(1).data(ActivityTimelineModel::StartsAtRole).toDateTime() == berlin(kMonday.addDays(1), 16));
    CHECK(model.rowOf(visit.data(ActivityTimelineModel::IdRole).toString()) == 3);

    model.setRecord(r.jonas, TimelineOf::Contact);
    CHECK(shown(model) == QStringList{u"Demo with Jonas [upcoming]"_s});
}

TEST_CASE("an account's timeline holds its contacts' events and tasks, an opportunity's only its own",
          "[calendar][timeline]") {
    Records r;
    r.fill();
    ActivityTimelineModel model(r.t.db());
    model.setZone(kBerlin);
    model.setRecord(r.account, TimelineOf::Account);
    CHECK(shown(model) == QStringList{u"Send the offer [upcoming]"_s, u"Weekly call [upcoming]"_s,
                                      u"Demo with Jonas [upcoming]"_s, u"Call back Hannah [done]"_s, u"Pricing call"_s,
                                      u"Fleet sizing"_s, u"Visit Nordlicht [not logged]"_s});
    model.setRecord(r.opportunity, TimelineOf::Opportunity);
    CHECK(shown(model) == QStringList{u"Send the offer [upcoming]"_s, u"Weekly call [upcoming]"_s, u"Fleet sizing"_s});

    // Once the offer is overdue it says so, and the list follows the store.
    r.clock.set(berlin(kMonday.addDays(5), 9));
    model.reload();
    CHECK(shown(model).first() == u"Send the offer [overdue]"_s);
    CalendarTask added;
    added.title = u"Ask for the fleet list"_s;
    added.opportunityId = r.opportunity;
    r.save(added);
    CHECK(shown(model).at(2) == u"Ask for the fleet list [upcoming]"_s);
}

TEST_CASE("a logged occurrence of a series shows as logged beside its activity", "[calendar][timeline]") {
    Records r;
    r.fill();
    ActivityTimelineModel model(r.t.db());
    model.setZone(kBerlin);
    model.setRecord(r.hannah, TimelineOf::Contact);
    const TimelineEntry weekly = model.entryAt(0);
    REQUIRE(weekly.canLog());
    Activity entered;
    entered.outcome = u"connected"_s;
    entered.notes = u"Wants the offer by Friday"_s;
    auto logged = MeetingLog(r.t.db(), kBerlin).log({weekly.logEventId, weekly.logOccurrence}, entered);
    REQUIRE(logged);
    CHECK(shown(model) == QStringList{u"Weekly call [upcoming]"_s, u"Call back Hannah [done]"_s, u"Pricing call"_s,
                                      u"Weekly call"_s, u"Weekly call [logged]"_s, u"Visit Nordlicht [not logged]"_s});
    const QModelIndex occurrence = model.index(4);
    CHECK(occurrence.data(ActivityTimelineModel::ActivityIdRole).toString() == logged->activity.id);
    CHECK(occurrence.data(ActivityTimelineModel::StartsAtRole).toDateTime() == berlin(kMonday, 9));
    CHECK_FALSE(model.index(0).data(ActivityTimelineModel::CanLogRole).toBool());
    CHECK(model.index(3).data(ActivityTimelineModel::OutcomeRole).toString() == u"connected"_s);
    REQUIRE(logged->undo.undo());
    CHECK(shown(model) == QStringList{u"Weekly call [upcoming]"_s, u"Call back Hannah [done]"_s, u"Pricing call"_s,
                                      u"Visit Nordlicht [not logged]"_s});
    CHECK(model.index(0).data(ActivityTimelineModel::CanLogRole).toBool());
}
