#include "StringMakers.h"
#include "TempDatabase.h"

#include "models/PriceEntryModel.h"
#include "store/records/CatalogRepository.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

struct Catalogue {
    explicit Catalogue(Database& db)
        : catalog(db) {
        for (const auto& [sku, name] :
             {std::pair{u"IG-500"_s, u"Industrial gateway"_s}, std::pair{u"AN-7"_s, u"Antenna"_s}}) {
            Product p;
            p.sku = sku;
            p.name = name;
            products.append(*catalog.saveProduct(p));
        }
        for (const auto& [name, currency] : {std::pair{u"Europe"_s, u"EUR"_s}, std::pair{u"日本"_s, u"JPY"_s}}) {
            PriceList l;
            l.name = name;
            l.currency = currency;
            lists.append(*catalog.savePriceList(l));
        }
    }
    void price(int list, int product, const char* quantity, qint64 amount) {
        REQUIRE(catalog.setPrice({{},
                                  lists.at(list).id,
                                  products.at(product).id,
                                  *Decimal4::parse(QString::fromLatin1(quantity)),
                                  amount,
                                  {},
                                  false}));
    }
    CatalogRepository catalog;
    QList<Product> products;
    QList<PriceList> lists;
};

QStringList column(const PriceEntryModel& model, int column) {
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, column).data().toString());
    return list;
}

} // namespace

TEST_CASE("a product's prices are shown in every list with their breaks and currencies", "[models][catalogue]") {
    Test::TempDatabase tmp;
    Catalogue c(tmp.db());
    c.price(1, 0, "0", 150000);
    c.price(0, 0, "10", 1099'50);
    c.price(0, 0, "0", 1249'00);
    c.price(0, 1, "0", 19'90);

    PriceEntryModel model(tmp.db(), QLocale(QLocale::English, QLocale::UnitedStates));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.showProduct(c.products.at(0).id);
    CHECK(column(model, PriceEntryModel::ListName) == QStringList{u"Europe"_s, u"Europe"_s, u"日本"_s});
    CHECK(column(model, PriceEntryModel::MinQuantity) == QStringList{u"0"_s, u"10"_s, u"0"_s});
    CHECK(column(model, PriceEntryModel::UnitPrice) == QStringList{u"1,249.00"_s, u"1,099.50"_s, u"150,000"_s});
    CHECK(column(model, PriceEntryModel::Currency) == QStringList{u"EUR"_s, u"EUR"_s, u"JPY"_s});
    CHECK(model.index(1, PriceEntryModel::UnitPrice).data(PriceEntryModel::SortRole).toLongLong() == 1099'50);
    CHECK(model.headerData(PriceEntryModel::UnitPrice, Qt::Horizontal).toString() == u"Unit price"_s);

    // A new break appears; a deactivated list says so.
    c.price(0, 0, "50", 999'00);
    CHECK(model.rowCount() == 4);
    PriceList japan = c.lists.at(1);
    japan.active = false;
    REQUIRE(c.catalog.savePriceList(japan));
    CHECK(model.index(3, PriceEntryModel::ListName).data().toString() == u"日本 (inactive)"_s);
}

TEST_CASE("a price list's prices are shown by product and leave removed products out", "[models][catalogue]") {
    Test::TempDatabase tmp;
    Catalogue c(tmp.db());
    c.price(0, 0, "10", 1099'50);
    c.price(0, 0, "0", 1249'00);
    c.price(0, 1, "0", 19'90);
    c.price(1, 1, "0", 2000);

    PriceEntryModel model(tmp.db(), QLocale(QLocale::German, QLocale::Germany));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showPriceList(c.lists.at(0).id);
    CHECK(column(model, PriceEntryModel::Sku) == QStringList{u"AN-7"_s, u"IG-500"_s, u"IG-500"_s});
    CHECK(column(model, PriceEntryModel::MinQuantity) == QStringList{u"0"_s, u"0"_s, u"10"_s});
    CHECK(column(model, PriceEntryModel::UnitPrice) == QStringList{u"19,90"_s, u"1.249,00"_s, u"1.099,50"_s});
    CHECK(model.headerData(PriceEntryModel::UnitPrice, Qt::Horizontal).toString() == u"Unit price (EUR)"_s);
    CHECK(model.index(0, 0).data(PriceEntryModel::SearchRole).toString().contains(u"Antenna"_s));

    REQUIRE(c.catalog.removeProduct(c.products.at(1).id));
    CHECK(column(model, PriceEntryModel::Sku) == QStringList{u"IG-500"_s, u"IG-500"_s});
    const QString entryId = model.index(1, 0).data(PriceEntryModel::IdRole).toString();
    REQUIRE(c.catalog.removePrice(entryId));
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(entryId) == -1);
}
