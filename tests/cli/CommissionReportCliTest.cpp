#include "CliRunner.h"
#include "StringMakers.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// The worked example of docs/forecast.md (Commission): Ron's plan pays 5 %, Services 8 %, ×1.5
/// above his quarterly quota of 10,000.00; Sue is paid by Mira's team plan (4 %). The fiscal year
/// is the calendar year, so April to June 2026 is FY2026-Q2.
void exampleStore(const CliRunner& cli) {
    succeeded(cli, {u"init"_s});
    const auto import = [&](const QString& type, const QByteArray& csv) {
        const QJsonObject report =
            jsonObject(succeeded(cli, {u"import"_s, type, cli.writeFile(type + u".csv"_s, csv)}).out);
        INFO(type.toStdString() << " " << csv.toStdString());
        CHECK(report.value(u"rejected"_s).toArray().isEmpty());
    };
    import(u"users"_s, "name,role,manager,team\nMira Boss,manager,,North\nRon Rep,rep,Mira Boss,North\n"
                       "Sue Solo,rep,Mira Boss,North\n");
    import(u"accounts"_s, "name\nAcme\n");
    import(u"products"_s, "sku,name,family,sales_price\nHW1,Server,Hardware,1000\nSV1,Setup,Services,500\n");
    import(u"opportunities"_s,
           "external_id,name,account,owner,stage,amount,currency,close_date,product,quantity,unit_price\n"
           "A,Deal A,Acme,Ron Rep,Won,6000,USD,2026-04-10,,,\n"
           "B,Deal B,Acme,Ron Rep,Won,,USD,2026-05-20,HW1,3,1000\n"
           "B,Deal B,Acme,Ron Rep,Won,,USD,2026-05-20,SV1,4,500\n"
           "C,Deal C,Acme,Ron Rep,Negotiation,2000,USD,2026-06-10,,,\n"
           "D,Deal D,Acme,Ron Rep,Proposal,1000,USD,2026-06-20,,,\n"
           "E,Deal E,Acme,Sue Solo,Won,333.33,USD,2026-04-15,,,\n"
           "F,Deal F,Acme,Sue Solo,Won,25000,JPY,2026-05-03,,,\n");
    import(u"quotas"_s, "user,period,amount\nRon Rep,FY2026-Q2,10000\n");
    import(u"commission_plans"_s, "user,team,valid_from,rate,family_rates,accelerator\n"
                                  "Ron Rep,,2026-01-01,5,Services=8,1.5\n"
                                  ",Mira Boss,2026-01-01,4,,\n");
}

const QStringList kQuarter{u"--period"_s, u"quarter"_s, u"--from"_s, u"2026-04-01"_s, u"--to"_s, u"2026-06-30"_s};

} // namespace

TEST_CASE("report commission: the worked example by owner as CSV and by team as JSON", "[cli][commission]") {
    CliRunner cli;
    exampleStore(cli);

    const QString file = cli.path(u"commission.csv"_s);
    succeeded(cli, QStringList{u"report"_s, u"commission"_s, u"--by"_s, u"owner"_s, u"-o"_s, file} + kQuarter);
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"period,period_start,period_end,group,group_name,currency,closed_won,earned_commission,commit,"
                      "expected_commission_commit,best_case,expected_commission_best_case,quota,attainment,plan,"
                      "unconverted_count,unconverted_currencies"_s);
    QString ron;
    QString sue;
    for (const QString& line : lines.mid(1))
        (line.contains(u",Ron Rep,"_s) ? ron : sue) = line;
    // 6,000.00 × 5 % = 300.00; B crosses the quota: 4,000 below (Hardware 2,400 × 5 %, Services
    // 1,600 × 8 %) and 1,000 above (600 × 7.5 %, 400 × 12 %) = 341.00; C 2,000 × 7.5 % = 150.00;
    // D 1,000 × 7.5 % = 75.00.
    CHECK(ron.endsWith(u",USD,11000.00,641.00,13000.00,791.00,14000.00,866.00,10000.00,1.1000,"
                       "Ron Rep from 2026-01-01 (5%; Services=8%; ×1.5 above quota),0,"_s));
    CHECK(ron.startsWith(u"FY2026-Q2,2026-04-01,2026-06-30,"_s));
    // 333.33 × 4 % = 13.3332 -> 13.33; the JPY deal has no rate: counted and named, not added.
    CHECK(sue.endsWith(u",USD,333.33,13.33,333.33,13.33,333.33,13.33,0.00,,"
                       "team of Mira Boss from 2026-01-01 (4%),1,JPY"_s));

    const QJsonObject json = jsonObject(
        succeeded(cli,
                  QStringList{u"report"_s, u"commission"_s, u"--by"_s, u"team"_s, u"--format"_s, u"json"_s} + kQuarter)
            .out);
    CHECK(json.value(u"currency"_s).toString() == u"USD"_s);
    CHECK(json.value(u"by"_s).toString() == u"team"_s);
    const QJsonArray rows = json.value(u"rows"_s).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject north = rows.at(0).toObject();
    CHECK(north.value(u"group"_s).toString() == u"North"_s);
    CHECK(north.value(u"earned_commission"_s).toString() == u"654.33"_s);
    CHECK(north.value(u"expected_commission_commit"_s).toString() == u"804.33"_s);
    CHECK(north.value(u"expected_commission_best_case"_s).toString() == u"879.33"_s);
    CHECK(north.value(u"attainment"_s).toString() == u"1.1333"_s);
    CHECK(north.value(u"unconverted_count"_s).toInt() == 1);
    CHECK(north.value(u"plan_ids"_s).toArray().size() == 2);

    // By month there is no monthly quota: May pays B at the base rates only (150 + 160).
    const QJsonObject months =
        jsonObject(succeeded(cli, {u"report"_s, u"commission"_s, u"--period"_s, u"month"_s, u"--from"_s,
                                   u"2026-05-01"_s, u"--to"_s, u"2026-05-31"_s, u"--format"_s, u"json"_s})
                       .out);
    REQUIRE(months.value(u"rows"_s).toArray().size() == 1);
    const QJsonObject may = months.value(u"rows"_s).toArray().at(0).toObject();
    CHECK(may.value(u"earned_commission"_s).toString() == u"310.00"_s);
    CHECK(may.value(u"attainment"_s).isNull());
}

TEST_CASE("report commission refuses what it cannot group by, and the forecast's bad options", "[cli][commission]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    struct Case {
        QStringList arguments;
        const char* message;
    };
    const Case cases[] = {
        {{u"--by"_s, u"product"_s}, "--by expects one of total, owner, manager, team, not 'product'"},
        {{u"--period"_s, u"week"_s}, "--period expects month, quarter or year, not 'week'"},
        {{u"--from"_s, u"2027-01-01"_s}, "give both --from DATE and --to DATE"},
        {{u"--under"_s, u"Nobody Here"_s}, "--under: no user is called 'Nobody Here'"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const CliRun run = cli.run(QStringList{u"report"_s, u"commission"_s} + c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.message));
        CHECK(run.out.isEmpty());
    }
}
