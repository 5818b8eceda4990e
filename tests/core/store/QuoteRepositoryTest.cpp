#include "StringMakers.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "store/AccountRepository.h"
#include "store/CatalogRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityLineRepository.h"
#include "store/OpportunityRepository.h"
#include "store/Outbox.h"
#include "store/PipelineRepository.h"
#include "store/QuoteRepository.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Decimal4 dec(const char* text) {
    return *Decimal4::parse(QString::fromUtf8(text));
}

QuoteLine item(const QString& quoteId, const QString& description, const char* quantity, qint64 unitPrice,
               const char* taxRate) {
    QuoteLine l;
    l.quoteId = quoteId;
    l.description = description;
    l.amounts.quantity = dec(quantity);
    l.amounts.unitPrice = unitPrice;
    l.amounts.taxRate = dec(taxRate);
    return l;
}

struct Fixture {
    Test::TempDatabase tmp;
    Opportunity opportunity;

    Fixture() {
        // 2026-12-02 12:00 UTC: quotes made now are valid until 2027-01-01.
        Clock::setSource([] { return qint64(1'796'212'800'000); });
        Account a;
        a.name = u"苏州智远科技有限公司"_s;
        a = *AccountRepository(tmp.db()).save(a);
        Contact c;
        c.firstName = u"芳"_s;
        c.lastName = u"王"_s;
        c.accountId = a.id;
        c = *ContactRepository(tmp.db()).save(c);
        Opportunity o;
        o.name = u"年度框架协议"_s;
        o.accountId = a.id;
        o.contactId = c.id;
        o.amount = 10'000'00;
        o.currency = u"CNY"_s;
        o.closeDate = QDate(2027, 3, 31);
        o.stage = u"proposal"_s;
        opportunity = *OpportunityRepository(tmp.db()).save(o);
    }
    ~Fixture() { Clock::setSource({}); }
    QuoteRepository quotes() { return QuoteRepository(tmp.db()); }
    /// A draft with two items: 3 × 199.99 at 13 % and 2.5 h × 80.00 at 6 % with 10 % off.
    Quote draftWithLines() {
        Quote q = *quotes().createFromOpportunity(opportunity.id);
        REQUIRE(quotes().saveLine(item(q.id, u"工业网关 IG-500"_s, "3", 19999, "13")));
        QuoteLine service = item(q.id, u"Installation"_s, "2.5", 8000, "6");
        service.amounts.discount = QuoteLineInput::Discount::Percent;
        service.amounts.discountPercent = dec("10");
        REQUIRE(quotes().saveLine(service));
        return q;
    }
};

} // namespace

TEST_CASE("a quote made from an opportunity takes its customer, currency and a number of this device",
          "[store][quotes]") {
    Fixture f;
    const auto q = f.quotes().createFromOpportunity(f.opportunity.id);
    REQUIRE(q);
    CHECK(q->accountId == f.opportunity.accountId);
    CHECK(q->contactId == f.opportunity.contactId);
    CHECK(q->currency == u"CNY"_s);
    CHECK(q->title == u"年度框架协议"_s);
    CHECK(q->status == QuoteStatus::Draft);
    CHECK(q->revision == 1);
    CHECK(q->validUntil == QDate(2027, 1, 1));
    const QString tag = f.quotes().deviceTag();
    CHECK(QRegularExpression(u"^X[0-9A-HJKMNP-TV-Z]{5}$"_s).match(tag).hasMatch());
    CHECK(q->number == u"Q-2026-"_s + tag + u"-0001"_s);
    CHECK(f.quotes().createFromOpportunity(f.opportunity.id)->number == u"Q-2026-"_s + tag + u"-0002"_s);
    // Once the server has numbered the device, its number is the tag; the counter carries on.
    REQUIRE(f.tmp->setSetting(u"device_number"_s, u"7"_s));
    CHECK(f.quotes().createFromOpportunity(f.opportunity.id)->number == u"Q-2026-D7-0003"_s);
    f.tmp.reopen();
    CHECK(*f.quotes().get(q->id) == *q);
}

