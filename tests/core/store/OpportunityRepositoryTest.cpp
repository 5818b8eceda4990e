#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Test::TempDatabase tmp;
    QString accountId;

    Fixture() {
        Account a;
        a.name = u"华为技术有限公司"_s;
        accountId = AccountRepository(tmp.db()).save(a)->id;
    }
    Opportunity draft() const {
        Opportunity o;
        o.name = u"5G core upgrade"_s;
        o.accountId = accountId;
        o.amount = 12'500'000; // 125,000.00
        o.currency = u"cny"_s;
        o.closeDate = QDate(2027, 3, 31);
        o.stage = u"prospecting"_s;
        return o;
    }
    QStringList historyOf(const QString& id) {
        QStringList lines;
        const auto history = OpportunityRepository(tmp.db()).history(id);
        REQUIRE(history);
        for (const OpportunityChange& c : *history)
            lines.append(c.field + u": "_s + c.oldValue + u" -> "_s + c.newValue);
        return lines;
    }
};

} // namespace

TEST_CASE("a new opportunity takes its stage's defaults and starts its history", "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    auto saved = repo.save(f.draft());
    REQUIRE(saved);
    CHECK(saved->currency == u"CNY"_s);
    CHECK(saved->probability == 10);
    CHECK(saved->forecastCategory == u"pipeline"_s);
    CHECK(saved->ownerId == f.tmp->localUserId());
    f.tmp.reopen();
    const Opportunity loaded = *OpportunityRepository(f.tmp.db()).get(saved->id);
    CHECK(loaded == *saved);
    CHECK(f.historyOf(saved->id) ==
          QStringList{u"stage:  -> prospecting"_s, u"amount:  -> 12500000"_s, u"close_date:  -> 2027-03-31"_s});
    // The opportunity and each history entry are in the outbox, so sync carries them.
    auto outbox = Outbox(f.tmp.db()).entries();
    REQUIRE(outbox);
    QStringList tables;
    for (const OutboxEntry& e : *outbox)
        tables.append(e.table);
    CHECK(tables.count(u"opportunities"_s) == 1);
    CHECK(tables.count(u"opportunity_history"_s) == 3);
}

TEST_CASE("stage, amount and close-date changes are kept with their time, other edits are not",
          "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Clock::setSource([] { return qint64(1'800'000'000'000); });
    Opportunity o = *repo.save(f.draft());
    Clock::setSource([] { return qint64(1'800'000'060'000); });
    o.stage = u"proposal"_s;
    o.amount = 13'000'000;
    o = *repo.save(o);
    CHECK(o.probability == 50);
    CHECK(o.forecastCategory == u"best_case"_s);
    o.nextStep = u"Send the revised quote"_s; // not tracked
    o = *repo.save(o);
    Clock::setSource({});
    const auto history = *repo.history(o.id);
    REQUIRE(history.size() == 5);
    CHECK(history.at(3).field == u"stage"_s);
    CHECK(history.at(3).oldValue == u"prospecting"_s);
    CHECK(history.at(3).newValue == u"proposal"_s);
    CHECK(history.at(3).changedAt == 1'800'000'060'000);
    CHECK(history.at(4).field == u"amount"_s);
    CHECK(history.at(4).newValue == u"13000000"_s);
}

TEST_CASE("a probability the user sets survives, a new stage brings its own, closing stages force theirs",
          "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Opportunity o = *repo.save(f.draft());
    o.probability = 30; // the rep knows better than the default
    o = *repo.save(o);
    CHECK(o.probability == 30);
    o.stage = u"negotiation"_s;
    o.probability = 60; // changed together with the stage: kept
    o = *repo.save(o);
    CHECK(o.probability == 60);
    CHECK(o.forecastCategory == u"commit"_s);
    o.stage = u"won"_s;
    o = *repo.save(o);
    CHECK(o.probability == 100);
    CHECK(o.forecastCategory == u"closed"_s);
}

TEST_CASE("closing as lost needs the reason", "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Opportunity o = *repo.save(f.draft());
    o.stage = u"lost"_s;
    auto refused = repo.save(o);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"lost"_s));
    CHECK(repo.get(o.id)->stage == u"prospecting"_s); // nothing written
    CHECK(repo.history(o.id)->size() == 3);
    o.closeReason = u"Price: a local competitor was 20 % cheaper"_s;
    auto lost = repo.save(o);
    REQUIRE(lost);
    CHECK(lost->probability == 0);
    CHECK(lost->forecastCategory == u"omitted"_s);
}

