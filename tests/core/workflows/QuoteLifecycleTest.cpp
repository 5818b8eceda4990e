#include "../store/QuoteFixture.h"
#include "StringMakers.h"
#include "common/Clock.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;
using Fieldbook::Test::item;
using Fixture = Fieldbook::Test::QuoteFixture;

TEST_CASE("sending locks a quote, and accepting it wins the opportunity with the quote's net total",
          "[workflows][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    QuoteLifecycle life(f.tmp.db());
    const Quote empty = *repo.createFromOpportunity(f.opportunity.id);
    const auto nothing = life.send(empty.id, QDate(2026, 12, 2));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(u"no items"_s));

    const Quote q = f.draftWithLines();
    const auto sent = life.send(q.id, QDate(2026, 12, 2));
    REQUIRE(sent);
    CHECK(sent->status == QuoteStatus::Sent);
    CHECK(sent->sentAt == Clock::nowMs());

    // Locked: no line or header change.
    const auto added = repo.saveLine(item(q.id, u"Extra"_s, "1", 100, "0"));
    REQUIRE_FALSE(added);
    CHECK(added.error().message.contains(u"new revision"_s));
    CHECK_FALSE(repo.removeLine(repo.lines(q.id)->first().id));
    Quote edited = *sent;
    edited.paymentTerms = u"Net 60"_s;
    CHECK_FALSE(repo.save(edited));
    CHECK_FALSE(repo.remove(q.id));
    CHECK(repo.lines(q.id)->size() == 2);
    CHECK_FALSE(life.send(q.id, QDate(2026, 12, 2)));

    const auto accepted = life.accept(q.id, QDate(2026, 12, 20));
    REQUIRE(accepted);
    CHECK(accepted->status == QuoteStatus::Accepted);
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    CHECK(won.stage == u"won"_s);
    CHECK(won.probability == 100);
    CHECK(won.amount == 77997);
    CHECK(won.currency == u"CNY"_s);
    CHECK(won.closeDate == QDate(2026, 12, 20));
    CHECK(won.closeReason.contains(q.number));
    CHECK_FALSE(life.accept(q.id, QDate(2026, 12, 20)));
    CHECK_FALSE(life.reject(q.id));
    CHECK_FALSE(life.revise(q.id));
}

TEST_CASE("a sent quote past its validity is expired and cannot be accepted", "[workflows][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    QuoteLifecycle life(f.tmp.db());
    const Quote q = f.draftWithLines();
    REQUIRE(life.send(q.id, QDate(2026, 12, 2)));
    const Quote sent = *repo.get(q.id);
    CHECK(sent.effectiveStatus(QDate(2027, 1, 1)) == QuoteStatus::Sent);
    CHECK(sent.effectiveStatus(QDate(2027, 1, 2)) == QuoteStatus::Expired);
    const auto late = life.accept(q.id, QDate(2027, 1, 2));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"2027-01-01"_s));
    CHECK(*life.expireOverdue(QDate(2027, 1, 1)) == 0);
    CHECK(*life.expireOverdue(QDate(2027, 1, 2)) == 1);
    CHECK(repo.get(q.id)->status == QuoteStatus::Expired);
    CHECK(OpportunityRepository(f.tmp.db()).get(f.opportunity.id)->stage == u"proposal"_s);

    const Quote rejected = f.draftWithLines();
    REQUIRE(life.send(rejected.id, QDate(2026, 12, 2)));
    CHECK(life.reject(rejected.id)->status == QuoteStatus::Rejected);
}

TEST_CASE("changing a sent quote makes a new revision and keeps the sent one as it was", "[workflows][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    QuoteLifecycle life(f.tmp.db());
    const Quote q = f.draftWithLines();
    CHECK_FALSE(life.revise(q.id)); // a draft is changed directly
    REQUIRE(life.send(q.id, QDate(2026, 12, 2)));
    const auto linesBefore = *repo.lines(q.id);

    const auto r2 = life.revise(q.id);
    REQUIRE(r2);
    CHECK(r2->number == q.number);
    CHECK(r2->revision == 2);
    CHECK(r2->displayNumber() == q.number + u"-R2"_s);
    CHECK(r2->status == QuoteStatus::Draft);
    CHECK(r2->previousId == q.id);
    CHECK(repo.get(q.id)->status == QuoteStatus::Superseded);
    const auto copied = *repo.lines(r2->id);
    REQUIRE(copied.size() == linesBefore.size());
    for (qsizetype i = 0; i < copied.size(); ++i) {
        CHECK(copied.at(i).id != linesBefore.at(i).id);
        CHECK(copied.at(i).description == linesBefore.at(i).description);
        CHECK(copied.at(i).amounts == linesBefore.at(i).amounts);
    }
    // Editing the revision leaves the sent one alone.
    QuoteLine cheaper = copied.at(0);
    cheaper.amounts.unitPrice = 18999;
    REQUIRE(repo.saveLine(cheaper));
    REQUIRE(repo.removeLine(copied.at(1).id));
    CHECK(*repo.lines(q.id) == linesBefore);
    CHECK(repo.totals(q.id)->grandTotal == 77997 + 8880);
    CHECK(repo.totals(r2->id)->net == 56997);
    // The superseded one cannot be accepted or revised again.
    CHECK_FALSE(life.accept(q.id, QDate(2026, 12, 3)));
    CHECK_FALSE(life.revise(q.id));
    REQUIRE(life.send(r2->id, QDate(2026, 12, 3)));
    REQUIRE(life.reject(r2->id));
    const auto r3 = life.revise(r2->id);
    REQUIRE(r3);
    CHECK(r3->displayNumber() == q.number + u"-R3"_s);
    CHECK(repo.get(r2->id)->status == QuoteStatus::Rejected);
    CHECK(repo.forOpportunity(f.opportunity.id)->size() == 3);
}

