#include "CliRunner.h"
#include "StringMakers.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

void init(const CliRunner& cli) {
    succeeded(cli, {u"init"_s});
}

/// Every row of `sql` in the store of `cli`, columns joined with tabs.
QStringList rows(const CliRunner& cli, const QString& sql) {
    auto db = Database::open(cli.dbPath());
    REQUIRE(db);
    auto q = (*db)->connection().run(sql, {}, u"test"_s);
    REQUIRE(q);
    QStringList out;
    while ((*q)->next()) {
        QStringList columns;
        for (int c = 0; c < (*q)->record().count(); ++c)
            columns.append((*q)->value(c).toString());
        out.append(columns.join(u'\t'));
    }
    (*q)->finish();
    return out;
}

void importSampleAccountsAndContacts(const CliRunner& cli) {
    REQUIRE(cli.run({u"import"_s, u"accounts"_s, cliTestData(u"import-accounts.csv"_s)}).exitCode == 0);
    REQUIRE(cli.run({u"import"_s, u"contacts"_s, cliTestData(u"import-contacts.csv"_s)}).exitCode == 0);
}

} // namespace

TEST_CASE("init creates the database and stats prints its record counts as JSON", "[cli]") {
    CliRunner cli;
    init(cli);
    CHECK(QFile::exists(cli.dbPath()));
    const CliRun stats = cli.run({u"stats"_s});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.err.isEmpty());
    const QJsonObject counts = jsonObject(stats.out);
    CHECK(counts.value(u"accounts"_s).toInt(-1) == 0);
    CHECK(counts.value(u"contacts"_s).toInt(-1) == 0);
    CHECK(counts.value(u"activities"_s).toInt(-1) == 0);
    CHECK(counts.value(u"attachments"_s).toInt(-1) == 0);
    CHECK(counts.value(u"users"_s).toInt() == 1);
    CHECK(counts.value(u"outbox_pending"_s).toInt(-1) == 0);
}

