#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/CatalogRepository.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Product product(const QString& sku, const QString& name) {
    Product p;
    p.sku = sku;
    p.name = name;
    p.unit = u"pcs"_s;
    p.taxRate = *Decimal4::parse(u"19"_s);
    return p;
}

} // namespace

TEST_CASE("the catalogue keeps SKUs unique among live products and refuses bad values", "[store][catalogue]") {
    Test::TempDatabase tmp;
    CatalogRepository catalog(tmp.db());
    const auto gateway = catalog.saveProduct(product(u"IG-500"_s, u"Industrial gateway"_s));
    INFO((gateway ? QString() : gateway.error().message).toStdString());
    REQUIRE(gateway);
    const auto twin = catalog.saveProduct(product(u"IG-500"_s, u"Another gateway"_s));
    REQUIRE_FALSE(twin);
    CHECK(twin.error().message.contains(u"Industrial gateway"_s));
    CHECK_FALSE(catalog.saveProduct(product({}, u"No SKU"_s)));
    CHECK_FALSE(catalog.saveProduct(product(u"X"_s, {})));
    Product taxed = product(u"T-1"_s, u"Taxed"_s);
    taxed.taxRate = *Decimal4::parse(u"100.5"_s);
    CHECK_FALSE(catalog.saveProduct(taxed));
    // A deleted product's SKU is free again; inactive products are listed only on request.
    REQUIRE(catalog.removeProduct(gateway->id));
    Product next = *catalog.saveProduct(product(u"IG-500"_s, u"Gateway, second generation"_s));
    next.active = false;
    REQUIRE(catalog.saveProduct(next));
    CHECK(catalog.products()->isEmpty());
    CHECK(catalog.products(true)->size() == 1);
    CHECK(catalog.productBySku(u"IG-500"_s)->value().name == u"Gateway, second generation"_s);
    PriceList bad;
    bad.name = u"Dollars"_s;
    bad.currency = u"US$"_s;
    CHECK_FALSE(catalog.savePriceList(bad));
}

TEST_CASE("a rep's store refuses catalogue changes and a manager's accepts them", "[store][catalogue]") {
    Test::TempDatabase tmp;
    CatalogRepository catalog(tmp.db());
    CHECK(catalog.canEdit()); // a new standalone store's user is its admin
    for (const auto& [role, allowed] : {std::pair{u"rep"_s, false}, std::pair{u"manager"_s, true}}) {
        REQUIRE(tmp->connection().run(u"UPDATE users SET role = ? WHERE id = ?"_s, {role, tmp->localUserId()},
                                      u"test: set role"_s));
        INFO(role.toStdString());
        const auto saved = catalog.saveProduct(product(u"P-"_s + role, u"Widget"_s));
        CHECK(bool(saved) == allowed);
        if (!allowed)
            CHECK(saved.error().code == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("a price break keeps its own quantity: a new one replaces, a changed one may not take another's",
          "[store][catalogue]") {
    Test::TempDatabase tmp;
    CatalogRepository catalog(tmp.db());
    const Product p = *catalog.saveProduct(product(u"IG-500"_s, u"Industrial gateway"_s));
    PriceList list;
    list.name = u"Europe"_s;
    list.currency = u"EUR"_s;
    list = *catalog.savePriceList(list);
    const auto one = catalog.setPrice({{}, list.id, p.id, Decimal4::fromInt(1), 1249'00, {}, false});
    REQUIRE(one);
    auto ten = catalog.setPrice({{}, list.id, p.id, Decimal4::fromInt(10), 1099'00, {}, false});
    REQUIRE(ten);
    // A new entry for an existing quantity replaces that entry.
    const auto again = catalog.setPrice({{}, list.id, p.id, Decimal4::fromInt(10), 1049'00, {}, false});
    REQUIRE(again);
    CHECK(again->id == ten->id);
    CHECK(catalog.prices(list.id, p.id)->size() == 2);
    // Moving the 10-piece break to 1 would leave two prices for one quantity.
    PriceListEntry moved = *again;
    moved.minQuantity = Decimal4::fromInt(1);
    const auto refused = catalog.setPrice(moved);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"quantity 1"_s));
    moved.minQuantity = Decimal4::fromInt(25);
    REQUIRE(catalog.setPrice(moved));
    const auto prices = *catalog.prices(list.id, p.id);
    REQUIRE(prices.size() == 2);
    CHECK(prices.at(1).id == ten->id);
    CHECK(prices.at(1).minQuantity == Decimal4::fromInt(25));
    CHECK(catalog.unitPrice(list.id, p.id, Decimal4::fromInt(24))->value() == 1249'00);
    CHECK(catalog.unitPrice(list.id, p.id, Decimal4::fromInt(25))->value() == 1049'00);
}
