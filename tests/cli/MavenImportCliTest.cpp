#include "CliRunner.h"
#include "StringMakers.h"
#include "domain/Pipeline.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/records/OpportunityQuery.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// The import report of `arguments`, which must succeed.
QJsonObject imported(const CliRunner& cli, const QStringList& arguments) {
    const CliRun run = succeeded(cli, QStringList{u"import"_s} + arguments);
    return jsonObject(run.out);
}

/// How many rejected rows each reason has.
QMap<QString, int> reasons(const QJsonObject& report) {
    QMap<QString, int> counts;
    const QJsonArray rejected = report.value(u"rejected"_s).toArray();
    for (const auto& row : rejected)
        ++counts[row.toObject().value(u"reason"_s).toString()];
    return counts;
}

int scalar(Database& db, const QString& sql) {
    auto value = db.connection().scalar(sql, {}, u"test"_s);
    REQUIRE(value);
    return value->toInt();
}

} // namespace

// The commands and the numbers are those of docs/import-real-data.md.
TEST_CASE("the whole Maven CRM export imports: users with managers and teams, accounts, products and 8,800 "
          "opportunities",
          "[cli][import][maven]") {
    const QString shared = sharedDataDir();
    if (shared.isEmpty()) {
        WARN("skipped: the shared sample data (FIELDBOOK_SHARED_DATA or ../shared/data) is not there");
        return;
    }
    const QString maven = shared + u"/maven-crm/"_s;
    CliRunner cli;
    succeeded(cli, {u"init"_s});

    // Users: the managers first (each row names one; their role is manager), then the agents under them.
    const QJsonObject managers = imported(cli, {u"users"_s, maven + u"sales_teams.csv"_s, u"--map"_s, u"name=manager"_s,
                                                u"--map"_s, u"team=regional_office"_s, u"--map"_s, u"manager="_s,
                                                u"--map"_s, u"role=manager"_s, u"--value-map"_s, u"role:*=manager"_s});
    CHECK(managers == QJsonObject{{u"imported"_s, 6}, {u"updated"_s, 29}, {u"rejected"_s, QJsonArray()}});
    const QJsonObject agents = imported(cli, {u"users"_s, maven + u"sales_teams.csv"_s, u"--map"_s,
                                              u"name=sales_agent"_s, u"--map"_s, u"team=regional_office"_s});
    CHECK(agents == QJsonObject{{u"imported"_s, 35}, {u"updated"_s, 0}, {u"rejected"_s, QJsonArray()}});

    const QJsonObject accounts = imported(
        cli, {u"accounts"_s, maven + u"accounts.csv"_s, u"--map"_s, u"name=account"_s, u"--map"_s, u"industry=sector"_s,
              u"--map"_s, u"country=office_location"_s, u"--map"_s, u"annual_revenue="_s, u"--value-map"_s,
              u"industry:technolgy=Technology"_s, u"--value-map"_s, u"country:Philipines=Philippines"_s});
    CHECK(accounts == QJsonObject{{u"imported"_s, 85}, {u"updated"_s, 0}, {u"rejected"_s, QJsonArray()}});
    const QJsonObject products =
        imported(cli, {u"products"_s, maven + u"products.csv"_s, u"--map"_s, u"name=product"_s, u"--map"_s,
                       u"sku=product"_s, u"--map"_s, u"family=series"_s, u"--map"_s, u"unit_price=sales_price"_s});
    CHECK(products == QJsonObject{{u"imported"_s, 7}, {u"updated"_s, 0}, {u"rejected"_s, QJsonArray()}});

    const QStringList pipeline{
        u"opportunities"_s, maven + u"sales_pipeline.csv"_s,  u"--map"_s, u"external_id=opportunity_id"_s,
        u"--map"_s,         u"name=opportunity_id"_s,         u"--map"_s, u"owner=sales_agent"_s,
        u"--map"_s,         u"opened_on=engage_date"_s,       u"--map"_s, u"unit_price=close_value"_s,
        u"--value-map"_s,   u"stage:Engaging=Qualification"_s};
    // As exported: the product "GTXPro" is refused on its 1,480 rows, with the suggestion.
    const QJsonObject first = imported(cli, pipeline);
    CHECK(first.value(u"imported"_s).toInt() == 7320);
    CHECK(first.value(u"updated"_s).toInt() == 0);
    CHECK(reasons(first) ==
          QMap<QString, int>{{u"product 'GTXPro' matches no SKU or product name; did you mean 'GTX Pro'?"_s, 1480}});
    CHECK(first.value(u"rejected"_s).toArray().first().toObject().value(u"row"_s).toInt() == 3);
    // With the value map the suggestion names, the rest imports and the first 7,320 are updated.
    const QJsonObject second = imported(cli, pipeline + QStringList{u"--value-map"_s, u"product:GTXPro=GTX Pro"_s});
    CHECK(second == QJsonObject{{u"imported"_s, 1480}, {u"updated"_s, 7320}, {u"rejected"_s, QJsonArray()}});

    auto opened = Database::open(cli.dbPath());
    REQUIRE(opened);
    Database& db = **opened;
    // 6 managers over 35 agents in 3 regional teams.
    CHECK(scalar(db, u"SELECT count(*) FROM users WHERE role = 'manager' AND manager_id IS NULL"_s) == 6);
    CHECK(scalar(db, u"SELECT count(*) FROM users u JOIN users m ON m.id = u.manager_id "
                     u"WHERE u.role = 'rep' AND m.role = 'manager' AND u.team = m.team"_s) == 35);
    const User darcel = UserRepository(db).findByName(u"Darcel Schlecht"_s)->value();
    CHECK(darcel.managerId == UserRepository(db).findByName(u"Melvin Marxen"_s)->value().id);
    CHECK(darcel.team == u"Central"_s);

    // Every deal is there, with its stage; won revenue is the export's 10,005,534 USD.
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities"_s) == 8800);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities WHERE stage = 'won' AND currency = 'USD'"_s) == 4238);
    CHECK(scalar(db, u"SELECT sum(amount) / 100 FROM opportunities WHERE stage = 'won'"_s) == 10'005'534);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities WHERE stage = 'lost'"_s) == 2473);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities WHERE stage = 'qualification'"_s) == 1589);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities WHERE stage = 'prospecting'"_s) == 500);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunity_lines"_s) == 8800);

    // Needs attention: every lost one (no reason in the export) and every open one (no close date),
    // 1,425 of those without an account.
    const OpportunityQuery query(db, Pipeline::standard());
    OpportunityFilter flagged;
    flagged.needsAttention = true;
    CHECK(query.count(flagged).value() == 2473 + 500 + 1589);
    CHECK(scalar(db, u"SELECT count(*) FROM opportunities WHERE account_id IS NULL"_s) == 1425);

    // History: opened on engage_date in the first stage, won on close_date.
    const Opportunity won = OpportunityRepository(db).byExternalId(u"1C1I7A6R"_s)->value();
    QStringList history;
    const QList<OpportunityChange> changes = OpportunityRepository(db).history(won.id).value();
    for (const OpportunityChange& c : changes)
        if (c.field == u"stage"_s)
            history.append(c.newValue + u" "_s +
                           QDateTime::fromMSecsSinceEpoch(c.changedAt).date().toString(Qt::ISODate));
    CHECK(history == QStringList{u"prospecting 2016-10-20"_s, u"won 2017-03-01"_s});
    CHECK(won.amount == 1054'00);
}
