#include "StringMakers.h"
#include "QuoteFixture.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/write/Outbox.h"
#include "store/records/QuoteRepository.h"
#include "workflows/QuoteLifecycle.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace Fieldbook;
using namespace Qt::StringLiterals;
using Fieldbook::Test::dec;
using Fieldbook::Test::item;
using Fixture = Fieldbook::Test::QuoteFixture;

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

TEST_CASE("quote changes go through the outbox, lines as records of their own", "[store][quotes]") {
    Fixture f;
    const Quote q = f.draftWithLines();
    REQUIRE(QuoteLifecycle(f.tmp.db()).send(q.id, QDate(2026, 12, 2)));
    const auto outbox = Outbox(f.tmp.db()).entries();
    REQUIRE(outbox);
    QStringList tables;
    for (const OutboxEntry& e : *outbox)
        tables.append(e.table);
    CHECK(tables.count(u"quotes"_s) >= 1);
    CHECK(tables.count(u"quote_lines"_s) == 2);
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