TEST_CASE("version and help describe the program, its commands and exit codes", "[cli]") {
    CliRunner cli;
    const CliRun version = cli.runRaw({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("fieldbook-cli "));
    const CliRun help = cli.runRaw({u"--help"_s});
    CHECK(help.exitCode == 0);
    for (const char* word : {"init", "stats", "generate", "import", "export", "search", "Exit codes"})
        CHECK(help.out.contains(word));
    const CliRun importHelp = cli.runRaw({u"import"_s, u"--help"_s});
    CHECK(importHelp.exitCode == 0);
    CHECK(importHelp.out.contains("--value-map"));
}

TEST_CASE("generate writes the same small data set for the same seed", "[cli]") {
    CliRunner a;
    CliRunner b;
    init(a);
    init(b);
    const QStringList args{u"generate"_s,     u"--accounts"_s, u"5"_s,      u"--contacts"_s, u"20"_s,
                           u"--activities"_s, u"40"_s,         u"--seed"_s, u"3"_s};
    const CliRun first = succeeded(a, args);
    CHECK(jsonObject(first.out).value(u"contacts"_s).toInt() == 20);
    REQUIRE(b.run(args).exitCode == 0);
    const CliRun statsA = a.run({u"stats"_s});
    CHECK(statsA.out == b.run({u"stats"_s}).out);
    CHECK(jsonObject(statsA.out).value(u"activities"_s).toInt() == 40);
    const CliRun exportA = a.run({u"export"_s, u"contacts"_s, u"--format"_s, u"csv"_s});
    REQUIRE(exportA.exitCode == 0);
    CHECK(exportA.out == b.run({u"export"_s, u"contacts"_s, u"--format"_s, u"csv"_s}).out);
}

TEST_CASE("generate writes calendars: series, visits linked to accounts and tasks, the same for the same seed",
          "[cli][calendar]") {
    CliRunner a;
    CliRunner b;
    init(a);
    init(b);
    CHECK(a.run({u"generate"_s, u"--events"_s, u"10"_s}).exitCode == 2); // events are about contacts
    const QStringList args{u"generate"_s, u"--accounts"_s, u"20"_s, u"--contacts"_s, u"60"_s, u"--events"_s,
                           u"200"_s,      u"--tasks"_s,    u"50"_s, u"--seed"_s,     u"4"_s};
    const CliRun first = succeeded(a, args);
    const QJsonObject made = jsonObject(first.out);
    CHECK(made.value(u"events"_s).toInt() == 200);
    CHECK(made.value(u"tasks"_s).toInt() == 50);
    REQUIRE(b.run(args).exitCode == 0);
    const QString all = u"SELECT id, kind, title, starts, ends, rrules, account_id, contact_id, owner_id FROM events "
                        u"ORDER BY id"_s;
    CHECK(rows(a, all) == rows(b, all));
    CHECK(rows(a, u"SELECT count(*) FROM events WHERE rrules <> '[]'"_s) == QStringList{u"10"_s});
    CHECK(rows(a, u"SELECT count(*) FROM events WHERE kind = 'visit' AND account_id IS NOT NULL"_s).first().toInt() >
          50);
    CHECK(rows(a, u"SELECT count(*) FROM events e JOIN accounts a ON a.id = e.account_id "
                  u"WHERE e.owner_id IS NOT a.owner_id"_s) == QStringList{u"0"_s});
    CHECK(rows(a, u"SELECT count(*) FROM tasks WHERE status = 'done'"_s).first().toInt() > 0);
    CHECK(rows(a, u"SELECT count(*) FROM tasks WHERE status = 'open'"_s).first().toInt() > 0);
}

TEST_CASE("generate writes opportunities and quotes with the demo catalogue, the same for the same seed", "[cli]") {
    CliRunner a;
    CliRunner b;
    init(a);
    init(b);
    const QStringList args{u"generate"_s, u"--accounts"_s, u"10"_s, u"--opportunities"_s, u"40"_s, u"--quotes"_s,
                           u"12"_s,       u"--seed"_s,     u"5"_s};
    const CliRun first = succeeded(a, args);
    const QJsonObject made = jsonObject(first.out);
    CHECK(made.value(u"opportunities"_s).toInt() == 40);
    CHECK(made.value(u"quotes"_s).toInt() == 12);
    CHECK(made.value(u"products"_s).toInt() == 12);
    REQUIRE(b.run(args).exitCode == 0);
    const CliRun listA = a.run({u"quote"_s, u"list"_s, u"--format"_s, u"json"_s});
    REQUIRE(listA.exitCode == 0);
    const QJsonArray quotes = jsonArray(listA.out);
    REQUIRE(quotes.size() == 12);
    QSet<QString> statuses;
    for (const QJsonValue& q : quotes) {
        statuses.insert(q.toObject().value(u"status"_s).toString());
        CHECK(q.toObject().value(u"lines"_s).toArray().size() >= 2);
    }
    CHECK(statuses.contains(u"sent"_s));
    // Each quote belongs to its opportunity's owner, as the rest of the demo sales team's records.
    CHECK(rows(a, u"SELECT count(*) FROM quotes q JOIN opportunities o ON o.id = q.opportunity_id "
                  u"WHERE q.owner_id IS NOT o.owner_id"_s) == QStringList{u"0"_s});
    CHECK(rows(a, u"SELECT count(DISTINCT owner_id) FROM quotes"_s).first().toInt() >= 3);
    // Same seed, same records (ids included); only the quote numbers carry each store's device tag.
    const CliRun statsA = a.run({u"stats"_s});
    CHECK(statsA.out == b.run({u"stats"_s}).out);
    CHECK(a.run({u"generate"_s, u"--accounts"_s, u"1"_s, u"--quotes"_s, u"2"_s}).exitCode == 2);
}

TEST_CASE("generate writes leads of every open status and disqualified ones, the same for the same seed", "[cli]") {
    CliRunner a;
    CliRunner b;
    init(a);
    init(b);
    const QStringList args{u"generate"_s, u"--leads"_s, u"120"_s, u"--seed"_s, u"9"_s};
    const CliRun first = succeeded(a, args);
    const QJsonObject made = jsonObject(first.out);
    CHECK(made.value(u"leads"_s).toInt() == 120);
    CHECK(made.value(u"accounts"_s).toInt() == 0); // a count given: only what was asked for
    REQUIRE(b.run(args).exitCode == 0);
    CHECK(jsonObject(a.run({u"stats"_s}).out).value(u"leads"_s).toInt() == 120);
    CHECK(a.run({u"stats"_s}).out == b.run({u"stats"_s}).out);

    const QString all = u"SELECT id, first_name, last_name, company, title, email, phone, source, status, rating, "
                        u"disqualify_reason, notes, external_id, owner_id FROM leads ORDER BY id"_s;
    const QStringList leadsA = rows(a, all);
    CHECK(leadsA.size() == 120);
    CHECK(leadsA == rows(b, all)); // ids and owners included

    const QStringList statuses = rows(a, u"SELECT DISTINCT status FROM leads ORDER BY status"_s);
    CHECK(statuses == QStringList{u"disqualified"_s, u"new"_s, u"qualified"_s, u"working"_s});
    CHECK(rows(a, u"SELECT count(*) FROM leads WHERE status = 'disqualified' AND disqualify_reason = ''"_s) ==
          QStringList{u"0"_s});
    CHECK(rows(a, u"SELECT count(*) FROM leads WHERE status IN ('new', 'working')"_s).first().toInt() >= 60);
    CHECK(rows(a, u"SELECT count(DISTINCT owner_id) FROM leads"_s).first().toInt() >= 4);
    CHECK(rows(a, u"SELECT count(DISTINCT source) FROM leads"_s).first().toInt() >= 5);
    CHECK(rows(a, u"SELECT count(DISTINCT rating) FROM leads"_s).first().toInt() == 4);
    const int chinese =
        rows(a, u"SELECT count(*) FROM leads WHERE unicode(last_name) BETWEEN 13312 AND 40959"_s).first().toInt();
    CHECK(chinese >= 15); // about 30 %, as among the contacts
    CHECK(chinese <= 60);
    CHECK(rows(a, u"SELECT count(*) FROM leads_fts"_s) == QStringList{u"120"_s}); // found by search
}

TEST_CASE("the Maven sample accounts import with column and value maps, and again as updates", "[cli]") {
    const QString shared = sharedDataDir();
    if (shared.isEmpty()) {
        WARN("skipped: the shared sample data (FIELDBOOK_SHARED_DATA or ../shared/data) is not there");
        return;
    }
    CliRunner cli;
    init(cli);
    const QStringList args{u"import"_s,          u"accounts"_s,     shared + u"/maven-crm/accounts.csv"_s,
                           u"--map"_s,           u"name=account"_s, u"--map"_s,
                           u"industry=sector"_s, u"--value-map"_s,  u"industry:technolgy=Technology"_s};
    const CliRun first = succeeded(cli, args);
    const QJsonObject report = jsonObject(first.out);
    CHECK(report.value(u"imported"_s).toInt() == 85);
    CHECK(report.value(u"updated"_s).toInt() == 0);
    CHECK(report.value(u"rejected"_s).toArray().isEmpty());
    CHECK(first.out.startsWith("{\"imported\":85,\"updated\":0,\"rejected\":[]}"));

    const CliRun second = cli.run(args);
    REQUIRE(second.exitCode == 0);
    CHECK(jsonObject(second.out).value(u"updated"_s).toInt() == 85);
    CHECK(jsonObject(cli.run({u"stats"_s}).out).value(u"accounts"_s).toInt() == 85);

    const CliRun search = cli.run({u"search"_s, u"acme"_s, u"--format"_s, u"json"_s});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = jsonArray(search.out);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().toObject().value(u"title"_s).toString() == u"Acme Corporation"_s);
    CHECK(hits.first().toObject().value(u"subtitle"_s).toString() == u"Technology"_s);
}

