#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "domain/CurrencyRates.h"
#include "services/CallStatistics.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

qint64 at(int month, int day, int hour, int minute) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// The worked example of docs/telesales.md (Statistics): four calls of mine from the Spring list in
/// November, one of Ann's outside any list, one of mine in October.
struct Month {
    Test::TempDatabase tmp;
    QString me = tmp.db().localUserId();
    QString ann;
    QString list;
    QString jana;
    QString olaf;
    QString account;

    Month() {
        User u;
        u.name = u"Ann"_s;
        ann = UserRepository(tmp.db()).save(u).value().id;
        REQUIRE(CurrencySettings::save(tmp.db(), CurrencyRates(u"EUR"_s)));
        Account a;
        a.name = u"Nord GmbH"_s;
        account = AccountRepository(tmp.db()).save(a).value().id;
        jana = contact(u"Jana"_s);
        olaf = contact(u"Olaf"_s);
        CallList l;
        l.name = u"Spring"_s;
        list = CallListRepository(tmp.db()).save(l).value().id;
        CallListEntry called;
        called.contactId = jana;
        called.phone = u"+49301"_s;
        called.attempts = 1;
        CallListEntry waiting;
        waiting.contactId = olaf;
        waiting.phone = u"+49302"_s;
        REQUIRE(CallListRepository(tmp.db()).add(list, {called, waiting}));
    }
    QString contact(const QString& name) {
        Contact c;
        c.lastName = name;
        c.accountId = account;
        return ContactRepository(tmp.db()).save(c).value().id;
    }
    void call(const QString& owner, qint64 when, int seconds, const QString& outcome, const QString& who,
              const QString& fromList, const QString& opportunity = {}) {
        Activity a;
        a.kind = ActivityKind::Call;
        a.subject = u"Call"_s;
        a.startsAt = when;
        a.talkSeconds = seconds;
        a.outcome = outcome;
        a.contactId = who;
        a.ownerId = owner;
        a.callListId = fromList;
        a.opportunityId = opportunity;
        REQUIRE(ActivityRepository(tmp.db()).save(a));
    }
};

} // namespace

TEST_CASE("call statistics per rep, day, list and hour equal the worked example", "[services][telesales]") {
    Month m;
    QString deal;
    {
        Test::SettableClock clock(QDateTime(QDate(2026, 11, 4), QTime(10, 5), QTimeZone::utc()));
        Opportunity o;
        o.name = u"Service plan"_s;
        o.accountId = m.account;
        o.amount = 500'000;
        o.currency = u"EUR"_s;
        o.stage = u"qualification"_s;
        o.closeDate = QDate(2027, 1, 31);
        const auto saved = OpportunityRepository(m.tmp.db()).save(o);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved);
        deal = saved->id;
    }
    m.call(m.me, at(11, 2, 9, 10), 120, u"connected"_s, m.jana, m.list);
    m.call(m.me, at(11, 2, 9, 40), 0, u"no answer"_s, m.olaf, m.list);
    m.call(m.me, at(11, 3, 14, 0), 60, u"call back later"_s, m.olaf, m.list);
    m.call(m.me, at(11, 4, 10, 0), 300, u"meeting booked"_s, m.olaf, m.list, deal); // keeps the callback
    m.call(m.ann, at(11, 3, 11, 0), 30, u"busy"_s, m.jana, {});
    m.call(m.me, at(10, 30, 9, 0), 90, u"connected"_s, m.jana, m.list); // October: outside

    const QDate from(2026, 11, 1);
    const QDate to(2026, 11, 30);
    const auto byRep = CallStatistics::build(m.tmp.db(), CallGrouping::Rep, from, to, QTimeZone::utc());
    REQUIRE(byRep);
    REQUIRE(byRep->rows.size() == 2);
    const CallStatsRow& mine = byRep->rows.at(byRep->rows.at(0).key == m.me ? 0 : 1);
    const CallStatsRow& anns = byRep->rows.at(byRep->rows.at(0).key == m.me ? 1 : 0);
    CHECK(mine.calls == 4);
    CHECK(mine.connects == 3); // connected, callback, meeting
    CHECK(mine.connectRate() == 0.75);
    CHECK(mine.talkSeconds == 480);
    CHECK(mine.averageSeconds() == 120.0);
    CHECK(mine.callbacksScheduled == 1);
    CHECK(mine.callbacksKept == 1);
    CHECK(mine.meetingsBooked == 1);
    CHECK(mine.opportunitiesCreated == 1);
    CHECK(mine.opportunitiesAmount == 500'000);
    CHECK(anns.label == u"Ann"_s);
    CHECK(anns.calls == 1);
    CHECK(anns.connects == 0);
    CHECK(anns.outcomes.value(u"busy"_s) == 1);
    CHECK(byRep->total.calls == 5);
    CHECK(byRep->total.talkSeconds == 510);

    const auto byDay = CallStatistics::build(m.tmp.db(), CallGrouping::Day, from, to, QTimeZone::utc());
    REQUIRE(byDay);
    QStringList days;
    for (const CallStatsRow& r : byDay->rows)
        days.append(r.key + u' ' + QString::number(r.calls));
    CHECK(days == QStringList{u"2026-11-02 2"_s, u"2026-11-03 2"_s, u"2026-11-04 1"_s});

    const auto byList = CallStatistics::build(m.tmp.db(), CallGrouping::List, from, to, QTimeZone::utc());
    REQUIRE(byList);
    REQUIRE(byList->rows.size() == 2); // no list, and Spring
    const CallStatsRow& spring = byList->rows.at(byList->rows.at(0).key == m.list ? 0 : 1);
    CHECK(spring.label == u"Spring"_s);
    CHECK(spring.calls == 4);
    CHECK(spring.entries == 2);
    CHECK(spring.called == 1);

    const auto byHour = CallStatistics::build(m.tmp.db(), CallGrouping::Hour, from, to, QTimeZone::utc());
    REQUIRE(byHour);
    QStringList hours;
    for (const CallStatsRow& r : byHour->rows)
        hours.append(r.key + u' ' + QString::number(r.calls));
    CHECK(hours == QStringList{u"09 2"_s, u"10 1"_s, u"11 1"_s, u"14 1"_s});
}
