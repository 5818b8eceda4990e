#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityLineRows.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    Test::TempDatabase tmp;
    Opportunity opportunity;

    Fixture() {
        Account a;
        a.name = u"Nordwind GmbH"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Opportunity o;
        o.name = u"Gateway roll-out"_s;
        o.accountId = a.id;
        o.amount = 5'000'00;
        o.currency = u"EUR"_s;
        o.closeDate = QDate(2027, 3, 31);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
    }
    static OpportunityLine item(const QString& description, int quantity, qint64 unitPrice) {
        OpportunityLine l;
        l.description = description;
        l.amounts.quantity = Decimal4::fromInt(quantity);
        l.amounts.unitPrice = unitPrice;
        return l;
    }
    qint64 amount() { return OpportunityRepository(tmp.db()).get(opportunity.id)->amount; }
};

} // namespace

TEST_CASE("the line rows replace an opportunity's lines and leave its amount to the caller", "[store][opportunities]") {
    Fixture f;
    Database& db = f.tmp.db();
    auto replaced = db.transaction([&] {
        return OpportunityLineRows::replace(
            db, f.opportunity, {Fixture::item(u" Gateway "_s, 2, 100'00), Fixture::item(u"Setup"_s, 1, 50'00)});
    });
    REQUIRE(replaced);
    const auto lines = OpportunityLineRows::live(db, f.opportunity.id);
    REQUIRE(lines);
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).description == u"Gateway"_s);
    CHECK(lines->at(0).opportunityId == f.opportunity.id);
    CHECK(lines->at(0).ownerId == f.opportunity.ownerId);
    CHECK(lines->at(0).position < lines->at(1).position);
    CHECK(*OpportunityLineRows::total(db, f.opportunity.id) == std::optional<qint64>(250'00));
    CHECK(f.amount() == 5'000'00); // not touched: the repositories set it

    REQUIRE(OpportunityRepository(db).takeAmountOfLines(f.opportunity.id));
    CHECK(f.amount() == 250'00);
    const auto one = OpportunityLineRows::one(db, lines->at(1).id);
    REQUIRE(one);
    CHECK(one->description == u"Setup"_s);
}

TEST_CASE("a line that breaks a rule makes the line rows write nothing", "[store][opportunities]") {
    Fixture f;
    Database& db = f.tmp.db();
    const int before = *Outbox(db).pendingCount();
    OpportunityLine bad = Fixture::item(u"Gateway"_s, 1, 100'00);
    bad.amounts.unitPrice = -1;
    auto replaced = db.transaction([&] {
        return OpportunityLineRows::replace(db, f.opportunity, {Fixture::item(u"Setup"_s, 1, 50'00), bad});
    });
    CHECK_FALSE(replaced);
    CHECK(*OpportunityLineRows::total(db, f.opportunity.id) == std::nullopt);
    CHECK(*Outbox(db).pendingCount() == before);
    CHECK(OpportunityLineRows::one(db, u"no-such-line"_s).error().code == ErrorCode::NotFound);
}

TEST_CASE("an opportunity marked won takes what was sold as its lines, the amount change recorded before the stage",
          "[store][opportunities]") {
    Fixture f;
    OpportunityRepository opportunities(f.tmp.db());
    const auto won = opportunities.markWon(f.opportunity.id, {Fixture::item(u"Gateway"_s, 3, 200'00)}, u"EUR"_s,
                                           QDate(2026, 5, 4), u"best price"_s);
    REQUIRE(won);
    CHECK(won->stage == u"won"_s);
    CHECK(won->amount == 600'00);
    CHECK(won->closeDate == QDate(2026, 5, 4));
    const auto history = opportunities.history(f.opportunity.id);
    REQUIRE(history);
    QStringList changes;
    for (const OpportunityChange& c : *history)
        if (!c.oldValue.isEmpty())
            changes.append(c.field + u": "_s + c.oldValue + u" -> "_s + c.newValue);
    CHECK(changes.indexOf(u"amount: 500000 -> 60000"_s) >= 0);
    CHECK(changes.indexOf(u"amount: 500000 -> 60000"_s) < changes.indexOf(u"stage: proposal -> won"_s));
}
