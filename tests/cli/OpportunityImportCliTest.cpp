#include "CliRunner.h"
#include "StringMakers.h"
#include "store/records/AccountRepository.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

TEST_CASE("import opportunities upserts by external id, adds product lines and reports bad rows",
          "[cli][opportunities]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    REQUIRE(
        cli.run({u"import"_s, u"accounts"_s,
                 cli.writeFile(u"accounts.csv"_s, "name,external_id\n苏州智远科技有限公司,A-1\nNordwind GmbH,A-2\n")})
            .exitCode == 0);
    REQUIRE(cli.run({u"import"_s, u"products"_s,
                     cli.writeFile(u"products.csv"_s, "sku,name,unit_price,currency,min_quantity\n"
                                                      "IG-500,Industrial gateway,1249.00,EUR,\n"
                                                      "IG-500,Industrial gateway,1099.00,EUR,10\n"
                                                      "SV-1,Installation,120.00,EUR,\n")})
                .exitCode == 0);

    const QString csv =
        cli.writeFile(u"opportunities.csv"_s,
                      "Opportunity Name,Account,Stage,Amount,Currency,Close Date,Probability,Product,Qty,"
                      "External ID,Next step,Unit price\n"
                      // 2: amount typed, stage by name in another case
                      "年度框架协议,苏州智远科技有限公司,negotiation,\"125,000.50\",CNY,2027-03-31,,,,O-1,签合同,\n"
                      // 3 and 4: one opportunity with two product lines
                      "Gateway roll-out,Nordwind GmbH,Proposal,,EUR,2027-02-15,60,IG-500,12,O-2,,\n"
                      "Gateway roll-out,Nordwind GmbH,Proposal,,EUR,2027-02-15,60,Installation,8,O-2,,110.00\n"
                      // 5: an unknown stage
                      "Pilot,Nordwind GmbH,Pitching,100,EUR,2027-01-10,,,,O-3,,\n"
                      // 6: no such account
                      "Pilot,Nobody Ltd,Proposal,100,EUR,2027-01-10,,,,O-4,,\n"
                      // 7: no close date for a new open one: imported, needs attention
                      "Pilot,Nordwind GmbH,Proposal,100,EUR,,,,,O-5,,\n"
                      // 8: not an amount
                      "Pilot,Nordwind GmbH,Proposal,lots,EUR,2027-01-10,,,,O-6,,\n"
                      // 9: no such product
                      "Pilot,Nordwind GmbH,Proposal,,EUR,2027-01-10,,XY-9,1,O-7,,\n"
                      // 10: probability out of range
                      "Pilot,Nordwind GmbH,Proposal,100,EUR,2027-01-10,120,,,O-8,,\n"
                      // 11: lost without a reason: imported, needs attention
                      "Pilot,Nordwind GmbH,Lost,100,EUR,2027-01-10,,,,O-9,,\n");
    const CliRun run = cli.run({u"import"_s, u"opportunities"_s, csv});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = jsonObject(run.out);
    CHECK(report.value(u"imported"_s).toInt() == 4);
    CHECK(report.value(u"updated"_s).toInt() == 1); // row 4 adds a line to row 3's opportunity
    const QMap<int, QString> rejected = rejectedRows(report);
    CHECK(rejected.keys() == QList<int>{5, 6, 8, 9, 10});
    CHECK(rejected.value(5).contains(u"Pitching"_s));
    CHECK(rejected.value(6).contains(u"Nobody Ltd"_s));
    CHECK(rejected.value(8).contains(u"lots"_s));
    CHECK(rejected.value(9).contains(u"XY-9"_s));
    CHECK(rejected.value(10).contains(u"120"_s));

    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        OpportunityRepository opportunities(**db);
        const Opportunity framework = opportunities.byExternalId(u"O-1"_s)->value();
        CHECK(framework.name == u"年度框架协议"_s);
        CHECK(framework.amount == 125'000'50);
        CHECK(framework.currency == u"CNY"_s);
        CHECK(framework.stage == u"negotiation"_s);
        CHECK(framework.probability == 75); // the stage's default
        CHECK(framework.nextStep == u"签合同"_s);
        const Opportunity rollout = opportunities.byExternalId(u"O-2"_s)->value();
        CHECK(rollout.probability == 60);
        const auto lines = *OpportunityLineRepository(**db).lines(rollout.id);
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0).description == u"Industrial gateway"_s);
        CHECK(lines.at(0).amounts.unitPrice == 1099'00);    // 12 reaches the break at 10
        CHECK(lines.at(1).amounts.unitPrice == 110'00);     // the row's price, not the list's 120.00
        CHECK(rollout.amount == 12 * 1099'00 + 8 * 110'00); // the lines' total
        // A rejected row wrote nothing; what real exports lack is imported and flagged.
        for (const auto* id : {"O-3", "O-4", "O-6", "O-7", "O-8"})
            CHECK_FALSE(opportunities.byExternalId(QString::fromLatin1(id))->has_value());
        const Opportunity undated = opportunities.byExternalId(u"O-5"_s)->value();
        CHECK(*opportunities.attention(undated) == AttentionReason::NoCloseDate);
        const Opportunity lost = opportunities.byExternalId(u"O-9"_s)->value();
        CHECK(*opportunities.attention(lost) == AttentionReason::NoLossReason);
    }

    // Importing again updates by external id: a changed quantity changes the line, not a new one.
    const QString again = cli.writeFile(u"again.csv"_s, "external_id,name,account,close_date,product,quantity\n"
                                                        "O-2,Gateway roll-out,Nordwind GmbH,2027-02-15,IG-500,5\n");
    const CliRun second = cli.run({u"import"_s, u"opportunities"_s, again});
    INFO(second.out.toStdString() << second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    const QJsonObject report2 = jsonObject(second.out);
    CHECK(report2.value(u"imported"_s).toInt() == 0);
    CHECK(report2.value(u"updated"_s).toInt() == 1);
    auto db = Database::open(cli.dbPath());
    REQUIRE(db);
    const Opportunity rollout = OpportunityRepository(**db).byExternalId(u"O-2"_s)->value();
    const auto lines = *OpportunityLineRepository(**db).lines(rollout.id);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).amounts.quantity == Decimal4::fromInt(5));
    CHECK(lines.at(0).amounts.unitPrice == 1099'00); // an edited line keeps its price
    CHECK(rollout.amount == 5 * 1099'00 + 8 * 110'00);
}

