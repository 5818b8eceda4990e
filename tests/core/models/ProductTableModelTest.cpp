#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/ProductTableModel.h"
#include "store/records/CatalogRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

Product product(const QString& sku, const QString& name, const QString& rate = u"19"_s) {
    Product p;
    p.sku = sku;
    p.name = name;
    p.family = u"Gateways"_s;
    p.unit = u"pcs"_s;
    p.taxRate = *Decimal4::parse(rate);
    return p;
}

QStringList names(const ProductTableModel& model) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, ProductTableModel::Name).data().toString());
    return list;
}

} // namespace

TEST_CASE("the product table follows the catalogue row by row and shows inactive products on request",
          "[models][catalogue]") {
    Test::TempDatabase tmp;
    CatalogRepository catalog(tmp.db());
    const Product gateway = *catalog.saveProduct(product(u"IG-500"_s, u"Industrial gateway"_s, u"7.5"_s));
    Product old = product(u"IG-100"_s, u"工业网关"_s);
    old.active = false;
    old = *catalog.saveProduct(old);

    ProductTableModel model(tmp.db(), QLocale(QLocale::German, QLocale::Germany));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(names(model) == QStringList{u"Industrial gateway"_s});
    const QModelIndex rate = model.index(0, ProductTableModel::TaxRate);
    CHECK(rate.data().toString() == u"7,5 %"_s);
    CHECK(rate.data(ProductTableModel::SortRole).toLongLong() == 75000);
    CHECK(model.index(0, ProductTableModel::Active).data().toString() == u"Active"_s);
    CHECK(model.index(0, 0).data(ProductTableModel::IdRole).toString() == gateway.id);
    CHECK(model.index(0, 0).data(ProductTableModel::SearchRole).toString().contains(u"Gateways"_s));

    model.setIncludeInactive(true);
    CHECK(names(model) == QStringList{u"Industrial gateway"_s, u"工业网关"_s});
    CHECK(model.index(model.rowOf(old.id), ProductTableModel::Active).data().toString() == u"Inactive"_s);

    // Changes arrive as row updates, not resets.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Product added = *catalog.saveProduct(product(u"AN-7"_s, u"Antenna"_s));
    CHECK(model.rowCount() == 3);
    CHECK(model.product(model.rowOf(added.id))->sku == u"AN-7"_s);
    Product renamed = gateway;
    renamed.name = u"Gateway"_s;
    REQUIRE(catalog.saveProduct(renamed));
    CHECK(model.index(model.rowOf(gateway.id), ProductTableModel::Name).data().toString() == u"Gateway"_s);
    REQUIRE(catalog.removeProduct(old.id));
    CHECK(model.rowOf(old.id) == -1);
    model.setIncludeInactive(false);
    renamed.active = false;
    REQUIRE(catalog.saveProduct(renamed));
    CHECK(names(model) == QStringList{u"Antenna"_s});
    CHECK(resets.size() == 1); // only the switch back to active products reloaded
}
