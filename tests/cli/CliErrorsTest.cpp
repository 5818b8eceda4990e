#include "CliRunner.h"
#include "StringMakers.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

void init(const CliRunner& cli) {
    succeeded(cli, {u"init"_s});
}

int accountCount(const CliRunner& cli) {
    const CliRun stats = succeeded(cli, {u"stats"_s});
    return jsonObject(stats.out).value(u"accounts"_s).toInt(-1);
}

/// Errors are one line on stderr, prefixed with the program name, nothing on stdout.
void checkOneLineError(const CliRun& run) {
    INFO(run.err.toStdString());
    CHECK(run.out.isEmpty());
    CHECK(run.err.startsWith("fieldbook-cli: "));
    CHECK(run.err.count('\n') == 1);
    CHECK_FALSE(run.err.contains("SELECT"));
    CHECK_FALSE(run.err.contains("INSERT"));
}

/// Runs `work` on a raw SQLite connection to the test database.
template<class Work>
void withRawConnection(const CliRunner& cli, const QString& name, Work work) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(cli.dbPath());
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a missing database is reported with a hint to run init, and is not created", "[cli][errors]") {
    CliRunner cli;
    for (const auto& command : {QStringList{u"stats"_s}, QStringList{u"search"_s, u"x"_s},
                                QStringList{u"generate"_s, u"--accounts"_s, u"1"_s}}) {
        const CliRun run = cli.run(command);
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains("init"));
        checkOneLineError(run);
    }
    CHECK_FALSE(QFile::exists(cli.dbPath()));
}

TEST_CASE("usage errors exit with 2 and say what is wrong", "[cli][errors]") {
    CliRunner cli;
    CHECK(cli.runRaw({}).exitCode == 2);
    const CliRun unknown = cli.run({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("frobnicate"));
    checkOneLineError(unknown);
    CHECK(cli.run({u"stats"_s, u"--bogus"_s}).exitCode == 2);
    CHECK(cli.runRaw({u"stats"_s}).exitCode == 2); // no --db
    CHECK(cli.run({u"import"_s, u"accounts"_s, u"x.csv"_s, u"--map"_s, u"nickname=x"_s}).exitCode == 2);
    CHECK(cli.run({u"import"_s, u"accounts"_s, u"x.csv"_s, u"--value-map"_s, u"industry"_s}).exitCode == 2);
}

TEST_CASE("a database written by a newer version is refused with exit 3 and left unchanged", "[cli][errors]") {
    CliRunner cli;
    init(cli);
    withRawConnection(cli, u"newer-writer"_s, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA user_version = 999"_s));
    });
    const CliRun run = cli.run({u"stats"_s});
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains("newer version"));
    checkOneLineError(run);
    withRawConnection(cli, u"newer-reader"_s, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA user_version"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 999);
    });
}

TEST_CASE("a database locked by another program fails after the busy timeout with exit 3", "[cli][errors]") {
    CliRunner cli;
    init(cli);
    withRawConnection(cli, u"locker"_s, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"BEGIN EXCLUSIVE"_s));
        const CliRun run =
            cli.run({u"--busy-timeout"_s, u"200"_s, u"import"_s, u"accounts"_s, cliTestData(u"import-accounts.csv"_s)});
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains("in use by another program"));
        checkOneLineError(run);
        REQUIRE(q.exec(u"ROLLBACK"_s));
    });
    const CliRun after = cli.run({u"import"_s, u"accounts"_s, cliTestData(u"import-accounts.csv"_s)});
    CHECK(after.exitCode == 0);
    CHECK(accountCount(cli) == 2);
}

TEST_CASE("a folder or an unreadable file given as database is a clear database error", "[cli][errors]") {
    CliRunner cli;
    REQUIRE(QDir().mkpath(cli.path(u"folder.db"_s)));
    const CliRun folder = cli.runRaw({u"--db"_s, cli.path(u"folder.db"_s), u"stats"_s});
    CHECK(folder.exitCode == 3);
    CHECK(folder.err.contains("folder"));
    checkOneLineError(folder);

    if (::geteuid() == 0) {
        WARN("skipped the unreadable-file case: running as root, file permissions do not block reads");
        return;
    }
    init(cli);
    REQUIRE(QFile::setPermissions(cli.dbPath(), QFileDevice::Permissions()));
    const CliRun unreadable = cli.run({u"stats"_s});
    CHECK(unreadable.exitCode == 3);
    CHECK(unreadable.err.contains("permission"));
    checkOneLineError(unreadable);
    QFile::setPermissions(cli.dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a broken CSV exits with 4, names the row, and stores nothing", "[cli][errors]") {
    CliRunner cli;
    init(cli);
    const CliRun run = cli.run({u"import"_s, u"accounts"_s, cliTestData(u"import-broken.csv"_s)});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains("Row 3"));
    checkOneLineError(run);
    CHECK(accountCount(cli) == 0);
}

TEST_CASE("a missing or unreadable import file exits with 4", "[cli][errors]") {
    CliRunner cli;
    init(cli);
    const CliRun missing = cli.run({u"import"_s, u"accounts"_s, cli.path(u"nothing-here.csv"_s)});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("nothing-here.csv"));
    checkOneLineError(missing);
    REQUIRE(QDir().mkpath(cli.path(u"a-folder.csv"_s)));
    CHECK(cli.run({u"import"_s, u"accounts"_s, cli.path(u"a-folder.csv"_s)}).exitCode == 4);
    const CliRun vcard = cli.run({u"import"_s, u"contacts"_s, cli.path(u"nothing-here.vcf"_s)});
    CHECK(vcard.exitCode == 4);
}

TEST_CASE("a disk that fills up during an import says so and keeps the stored data", "[cli][errors]") {
    const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
    if (prlimit.isEmpty()) {
        WARN("skipped: prlimit (util-linux) is not installed, so a size-limited file cannot be simulated");
        return;
    }
    CliRunner cli;
    init(cli);
    REQUIRE(cli.run({u"import"_s, u"accounts"_s, cliTestData(u"import-accounts.csv"_s)}).exitCode == 0);
    QFile big(cli.path(u"big.csv"_s));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write("name,notes\n");
    for (int i = 0; i < 3000; ++i)
        big.write(QByteArray("Account " + QByteArray::number(i) + "," + QByteArray(1000, 'n') + "\n"));
    big.close();
    const qint64 limit = QFileInfo(cli.dbPath()).size() + 256 * 1024;
    const CliRun run = cli.runRaw({u"--db"_s, cli.dbPath(), u"import"_s, u"accounts"_s, big.fileName()},
                                  {prlimit, u"--fsize=%1"_s.arg(limit)});
    CHECK(run.exitCode == 3);
    checkOneLineError(run);
    // The file-size limit fails the write with EFBIG, which SQLite reports as an I/O error.
    CHECK(run.err.contains("disk is full"));
    CHECK(accountCount(cli) == 2);
}
