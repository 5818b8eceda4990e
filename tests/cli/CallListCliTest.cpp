#include "CliRunner.h"
#include "StringMakers.h"
#include "store/db/Database.h"
#include "store/records/CallListRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

TEST_CASE("calllist create counts every contact once: added, do not call, duplicate or without a number",
          "[cli][telesales]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"40"_s, u"--contacts"_s, u"300"_s, u"--users"_s, u"4"_s,
                    u"--seed"_s, u"7"_s});
    const QJsonObject built =
        jsonObject(succeeded(cli, {u"calllist"_s, u"create"_s, u"Spring 春季"_s, u"--from"_s, u"contacts"_s,
                                   u"--priority"_s, u"5"_s, u"--format"_s, u"json"_s})
                       .out);
    const int added = built.value(u"added"_s).toInt();
    CHECK(added > 100);
    CHECK(added + built.value(u"do_not_call"_s).toInt() + built.value(u"duplicates"_s).toInt() +
              built.value(u"no_number"_s).toInt() ==
          300);

    const QJsonArray lists = jsonArray(succeeded(cli, {u"calllist"_s, u"list"_s, u"--format"_s, u"json"_s}).out);
    REQUIRE(lists.size() == 1);
    CHECK(lists.at(0)[u"name"_s].toString() == u"Spring 春季"_s);
    CHECK(lists.at(0)[u"to_call"_s].toInt() == added);
    CHECK(lists.at(0)[u"priority"_s].toInt() == 5);

    QString first;
    QString second;
    {
        auto db = Database::open(cli.dbPath());
        REQUIRE(db);
        const auto users = UserRepository(**db).all();
        REQUIRE(users);
        REQUIRE(users->size() >= 3);
        first = users->at(1).name;
        second = users->at(2).name;
    }
    const QJsonObject assigned =
        jsonObject(succeeded(cli, {u"calllist"_s, u"assign"_s, u"spring 春季"_s, u"--round-robin"_s, first, second,
                                   u"--format"_s, u"json"_s})
                       .out);
    CHECK(assigned.value(u"assigned"_s).toInt() == added);
    const QJsonArray reps =
        jsonArray(succeeded(cli, {u"calllist"_s, u"list"_s, u"--format"_s, u"json"_s}).out).at(0)[u"reps"_s].toArray();
    REQUIRE(reps.size() == 2);
    CHECK(std::abs(reps.at(0)[u"to_call"_s].toInt() - reps.at(1)[u"to_call"_s].toInt()) <= 1);
    CHECK(reps.at(0)[u"to_call"_s].toInt() + reps.at(1)[u"to_call"_s].toInt() == added);
}

TEST_CASE("calllist create from a CSV file adds unknown numbers as leads, and bad input exits with its code",
          "[cli][telesales]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    const QString csv = cli.writeFile(u"numbers.csv"_s, "name,phone\nAda Lovelace,+44 20 7946 0958\n"
                                                        "王芳,+86 138 0013 8000\nNobody,none\n");
    const QJsonObject built = jsonObject(
        succeeded(cli, {u"calllist"_s, u"create"_s, u"Fair"_s, u"--csv"_s, csv, u"--format"_s, u"json"_s}).out);
    CHECK(built.value(u"added"_s).toInt() == 2);
    CHECK(built.value(u"new_leads"_s).toInt() == 2);
    CHECK(built.value(u"no_number"_s).toInt() == 1);

    CHECK(cli.run({u"calllist"_s, u"create"_s, u"X"_s, u"--from"_s, u"contacts"_s, u"--filter"_s, u"colour=red"_s})
              .exitCode == 2);
    CHECK(cli.run({u"calllist"_s, u"create"_s, u"X"_s, u"--csv"_s, cli.path(u"missing.csv"_s)}).exitCode == 4);
    CHECK(cli.run({u"calllist"_s, u"assign"_s, u"Nope"_s, u"--round-robin"_s, u"Me"_s}).exitCode == 2);
    CHECK(cli.run({u"calllist"_s, u"create"_s, u"X"_s}).exitCode == 2);
    // What failed left no list behind.
    CHECK(jsonArray(succeeded(cli, {u"calllist"_s, u"list"_s, u"--format"_s, u"json"_s}).out).size() == 1);
}

TEST_CASE("report calls gives the same figures as CSV and JSON, per rep adding up to the total", "[cli][telesales]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"20"_s, u"--contacts"_s, u"100"_s, u"--activities"_s, u"400"_s,
                    u"--users"_s, u"3"_s, u"--seed"_s, u"3"_s});
    const QStringList range{u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2035-12-31"_s};
    const QJsonObject json = jsonObject(
        succeeded(cli, QStringList{u"report"_s, u"calls"_s, u"--by"_s, u"rep"_s, u"--format"_s, u"json"_s} + range)
            .out);
    const int total = json.value(u"total"_s)[u"calls"_s].toInt();
    CHECK(total > 0); // the demo logs calls
    int sum = 0;
    for (const QJsonValue row : json.value(u"rows"_s).toArray())
        sum += row[u"calls"_s].toInt();
    CHECK(sum == total);

    const QByteArray csv = succeeded(cli, QStringList{u"report"_s, u"calls"_s, u"--by"_s, u"day"_s} + range).out;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    REQUIRE(lines.size() >= 3);
    CHECK(lines.first().startsWith("group,name,calls,connects,connect_rate,talk_seconds"));
    int byDay = 0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        byDay += lines.at(i).split(',').at(2).toInt();
    CHECK(byDay == total);
    CHECK(lines.last().startsWith(QByteArray("total,Total," + QByteArray::number(total) + ",")));

    CHECK(cli.run({u"report"_s, u"calls"_s, u"--by"_s, u"planet"_s}).exitCode == 2);
    CHECK(cli.run({u"report"_s, u"calls"_s, u"--from"_s, u"2026-13-01"_s}).exitCode == 2);
}

TEST_CASE("calllist create from an RFM segment calls the contacts of exactly that segment's accounts",
          "[cli][telesales][rfm]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"generate"_s, u"--accounts"_s, u"60"_s, u"--contacts"_s, u"400"_s, u"--opportunities"_s, u"400"_s,
                    u"--users"_s, u"4"_s, u"--seed"_s, u"9"_s});
    QSet<QString> champions;
    const QJsonObject rfm = jsonObject(
        succeeded(cli, {u"report"_s, u"rfm"_s, u"--segment"_s, u"champions"_s, u"--format"_s, u"json"_s}).out);
    for (const QJsonValue account : rfm.value(u"accounts"_s).toArray())
        champions.insert(account[u"id"_s].toString());
    REQUIRE_FALSE(champions.isEmpty());
    const QJsonObject built =
        jsonObject(succeeded(cli, {u"calllist"_s, u"create"_s, u"Champions"_s, u"--from"_s, u"contacts"_s,
                                   u"--filter"_s, u"segment=champions"_s, u"--format"_s, u"json"_s})
                       .out);
    REQUIRE(built.value(u"added"_s).toInt() > 0);
    auto db = Database::open(cli.dbPath());
    REQUIRE(db);
    const auto entries = CallListRepository(**db).entries(built.value(u"id"_s).toString());
    REQUIRE(entries);
    CHECK(entries->size() == built.value(u"added"_s).toInt());
    for (const CallListEntry& e : *entries) {
        INFO(e.name.toStdString());
        CHECK(champions.contains(e.accountId));
    }
    const CliRun unknown =
        cli.run({u"calllist"_s, u"create"_s, u"X"_s, u"--from"_s, u"contacts"_s, u"--filter"_s, u"segment=whales"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("champions, loyal"));
}