TEST_CASE("a quote's lines are kept in order and its totals are those of the quote arithmetic", "[store][quotes]") {
    Fixture f;
    const Quote q = f.draftWithLines();
    QuoteLine section;
    section.quoteId = q.id;
    section.kind = QuoteLine::Kind::Section;
    section.description = u"Services"_s;
    section.position = 1500; // between the two items
    REQUIRE(f.quotes().saveLine(section));
    f.tmp.reopen();
    const auto lines = f.quotes().lines(q.id);
    REQUIRE(lines);
    REQUIRE(lines->size() == 3);
    CHECK(lines->at(0).description == u"工业网关 IG-500"_s);
    CHECK(lines->at(1).kind == QuoteLine::Kind::Section);
    CHECK(lines->at(2).amounts.discountPercent == dec("10"));
    const auto totals = f.quotes().totals(q.id);
    REQUIRE(totals);
    // 3 × 199.99 = 599.97, tax 13 % = 77.9961 -> 78.00
    // 2.5 × 80.00 = 200.00, 10 % off = 20.00, net 180.00, tax 6 % = 10.80
    CHECK(totals->subtotal == 79997);
    CHECK(totals->discount == 2000);
    CHECK(totals->net == 77997);
    CHECK(totals->tax == 7800 + 1080);
    CHECK(totals->grandTotal == 77997 + 8880);
    REQUIRE(totals->taxes.size() == 2);
    CHECK(totals->taxes.at(0) == TaxByRate{dec("6"), 18000, 1080});
    CHECK(totals->taxes.at(1) == TaxByRate{dec("13"), 59997, 7800});
    // A line the arithmetic refuses is not stored.
    const auto zero = f.quotes().saveLine(item(q.id, u"Nothing"_s, "0", 100, "0"));
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message.contains(u"quantity"_s, Qt::CaseInsensitive));
    CHECK(f.quotes().lines(q.id)->size() == 3);
}

