#include "CliRunner.h"
#include "StringMakers.h"
#include "store/db/Database.h"
#include "store/records/LeadRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

// Rows 2, 3 and 8 are good; the others each have one thing wrong.
const QByteArray kLeads = "Name,Company,Email,Phone,Lead Source,Status,Rating,Owner,Reason\n"
                          "王芳,苏州智远科技有限公司,wang.fang@zhiyuan.example,+86 512 6666 8888,展会,New,hot,,\n"
                          "\"Roe, Jane\",Acme Corp,jane@acme.example,,Web,working,Warm,,\n"
                          "Bad Mail,Initech,not-an-address,,Web,new,,,\n"
                          "Mystery Status,Globex,m@globex.example,,Web,pending,,,\n"
                          "Already Done,Umbrella,done@umbrella.example,,Web,converted,,,\n"
                          "Nobody Owns,Hooli,n@hooli.example,,Web,new,,Somebody Unknown,\n"
                          "Ivan Petrov,Soylent,ivan@soylent.example,,Referral,disqualified,cold,,No budget\n"
                          ",Nameless Inc,x@nameless.example,,Web,new,,,\n"
                          "Quiet Out,Vandelay,q@vandelay.example,,Web,disqualified,,,\n";

} // namespace

TEST_CASE("import leads stores good rows, reports each bad row and updates by e-mail on a second run", "[cli][leads]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    const QString csv = cli.writeFile(u"leads.csv"_s, kLeads);

    const CliRun first = succeeded(cli, {u"import"_s, u"leads"_s, csv});
    const QJsonObject report = jsonObject(first.out);
    CHECK(report.value(u"imported"_s).toInt() == 3);
    CHECK(report.value(u"updated"_s).toInt() == 0);
    const QMap<int, QString> rejected = rejectedRows(report);
    CHECK(rejected.keys() == QList<int>{4, 5, 6, 7, 9, 10});
    CHECK(rejected.value(4).contains(u"not-an-address"_s));
    CHECK(rejected.value(5).contains(u"pending"_s));
    CHECK(rejected.value(6).contains(u"converted"_s));
    CHECK(rejected.value(7).contains(u"Somebody Unknown"_s));
    CHECK(rejected.value(9).contains(u"name"_s));
    CHECK(rejected.value(10).contains(u"disqualified"_s));

    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        LeadRepository leads(**db);
        const auto wang = leads.findByEmail(u"wang.fang@zhiyuan.example"_s);
        REQUIRE(wang);
        REQUIRE(wang->size() == 1);
        CHECK(wang->first().lastName == u"王"_s);
        CHECK(wang->first().firstName == u"芳"_s);
        CHECK(wang->first().displayName() == u"王芳"_s);
        CHECK(wang->first().source == u"展会"_s);
        CHECK(wang->first().rating == LeadRating::Hot);
        const auto jane = leads.findByEmail(u"jane@acme.example"_s);
        REQUIRE(jane);
        REQUIRE(jane->size() == 1);
        CHECK(jane->first().firstName == u"Jane"_s);
        CHECK(jane->first().lastName == u"Roe"_s);
        CHECK(jane->first().status == LeadStatus::Working);
        const auto ivan = leads.findByEmail(u"ivan@soylent.example"_s);
        REQUIRE(ivan);
        REQUIRE(ivan->size() == 1);
        CHECK(ivan->first().status == LeadStatus::Disqualified);
        CHECK(ivan->first().disqualifyReason == u"No budget"_s);
    }

    const CliRun stats = cli.run({u"stats"_s});
    REQUIRE(stats.exitCode == 0);
    CHECK(jsonObject(stats.out).value(u"leads"_s).toInt() == 3);
    const CliRun search = cli.run({u"search"_s, u"智远"_s});
    REQUIRE(search.exitCode == 0);
    CHECK(search.out.startsWith(QStringLiteral("lead\t王芳 (苏州智远科技有限公司)").toUtf8()));

    // Matched by e-mail: the same file again updates the three leads instead of doubling them.
    const CliRun second = cli.run({u"import"_s, u"leads"_s, csv});
    REQUIRE(second.exitCode == 0);
    const QJsonObject again = jsonObject(second.out);
    CHECK(again.value(u"imported"_s).toInt() == 0);
    CHECK(again.value(u"updated"_s).toInt() == 3);
    CHECK(jsonObject(cli.run({u"stats"_s}).out).value(u"leads"_s).toInt() == 3);
}

TEST_CASE("import leads --fields lists the lead fields and --dry-run stores nothing", "[cli][leads]") {
    CliRunner cli;
    const CliRun fields = cli.runRaw({u"import"_s, u"leads"_s, u"--fields"_s});
    REQUIRE(fields.exitCode == 0);
    for (const char* field :
         {"first_name", "last_name", "company", "email", "phone", "source", "status", "rating", "owner", "external_id"})
        CHECK(fields.out.contains(QByteArray(QByteArray(field) + '\t')));

    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    const QString csv = cli.writeFile(u"one.csv"_s, "first_name,last_name,company\nAda,Lovelace,Analytical Engines\n");
    const CliRun dry = cli.run({u"import"_s, u"leads"_s, csv, u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(jsonObject(dry.out).value(u"imported"_s).toInt() == 1);
    CHECK(jsonObject(cli.run({u"stats"_s}).out).value(u"leads"_s).toInt() == 0);
}