TEST_CASE("import reports rejected rows by number and a dry run stores nothing", "[cli]") {
    CliRunner cli;
    init(cli);
    REQUIRE(cli.run({u"import"_s, u"accounts"_s, cliTestData(u"import-accounts.csv"_s)}).exitCode == 0);
    const QStringList args{u"import"_s, u"contacts"_s, cliTestData(u"import-contacts.csv"_s)};
    const CliRun dry = cli.run(args + QStringList{u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(jsonObject(cli.run({u"stats"_s}).out).value(u"contacts"_s).toInt() == 0);
    const CliRun real = cli.run(args);
    REQUIRE(real.exitCode == 0);
    CHECK(real.out == dry.out);
    const QJsonObject report = jsonObject(real.out);
    CHECK(report.value(u"imported"_s).toInt() == 2);
    const QJsonArray rejected = report.value(u"rejected"_s).toArray();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).toObject().value(u"row"_s).toInt() == 4);
    CHECK(rejected.at(0).toObject().value(u"reason"_s).toString().contains(u"not-an-address"_s));
    CHECK(rejected.at(1).toObject().value(u"row"_s).toInt() == 5);
    CHECK(rejected.at(1).toObject().value(u"reason"_s).toString() == u"account 'Initech' does not match any account"_s);
}