TEST_CASE("an opportunity that breaks a rule is refused and nothing is written", "[store][opportunities]") {
    Fixture f;
    struct Row {
        const char* what;
        std::function<void(Opportunity&)> change;
        ErrorCode code;
    };
    const Row rows[] = {
        {"no name", [](Opportunity& o) { o.name = u"  "_s; }, ErrorCode::InvalidInput},
        {"no account", [](Opportunity& o) { o.accountId.clear(); }, ErrorCode::InvalidInput},
        {"unknown account", [](Opportunity& o) { o.accountId = u"nope"_s; }, ErrorCode::NotFound},
        {"unknown contact", [](Opportunity& o) { o.contactId = u"nope"_s; }, ErrorCode::NotFound},
        {"negative amount", [](Opportunity& o) { o.amount = -1; }, ErrorCode::InvalidInput},
        {"bad currency", [](Opportunity& o) { o.currency = u"EURO"_s; }, ErrorCode::InvalidInput},
        {"no close date", [](Opportunity& o) { o.closeDate = {}; }, ErrorCode::InvalidInput},
        {"unknown stage", [](Opportunity& o) { o.stage = u"dreaming"_s; }, ErrorCode::InvalidInput},
        {"unknown pipeline", [](Opportunity& o) { o.pipeline = u"partners"_s; }, ErrorCode::InvalidInput},
        {"probability over 100", [](Opportunity& o) { o.probability = 101; }, ErrorCode::InvalidInput},
        {"unknown forecast category", [](Opportunity& o) { o.forecastCategory = u"maybe"_s; }, ErrorCode::InvalidInput},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        Opportunity o = f.draft();
        r.change(o);
        auto refused = OpportunityRepository(f.tmp.db()).save(o);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == r.code);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    auto count = f.tmp->connection().scalar(u"SELECT count(*) FROM opportunities"_s, {}, u"test"_s);
    CHECK(count->toInt() == 0);
}

TEST_CASE("an opportunity reaching Won or Lost closes today unless the same save sets its date",
          "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Clock::setSource([] { return QDateTime(QDate(2026, 11, 5), QTime(10, 0)).toMSecsSinceEpoch(); });
    const QDate today(2026, 11, 5);
    Opportunity o = *repo.save(f.draft()); // expected to close 2027-03-31
    o.stage = u"won"_s;
    o = *repo.save(o);
    CHECK(o.closeDate == today);
    CHECK(repo.get(o.id)->closeDate == today);
    CHECK(f.historyOf(o.id).contains(u"close_date: 2027-03-31 -> 2026-11-05"_s));
    o.notes = u"Signed at the customer's office"_s; // still won: the date stays
    o.closeDate = QDate(2026, 11, 3);
    o = *repo.save(o);
    CHECK(o.closeDate == QDate(2026, 11, 3));

    // Lost with a date set in the same save keeps that date.
    Opportunity lost = *repo.save(f.draft());
    lost.stage = u"lost"_s;
    lost.closeReason = u"No budget"_s;
    lost.closeDate = QDate(2026, 10, 20);
    CHECK(repo.save(lost)->closeDate == QDate(2026, 10, 20));

    // A date the user confirmed is kept even where it equals the expected one.
    Opportunity confirmed = *repo.save(f.draft());
    confirmed.stage = u"won"_s;
    CHECK(repo.save(confirmed, OpportunityRepository::ClosingDate::AsGiven)->closeDate == QDate(2027, 3, 31));

    // A new closed opportunity without a date closed today; an open one still needs a date.
    Opportunity fresh = f.draft();
    fresh.closeDate = {};
    fresh.stage = u"won"_s;
    CHECK(repo.save(fresh)->closeDate == today);
    fresh.stage = u"proposal"_s;
    CHECK_FALSE(repo.save(fresh));
    fresh.stage = u"won"_s;
    CHECK_FALSE(repo.save(fresh, OpportunityRepository::ClosingDate::AsGiven));

    // Moving on between open stages leaves the expected date alone.
    Opportunity open = *repo.save(f.draft());
    open.stage = u"negotiation"_s;
    CHECK(repo.save(open)->closeDate == QDate(2027, 3, 31));
    Clock::setSource({});
}