TEST_CASE("a product line takes the name, unit, tax and the price of its quantity break", "[store][quotes]") {
    Fixture f;
    CatalogRepository catalog(f.tmp.db());
    Product p;
    p.sku = u"IG-500"_s;
    p.name = u"工业网关 IG-500"_s;
    p.unit = u"台"_s;
    p.taxRate = dec("13");
    p = *catalog.saveProduct(p);
    PriceList list;
    list.name = u"China 2027"_s;
    list.currency = u"CNY"_s;
    list = *catalog.savePriceList(list);
    REQUIRE(catalog.setPrice({{}, list.id, p.id, dec("0"), 1999'00, {}, false}));
    REQUIRE(catalog.setPrice({{}, list.id, p.id, dec("10"), 1799'00, {}, false}));
    REQUIRE(catalog.setPrice({{}, list.id, p.id, dec("50"), 1599'00, {}, false}));
    // Setting a break again replaces it.
    REQUIRE(catalog.setPrice({{}, list.id, p.id, dec("50"), 1499'00, {}, false}));
    CHECK(catalog.prices(list.id, p.id)->size() == 3);

    const Quote q = *f.quotes().createFromOpportunity(f.opportunity.id, list.id);
    const auto few = f.quotes().addProduct(q.id, p.id, dec("9.5"));
    REQUIRE(few);
    CHECK(few->description == u"工业网关 IG-500"_s);
    CHECK(few->unit == u"台"_s);
    CHECK(few->amounts.taxRate == dec("13"));
    CHECK(few->amounts.unitPrice == 1999'00);
    CHECK(f.quotes().addProduct(q.id, p.id, dec("10"))->amounts.unitPrice == 1799'00);
    CHECK(f.quotes().addProduct(q.id, p.id, dec("120"))->amounts.unitPrice == 1499'00);

    PriceList euros;
    euros.name = u"Europe"_s;
    euros.currency = u"EUR"_s;
    euros = *catalog.savePriceList(euros);
    const auto wrongCurrency = f.quotes().createFromOpportunity(f.opportunity.id, euros.id);
    REQUIRE_FALSE(wrongCurrency);
    CHECK(wrongCurrency.error().message.contains(u"EUR"_s));
}

TEST_CASE("sending locks a quote, and accepting it wins the opportunity with the quote's net total",
          "[store][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    const Quote empty = *repo.createFromOpportunity(f.opportunity.id);
    const auto nothing = repo.send(empty.id, QDate(2026, 12, 2));
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(u"no items"_s));

    const Quote q = f.draftWithLines();
    const auto sent = repo.send(q.id, QDate(2026, 12, 2));
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
    CHECK_FALSE(repo.send(q.id, QDate(2026, 12, 2)));

    const auto accepted = repo.accept(q.id, QDate(2026, 12, 20));
    REQUIRE(accepted);
    CHECK(accepted->status == QuoteStatus::Accepted);
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    CHECK(won.stage == u"won"_s);
    CHECK(won.probability == 100);
    CHECK(won.amount == 77997);
    CHECK(won.currency == u"CNY"_s);
    CHECK(won.closeDate == QDate(2026, 12, 20));
    CHECK(won.closeReason.contains(q.number));
    CHECK_FALSE(repo.accept(q.id, QDate(2026, 12, 20)));
    CHECK_FALSE(repo.reject(q.id));
    CHECK_FALSE(repo.revise(q.id));
}

TEST_CASE("a sent quote past its validity is expired and cannot be accepted", "[store][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    const Quote q = f.draftWithLines();
    REQUIRE(repo.send(q.id, QDate(2026, 12, 2)));
    const Quote sent = *repo.get(q.id);
    CHECK(sent.effectiveStatus(QDate(2027, 1, 1)) == QuoteStatus::Sent);
    CHECK(sent.effectiveStatus(QDate(2027, 1, 2)) == QuoteStatus::Expired);
    const auto late = repo.accept(q.id, QDate(2027, 1, 2));
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(u"2027-01-01"_s));
    CHECK(*repo.expireOverdue(QDate(2027, 1, 1)) == 0);
    CHECK(*repo.expireOverdue(QDate(2027, 1, 2)) == 1);
    CHECK(repo.get(q.id)->status == QuoteStatus::Expired);
    CHECK(OpportunityRepository(f.tmp.db()).get(f.opportunity.id)->stage == u"proposal"_s);

    const Quote rejected = f.draftWithLines();
    REQUIRE(repo.send(rejected.id, QDate(2026, 12, 2)));
    CHECK(repo.reject(rejected.id)->status == QuoteStatus::Rejected);
}

TEST_CASE("changing a sent quote makes a new revision and keeps the sent one as it was", "[store][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    const Quote q = f.draftWithLines();
    CHECK_FALSE(repo.revise(q.id)); // a draft is changed directly
    REQUIRE(repo.send(q.id, QDate(2026, 12, 2)));
    const auto linesBefore = *repo.lines(q.id);

    const auto r2 = repo.revise(q.id);
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
    CHECK_FALSE(repo.accept(q.id, QDate(2026, 12, 3)));
    CHECK_FALSE(repo.revise(q.id));
    REQUIRE(repo.send(r2->id, QDate(2026, 12, 3)));
    REQUIRE(repo.reject(r2->id));
    const auto r3 = repo.revise(r2->id);
    REQUIRE(r3);
    CHECK(r3->displayNumber() == q.number + u"-R3"_s);
    CHECK(repo.get(r2->id)->status == QuoteStatus::Rejected);
    CHECK(repo.forOpportunity(f.opportunity.id)->size() == 3);
}

TEST_CASE("quote changes go through the outbox, lines as records of their own", "[store][quotes]") {
    Fixture f;
    const Quote q = f.draftWithLines();
    REQUIRE(f.quotes().send(q.id, QDate(2026, 12, 2)));
    const auto outbox = Outbox(f.tmp.db()).entries();
    REQUIRE(outbox);
    QStringList tables;
    for (const OutboxEntry& e : *outbox)
        tables.append(e.table);
    CHECK(tables.count(u"quotes"_s) >= 1);
    CHECK(tables.count(u"quote_lines"_s) == 2);
}

TEST_CASE("accepting a quote wins its opportunity in the won stage of the opportunity's own pipeline",
          "[store][quotes][pipelines]") {
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
    QuoteRepository repo = f.quotes();
    const Quote q = f.draftWithLines();
    REQUIRE(repo.send(q.id, QDate(2026, 12, 2)));
    const auto accepted = repo.accept(q.id, QDate(2026, 12, 20));
    INFO((accepted ? QString() : accepted.error().message).toStdString());
    REQUIRE(accepted);
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(o.id);
    CHECK(won.pipeline == services->key);
    CHECK(won.stage == services->stages[1].key);
    CHECK(won.probability == 100);
    CHECK(won.forecastCategory == u"closed"_s);
}

TEST_CASE("an item that is not a product is taxed at the default rate, a product line at its product's",
          "[store][quotes]") {
    Fixture f;
    CatalogRepository catalog(f.tmp.db());
    Product gateway;
    gateway.sku = u"IG-500"_s;
    gateway.name = u"Industrial gateway"_s;
    gateway.taxRate = dec("13");
    gateway = *catalog.saveProduct(gateway);
    Product exempt;
    exempt.sku = u"TRAIN"_s;
    exempt.name = u"Training voucher"_s;
    exempt = *catalog.saveProduct(exempt); // 0 %: the product says so, the default does not apply
    OpportunityLine typed;
    typed.description = u"On-site survey"_s;
    typed.amounts.unitPrice = 500'00;
    OpportunityLine sold;
    sold.productId = gateway.id;
    sold.description = gateway.name;
    sold.amounts.unitPrice = 199'99;
    OpportunityLine voucher;
    voucher.productId = exempt.id;
    voucher.description = exempt.name;
    REQUIRE(OpportunityLineRepository(f.tmp.db()).replace(f.opportunity.id, {typed, sold, voucher}));
    REQUIRE(f.tmp->setSetting(u"company/tax_rate"_s, u"6"_s)); // CompanyProfile::defaultTaxRate

    const Quote q = *f.quotes().createFromOpportunity(f.opportunity.id);
    auto lines = *f.quotes().lines(q.id);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).amounts.taxRate == dec("6"));
    CHECK(lines.at(1).amounts.taxRate == dec("13"));
    CHECK(lines.at(2).amounts.taxRate == Decimal4{});
    const auto added = f.quotes().addItem(q.id, u"Travel"_s);
    REQUIRE(added);
    CHECK(added->amounts.taxRate == dec("6"));
    CHECK(added->amounts.quantity == dec("1"));
    CHECK(f.quotes().lines(q.id)->size() == 4);
}

TEST_CASE("only a sent, rejected or expired quote without a newer revision can be revised", "[store][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    const Quote accepted = f.draftWithLines();
    CHECK_FALSE(repo.checkRevisable(accepted.id));
    REQUIRE(repo.send(accepted.id, QDate(2026, 12, 2)));
    CHECK(repo.checkRevisable(accepted.id));
    REQUIRE(repo.accept(accepted.id, QDate(2026, 12, 2)));
    const auto refused = repo.checkRevisable(accepted.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"accepted"_s));
    CHECK_FALSE(repo.revise(accepted.id));

    const Quote rejected = f.draftWithLines();
    REQUIRE(repo.send(rejected.id, QDate(2026, 12, 2)));
    REQUIRE(repo.reject(rejected.id));
    CHECK(repo.checkRevisable(rejected.id));
    REQUIRE(repo.revise(rejected.id));
    // The rejected one stays rejected, but its newer revision is the one to change.
    CHECK(repo.get(rejected.id)->status == QuoteStatus::Rejected);
    CHECK_FALSE(repo.checkRevisable(rejected.id));
}

TEST_CASE("a quote that cannot be sent says why before anything is sent", "[store][quotes]") {
    Fixture f;
    QuoteRepository repo = f.quotes();
    const Quote empty = *repo.createFromOpportunity(f.opportunity.id);
    const auto noItems = repo.checkSendable(empty.id, QDate(2026, 12, 2));
    REQUIRE_FALSE(noItems);
    CHECK(noItems.error().message.contains(u"no items"_s));
    const Quote q = f.draftWithLines();
    CHECK(repo.checkSendable(q.id, QDate(2026, 12, 2)));
    CHECK_FALSE(repo.checkSendable(q.id, QDate(2027, 1, 2))); // valid until 2027-01-01
    CHECK(repo.get(q.id)->status == QuoteStatus::Draft);
}
