#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Decimal4 dec(const char* text) {
    return *Decimal4::parse(QString::fromUtf8(text));
}

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
    OpportunityLineRepository lines() { return OpportunityLineRepository(tmp.db()); }
    qint64 amount() { return OpportunityRepository(tmp.db()).get(opportunity.id)->amount; }
    OpportunityLine item(const QString& description, const char* quantity, qint64 unitPrice,
                         const char* discount = "0") {
        OpportunityLine l;
        l.opportunityId = opportunity.id;
        l.description = description;
        l.amounts.quantity = dec(quantity);
        l.amounts.unitPrice = unitPrice;
        if (dec(discount).raw != 0) {
            l.amounts.discount = QuoteLineInput::Discount::Percent;
            l.amounts.discountPercent = dec(discount);
        }
        return l;
    }
};

} // namespace

TEST_CASE("product lines make the opportunity's amount, recorded in its history", "[store][opportunities]") {
    Fixture f;
    CHECK(f.amount() == 5'000'00); // typed, no lines yet
    auto gateway = f.lines().save(f.item(u"工业网关 IG-500"_s, "3", 199'99));
    REQUIRE(gateway);
    CHECK(f.amount() == 599'97);
    // 2.5 × 80.00 = 200.00, 10 % off = 180.00
    auto service = f.lines().save(f.item(u"Installation"_s, "2.5", 80'00, "10"));
    REQUIRE(service);
    CHECK(f.amount() == 599'97 + 180'00);
    // 1 × 0.05 with 50 % off: the discount 0.025 rounds half away from zero to 0.03, net 0.02
    REQUIRE(f.lines().save(f.item(u"Cable tie"_s, "1", 5, "50")));
    CHECK(f.amount() == 599'97 + 180'00 + 2);
    CHECK(f.lines().total(f.opportunity.id)->value() == 599'97 + 180'00 + 2);

    // A save of the form cannot put another amount over the lines.
    Opportunity edited = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    edited.amount = 1;
    edited.nextStep = u"Send the proposal"_s;
    REQUIRE(OpportunityRepository(f.tmp.db()).save(edited));
    CHECK(f.amount() == 599'97 + 180'00 + 2);

    const auto history = *OpportunityRepository(f.tmp.db()).history(f.opportunity.id);
    QStringList amounts;
    for (const OpportunityChange& c : history)
        if (c.field == u"amount"_s)
            amounts.append(c.newValue);
    CHECK(amounts == QStringList{u"500000"_s, u"59997"_s, u"77997"_s, u"77999"_s});

    const auto all = *f.lines().lines(f.opportunity.id);
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).id == gateway->id);
    CHECK(all.at(1).id == service->id);

    // Removing lines keeps the amount their total; without lines it is zero, to be typed again.
    for (const OpportunityLine& l : all)
        REQUIRE(f.lines().remove(l.id));
    CHECK(f.amount() == 0);
    CHECK_FALSE(f.lines().total(f.opportunity.id)->has_value());
}

TEST_CASE("bad product lines are refused with a reason and write nothing", "[store][opportunities]") {
    Fixture f;
    const int before = *Outbox(f.tmp.db()).pendingCount();
    CHECK(f.lines().save(f.item(u""_s, "1", 100)).error().code == ErrorCode::InvalidInput);
    CHECK(f.lines().save(f.item(u"Zero"_s, "0", 100)).error().message.contains(u"quantity"_s));
    CHECK(f.lines().save(f.item(u"Negative price"_s, "1", -1)).error().code == ErrorCode::InvalidInput);
    CHECK(f.lines().save(f.item(u"Too much off"_s, "1", 100, "150")).error().message.contains(u"100"_s));
    OpportunityLine elsewhere = f.item(u"No opportunity"_s, "1", 100);
    elsewhere.opportunityId = u"0190-nope"_s;
    CHECK(f.lines().save(elsewhere).error().code == ErrorCode::NotFound);
    CHECK(*Outbox(f.tmp.db()).pendingCount() == before);
    CHECK(f.amount() == 5'000'00);
}

TEST_CASE("a product line takes the price of the opportunity's currency with quantity breaks",
          "[store][opportunities][catalogue]") {
    Fixture f;
    CatalogRepository catalog(f.tmp.db());
    Product p;
    p.sku = u"IG-500"_s;
    p.name = u"Industrial gateway"_s;
    p.taxRate = dec("19");
    p = *catalog.saveProduct(p);
    PriceList usd = *catalog.savePriceList({{}, u"US prices"_s, u"USD"_s, true, {}, false});
    PriceList eur = *catalog.savePriceList({{}, u"Euro prices"_s, u"EUR"_s, true, {}, false});
    REQUIRE(catalog.setPrice({{}, usd.id, p.id, {}, 1399'00, {}, false}));
    REQUIRE(catalog.setPrice({{}, eur.id, p.id, {}, 1249'00, {}, false}));
    REQUIRE(catalog.setPrice({{}, eur.id, p.id, dec("10"), 1099'00, {}, false}));
    CHECK(catalog.priceListFor(u"EUR"_s)->value().id == eur.id);
    CHECK_FALSE(catalog.priceListFor(u"JPY"_s)->has_value());

    auto few = f.lines().addProduct(f.opportunity.id, p.id, dec("2"));
    REQUIRE(few);
    CHECK(few->amounts.unitPrice == 1249'00);
    CHECK(few->description == u"Industrial gateway"_s);
    auto many = f.lines().addProduct(f.opportunity.id, p.id, dec("12"));
    REQUIRE(many);
    CHECK(many->amounts.unitPrice == 1099'00);
    CHECK(f.amount() == 2 * 1249'00 + 12 * 1099'00);

    // Lines move up and down; the first stays first when moved up.
    REQUIRE(f.lines().move(many->id, -1));
    CHECK(f.lines().lines(f.opportunity.id)->at(0).id == many->id);
    REQUIRE(f.lines().move(many->id, -1));
    CHECK(f.lines().lines(f.opportunity.id)->at(0).id == many->id);

    // A quote made from the opportunity starts with its lines, their prices and the products' tax.
    const Quote quote = *QuoteRepository(f.tmp.db()).createFromOpportunity(f.opportunity.id, eur.id);
    const auto quoteLines = *QuoteRepository(f.tmp.db()).lines(quote.id);
    REQUIRE(quoteLines.size() == 2);
    CHECK(quoteLines.at(0).amounts.quantity == dec("12"));
    CHECK(quoteLines.at(0).amounts.unitPrice == 1099'00);
    CHECK(quoteLines.at(0).amounts.taxRate == dec("19"));
    CHECK(quoteLines.at(1).productId == p.id);

    // A product no longer sold is refused.
    p.active = false;
    REQUIRE(catalog.saveProduct(p));
    CHECK(f.lines().addProduct(f.opportunity.id, p.id, dec("1")).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an amount off a line counts like on a quote, and an accepted quote's items become the lines",
          "[store][opportunities][quotes]") {
    Fixture f;
    OpportunityLine gateway = f.item(u"Gateway"_s, "2", 1249'00);
    gateway.amounts.discount = QuoteLineInput::Discount::Amount;
    gateway.amounts.discountAmount = 98'00; // 2,498.00 - 98.00
    REQUIRE(f.lines().save(gateway));
    CHECK(f.amount() == 2400'00);
    CHECK(f.lines().lines(f.opportunity.id)->at(0).amounts == gateway.amounts);

    // The quote starts with the line; the customer negotiates it down and accepts.
    QuoteRepository quotes(f.tmp.db());
    const Quote quote = *quotes.createFromOpportunity(f.opportunity.id);
    QuoteLine first = quotes.lines(quote.id)->at(0);
    CHECK(first.amounts.discount == QuoteLineInput::Discount::Amount);
    first.amounts.discountAmount = 198'00;
    first.amounts.taxRate = dec("19");
    REQUIRE(quotes.saveLine(first));
    QuoteLine service;
    service.quoteId = quote.id;
    service.description = u"安装调试"_s;
    service.amounts.quantity = dec("1.5");
    service.amounts.unitPrice = 120'00;
    service.amounts.discount = QuoteLineInput::Discount::Percent;
    service.amounts.discountPercent = dec("10");
    service.amounts.taxRate = dec("6");
    REQUIRE(quotes.saveLine(service));
    QuoteLine note;
    note.quoteId = quote.id;
    note.kind = QuoteLine::Kind::Note;
    note.description = u"Delivery in week 12"_s;
    REQUIRE(quotes.saveLine(note));
    REQUIRE(QuoteLifecycle(f.tmp.db()).send(quote.id, QDate::currentDate()));
    REQUIRE(QuoteLifecycle(f.tmp.db()).accept(quote.id, QDate::currentDate()));

    // 2,498.00 - 198.00 = 2,300.00; 1.5 × 120.00 = 180.00 - 10 % = 162.00; net 2,462.00 before tax.
    const Opportunity won = *OpportunityRepository(f.tmp.db()).get(f.opportunity.id);
    CHECK(won.stage == u"won"_s);
    CHECK(won.amount == 2462'00);
    CHECK(won.amount == quotes.totals(quote.id)->net);
    const auto sold = *f.lines().lines(f.opportunity.id);
    REQUIRE(sold.size() == 2); // the items, not the note
    CHECK(sold.at(0).amounts.discountAmount == 198'00);
    CHECK(sold.at(0).amounts.taxRate == Decimal4{});
    CHECK(sold.at(1).description == u"安装调试"_s);
    CHECK(sold.at(1).amounts.discountPercent == dec("10"));
}

TEST_CASE("product lines go through the outbox as records of their own", "[store][opportunities]") {
    Fixture f;
    auto line = f.lines().save(f.item(u"Installation"_s, "8", 120'00));
    REQUIRE(line);
    const auto outbox = Outbox(f.tmp.db()).entries(line->id);
    REQUIRE(outbox);
    REQUIRE(outbox->size() == 1);
    CHECK(outbox->at(0).table == u"opportunity_lines"_s);
    CHECK(outbox->at(0).fields.value(u"quantity"_s).toInteger() == 80000);
    CHECK(outbox->at(0).fields.value(u"discount_kind"_s).toString() == u"none"_s);
    CHECK(outbox->at(0).fields.value(u"opportunity_id"_s).toString() == f.opportunity.id);
}

TEST_CASE("an external id belongs to one live opportunity", "[store][opportunities]") {
    Fixture f;
    OpportunityRepository repo(f.tmp.db());
    Opportunity o = f.opportunity;
    o.externalId = u" SF-0061 "_s;
    REQUIRE(repo.save(o));
    CHECK(repo.byExternalId(u"SF-0061"_s)->value().id == f.opportunity.id);
    Opportunity other = f.opportunity;
    other.id.clear();
    other.name = u"Second deal"_s;
    other.externalId = u"SF-0061"_s;
    auto refused = repo.save(other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"SF-0061"_s));
    other.externalId.clear();
    CHECK(repo.save(other));
}
