#include "CliRunner.h"
#include "StringMakers.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

TEST_CASE("import products stores the catalogue with prices and quantity breaks and reports bad rows",
          "[cli][catalogue]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    const QString csv = cli.writeFile(u"products.csv"_s,
                                      "SKU,Product Name,Family,Unit,Price,Currency,Tax rate,Min quantity,External ID\n"
                                      "IG-500,Industrial gateway,Hardware,pcs,1249.00,EUR,19,,P-1\n"
                                      "IG-500,Industrial gateway,Hardware,pcs,1099.00,EUR,19,10,P-1\n"
                                      "SN-20,振动传感器,Hardware,pcs,189.50,EUR,19 %,,P-2\n"
                                      ",No name and no SKU,,,,,,,\n"
                                      "SV-1,Installation,Services,h,120.00,EURO,19,,P-3\n"
                                      "SV-2,Training,Services,day,-5,EUR,19,,P-4\n"
                                      "SV-3,Support,Services,yr,3600,EUR,150,,P-5\n"
                                      "SV-4,Project management,Services,h,135.00,CNY,6,,P-6\n");
    const CliRun run = cli.run({u"import"_s, u"products"_s, csv});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = jsonObject(run.out);
    CHECK(report.value(u"imported"_s).toInt() == 3);
    CHECK(report.value(u"updated"_s).toInt() == 1);
    const QMap<int, QString> rejected = rejectedRows(report);
    CHECK(rejected.keys() == QList<int>{5, 6, 7, 8});
    CHECK(rejected.value(6).contains(u"EURO"_s));
    CHECK(rejected.value(7).contains(u"negative"_s));

    auto db = Database::open(cli.dbPath());
    REQUIRE(db);
    CatalogRepository catalog(**db);
    CHECK(catalog.products()->size() == 3);
    const Product gateway = catalog.productBySku(u"IG-500"_s)->value();
    CHECK(gateway.externalId == u"P-1"_s);
    CHECK(gateway.taxRate == Decimal4::fromInt(19));
    CHECK(catalog.productBySku(u"SN-20"_s)->value().name == u"振动传感器"_s);
    const auto lists = *catalog.priceLists();
    REQUIRE(lists.size() == 2); // EUR and CNY
    QString euro;
    for (const PriceList& l : lists)
        if (l.currency == u"EUR"_s)
            euro = l.id;
    CHECK(*catalog.unitPrice(euro, gateway.id, Decimal4::fromInt(9)) == std::optional<qint64>(1249'00));
    CHECK(*catalog.unitPrice(euro, gateway.id, Decimal4::fromInt(10)) == std::optional<qint64>(1099'00));
    // A rejected row wrote nothing: no product for the bad tax rate, the bad currency or the negative price.
    CHECK_FALSE(catalog.productBySku(u"SV-1"_s)->has_value());
    CHECK_FALSE(catalog.productBySku(u"SV-3"_s)->has_value());
}
