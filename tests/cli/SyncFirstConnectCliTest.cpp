#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Fieldbook::Test;

TEST_CASE("sync on demo data asks for --take-over or --fresh before it signs in", "[cli][sync][firstconnect]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    REQUIRE(cli.run({u"generate"_s, u"--accounts"_s, u"4"_s, u"--contacts"_s, u"6"_s, u"--seed"_s, u"3"_s}).exitCode ==
            0);
    const QString password = cli.writeFile(u"pw"_s, "secret\n");
    // Port 9 on loopback: nothing listens, so a run that got as far as signing in ends with 7.
    const QStringList sync{u"sync"_s,   u"--server"_s,  u"https://127.0.0.1:9"_s,
                           u"--user"_s, u"maria"_s,     u"--password-file"_s,
                           password,    u"--timeout"_s, u"5"_s};

    const CliRun asked = cli.run(sync);
    CHECK(asked.exitCode == 2);
    CHECK(asked.err.contains("--take-over"));
    CHECK(asked.err.contains("--fresh"));

    const CliRun taken = cli.run(sync + QStringList{u"--take-over"_s});
    CHECK(taken.err.contains("took over"));
    CHECK(taken.exitCode == 7);
    CHECK(cli.run(sync).exitCode == 7); // decided once: nothing left to ask
}

TEST_CASE("sync --fresh keeps the demo database as a backup and empties it", "[cli][sync][firstconnect]") {
    CliRunner cli;
    REQUIRE(cli.run({u"init"_s}).exitCode == 0);
    REQUIRE(cli.run({u"generate"_s, u"--accounts"_s, u"4"_s, u"--contacts"_s, u"6"_s, u"--seed"_s, u"3"_s}).exitCode ==
            0);
    const QString password = cli.writeFile(u"pw"_s, "secret\n");
    const CliRun fresh = cli.run({u"sync"_s, u"--server"_s, u"https://127.0.0.1:9"_s, u"--user"_s, u"maria"_s,
                                  u"--password-file"_s, password, u"--timeout"_s, u"5"_s, u"--fresh"_s});
    CHECK(fresh.exitCode == 7);
    CHECK(fresh.err.contains(".before-sync-"));
    const CliRun stats = cli.run({u"stats"_s});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains("\"accounts\":0"));
}