TEST_CASE("import --fields lists the fields of a type, and unknown types name the available ones", "[cli]") {
    CliRunner cli;
    const CliRun fields = cli.runRaw({u"import"_s, u"contacts"_s, u"--fields"_s});
    CHECK(fields.exitCode == 0);
    for (const char* field : {"first_name", "last_name", "email", "phone", "title", "account", "external_id", "owner"})
        CHECK(fields.out.contains(QByteArray(QByteArray(field) + '\t')));
    const CliRun unknown = cli.runRaw({u"import"_s, u"widgets"_s, u"--fields"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("fieldbook-cli: unknown record type 'widgets'; available: accounts, contacts, users"));
    CHECK(unknown.err.contains("leads"));
}

TEST_CASE("search prints hits as text lines and as JSON", "[cli]") {
    CliRunner cli;
    init(cli);
    importSampleAccountsAndContacts(cli);
    const CliRun text = cli.run({u"search"_s, u"ada"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith("contact\tAda Lovelace"));
    const CliRun json = cli.run({u"search"_s, u"张"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"5"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray hits = jsonArray(json.out);
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().toObject().value(u"type"_s).toString() == u"contacts"_s);
    CHECK(cli.run({u"search"_s, u"ada"_s, u"--limit"_s, u"zero"_s}).exitCode == 2);
}

TEST_CASE("exports go to stdout or atomically to a file as csv, json and vcf", "[cli]") {
    CliRunner cli;
    init(cli);
    importSampleAccountsAndContacts(cli);

    const CliRun json = cli.run({u"export"_s, u"contacts"_s, u"--format"_s, u"json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray contacts = jsonArray(json.out);
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.first().toObject().value(u"account"_s).toString() == u"Acme Corporation"_s);

    const QString csvPath = cli.path(u"accounts.csv"_s);
    const CliRun csv = cli.run({u"export"_s, u"accounts"_s, u"--format"_s, u"csv"_s, u"-o"_s, csvPath});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.isEmpty());
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    CHECK(csvText.startsWith("name,industry,website,phone,external_id,owner"));
    CHECK(csvText.contains("\"Retail, wholesale\""));

    const CliRun vcf3 = cli.run({u"export"_s, u"contacts"_s, u"--format"_s, u"vcf"_s, u"--vcard-version"_s, u"3.0"_s});
    REQUIRE(vcf3.exitCode == 0);
    CHECK(vcf3.out.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(vcf3.out.count("BEGIN:VCARD") == 2);

    const CliRun accountsAsVcf = cli.run({u"export"_s, u"accounts"_s, u"--format"_s, u"vcf"_s});
    CHECK(accountsAsVcf.exitCode == 2);
    CHECK(cli.run({u"export"_s, u"opportunities"_s, u"--format"_s, u"csv"_s}).exitCode == 2);
}

TEST_CASE("exported CSV and vCard files import back as updates of the same records", "[cli]") {
    CliRunner cli;
    init(cli);
    importSampleAccountsAndContacts(cli);
    const QString csvPath = cli.path(u"contacts.csv"_s);
    const QString vcfPath = cli.path(u"contacts.vcf"_s);
    REQUIRE(cli.run({u"export"_s, u"contacts"_s, u"--format"_s, u"csv"_s, u"-o"_s, csvPath}).exitCode == 0);
    REQUIRE(cli.run({u"export"_s, u"contacts"_s, u"--format"_s, u"vcf"_s, u"-o"_s, vcfPath}).exitCode == 0);

    const CliRun csv = cli.run({u"import"_s, u"contacts"_s, csvPath});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.trimmed() == "{\"imported\":0,\"updated\":2,\"rejected\":[]}");
    const CliRun vcf = succeeded(cli, {u"import"_s, u"contacts"_s, vcfPath});
    CHECK(vcf.out.trimmed() == "{\"imported\":0,\"updated\":2,\"rejected\":[]}");
    CHECK(jsonObject(cli.run({u"stats"_s}).out).value(u"contacts"_s).toInt() == 2);
}