TEST_CASE("accepting a quote wins its opportunity in the won stage of the opportunity's own pipeline",
          "[workflows][quotes][pipelines]") {
    Fixture f;
    using C = ForecastCategory;
    using O = StageOutcome;
    const auto services = PipelineRepository(f.tmp.db())
                              .save({{},
                                     u"Services"_s,
                                     {{{}, u"Scoping"_s, 20, C::Pipeline, O::Open},
                                      {{}, u"Signed"_s, 100, C::Closed, O::Won},
                                      {{}, u"Dropped"_s, 0, C::Omitted, O::Lost}}});
    REQUIRE(services);
    Opportunity o = f.opportunity;
    o.pipeline = services->key;
    o.stage = services->stages[0].key;
    REQUIRE(OpportunityRepository(f.tmp.db()).save(o));
    QuoteLifecycle life(f.tmp.db());
    const Quote q = f.draftWithLines();
    REQUIRE(life.send(q.id, QDate(2026, 12, 2)));
    const auto accepted = life.accept(q.id, QDate(2026, 12, 20));
    INFO((accepted ? QString() : accepted.error().message).toStdString());
    REQUIRE(accepted);
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(o.id);
    CHECK(won.pipeline == services->key);
    CHECK(won.stage == services->stages[1].key);
    CHECK(won.probability == 100);
    CHECK(won.forecastCategory == u"closed"_s);
}

TEST_CASE("only a sent, rejected or expired quote without a newer revision can be revised", "[workflows][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    QuoteLifecycle life(f.tmp.db());
    const Quote accepted = f.draftWithLines();
    CHECK_FALSE(life.checkRevisable(accepted.id));
    REQUIRE(life.send(accepted.id, QDate(2026, 12, 2)));
    CHECK(life.checkRevisable(accepted.id));
    REQUIRE(life.accept(accepted.id, QDate(2026, 12, 2)));
    const auto refused = life.checkRevisable(accepted.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"accepted"_s));
    CHECK_FALSE(life.revise(accepted.id));

    const Quote rejected = f.draftWithLines();
    REQUIRE(life.send(rejected.id, QDate(2026, 12, 2)));
    REQUIRE(life.reject(rejected.id));
    CHECK(life.checkRevisable(rejected.id));
    REQUIRE(life.revise(rejected.id));
    // The rejected one stays rejected, but its newer revision is the one to change.
    CHECK(repo.get(rejected.id)->status == QuoteStatus::Rejected);
    CHECK_FALSE(life.checkRevisable(rejected.id));
}

TEST_CASE("a quote that cannot be sent says why before anything is sent", "[workflows][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    QuoteLifecycle life(f.tmp.db());
    const Quote empty = *repo.createFromOpportunity(f.opportunity.id);
    const auto noItems = life.checkSendable(empty.id, QDate(2026, 12, 2));
    REQUIRE_FALSE(noItems);
    CHECK(noItems.error().message.contains(u"no items"_s));
    const Quote q = f.draftWithLines();
    CHECK(life.checkSendable(q.id, QDate(2026, 12, 2)));
    CHECK_FALSE(life.checkSendable(q.id, QDate(2027, 1, 2))); // valid until 2027-01-01
    CHECK(repo.get(q.id)->status == QuoteStatus::Draft);
}

TEST_CASE("an accepted quote whose opportunity cannot be won is not accepted, and the opportunity keeps its lines",
          "[workflows][quotes]") {
    Fixture f;
    QuoteLifecycle life(f.tmp.db());
    const Quote q = f.draftWithLines();
    REQUIRE(life.send(q.id, QDate(2026, 12, 2)));
    const auto linesBefore = *OpportunityLineRepository(f.tmp.db()).lines(f.opportunity.id);
    // The customer's account is gone: winning the opportunity is refused after its lines were replaced.
    REQUIRE(AccountRepository(f.tmp.db()).remove(f.opportunity.accountId));

    const auto accepted = life.accept(q.id, QDate(2026, 12, 20));
    REQUIRE_FALSE(accepted);
    CHECK(f.quotes().get(q.id)->status == QuoteStatus::Sent);
    const Opportunity still = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    CHECK(still.stage == u"proposal"_s);
    CHECK(still.amount == f.opportunity.amount);
    CHECK(*OpportunityLineRepository(f.tmp.db()).lines(f.opportunity.id) == linesBefore);
}