TEST_CASE("import opportunities --fields lists the documented fields", "[cli][opportunities]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    const CliRun run = cli.run({u"import"_s, u"opportunities"_s, u"--fields"_s});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const auto* field : {"name", "account", "owner", "stage", "amount", "currency", "close_date", "probability",
                              "product", "external_id"})
        CHECK(run.out.contains(field));
}

TEST_CASE("import closes a won or lost opportunity today unless the row gives its close date", "[cli][opportunities]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    REQUIRE(cli.run({u"import"_s, u"accounts"_s, cli.writeFile(u"accounts.csv"_s, "name\nNordwind GmbH\n")}).exitCode ==
            0);
    const QString open = cli.writeFile(u"open.csv"_s, "external_id,name,account,stage,currency,close_date\n"
                                                      "O-1,Retrofit,Nordwind GmbH,Proposal,EUR,2027-03-31\n"
                                                      "O-2,Sensors,Nordwind GmbH,Proposal,EUR,2027-03-31\n");
    REQUIRE(cli.run({u"import"_s, u"opportunities"_s, open}).exitCode == 0);
    const QString closed =
        cli.writeFile(u"closed.csv"_s, "external_id,name,account,stage,currency,close_date,close_reason\n"
                                       "O-1,Retrofit,Nordwind GmbH,Won,EUR,,\n"
                                       "O-2,Sensors,Nordwind GmbH,Won,EUR,2027-03-31,\n"
                                       "O-3,Pilot,Nordwind GmbH,Lost,EUR,,No budget\n");
    const QDate today = QDate::currentDate();
    const CliRun run = cli.run({u"import"_s, u"opportunities"_s, closed});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(rejectedRows(jsonObject(run.out)).isEmpty());
    auto db = Database::open(cli.dbPath());
    REQUIRE(db);
    OpportunityRepository opportunities(**db);
    CHECK(opportunities.byExternalId(u"O-1"_s)->value().closeDate == today);
    CHECK(opportunities.byExternalId(u"O-2"_s)->value().closeDate == QDate(2027, 3, 31)); // the row's date
    CHECK(opportunities.byExternalId(u"O-3"_s)->value().closeDate == today);
}
