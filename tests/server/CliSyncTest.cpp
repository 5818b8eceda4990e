#include "CliServerFixture.h"
#include "StringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// A running fieldbook-server on loopback (every backend in turn) with user `ann`, and two
/// Fieldbook stores that sync with it through the real fieldbook-cli.
struct CliSyncFixture : CliServerFixture {
    CliSyncFixture()
        : CliServerFixture(GENERATE(Catch::Generators::from_range(serverBackends()))) {
        writeFile(u"wrong.txt"_s, "not the password\n");
        for (const QString& db : {u"laptop.sqlite"_s, u"desktop.sqlite"_s})
            REQUIRE(cli({u"--db"_s, dir.filePath(db), u"init"_s}).exitCode == 0);
    }
    /// The same server written another way: another name of this machine, a trailing slash.
    QString otherSpelling() const { return u"https://localhost:%1/"_s.arg(url.port()); }
    int serverCount(const QString& sql) const {
        auto n = store.open()->scalar(sql, {});
        REQUIRE(n);
        return n->toInt();
    }

    /// Imports `accounts` new accounts into the laptop and starts syncing them; kills the sync
    /// (SIGKILL, as a crash or a closed lid would) once the server has committed part of the push.
    /// Returns how many changes the server held at that moment.
    int killSyncInThePush(int accounts) {
        QByteArray csv = "name,external_id\n";
        for (int i = 0; i < accounts; ++i)
            csv += "Account " + QByteArray::number(i) + ",ACC-" + QByteArray::number(i) + '\n';
        writeFile(u"accounts.csv"_s, csv);
        REQUIRE(cli({u"--db"_s, dir.filePath(u"laptop.sqlite"_s), u"import"_s, u"accounts"_s,
                     dir.filePath(u"accounts.csv"_s)})
                    .exitCode == 0);
        auto server = store.open();
        QProcess sync;
        sync.start(QStringLiteral(FIELDBOOK_CLI_PATH), syncArguments(u"laptop.sqlite"_s, url.toString()));
        REQUIRE(sync.waitForStarted());
        int committed = 0;
        while (committed == 0 && sync.state() != QProcess::NotRunning) {
            sync.waitForFinished(20); // returns at once when it ends
            auto n = server->scalar(u"SELECT count(*) FROM mutation_ledger"_s, {});
            REQUIRE(n);
            committed = n->toInt();
        }
        sync.kill();
        REQUIRE(sync.waitForFinished(20'000));
        INFO(sync.readAllStandardError().toStdString());
        REQUIRE(sync.exitStatus() == QProcess::CrashExit);
        REQUIRE(committed > 0);
        REQUIRE(committed < accounts);
        return committed;
    }
    /// Every account of the laptop is on the server once, by one change each, and reaches the desktop.
    void requireEveryAccountOnce(int accounts) {
        CHECK(serverCount(u"SELECT count(*) FROM records WHERE tbl = 'accounts'"_s) == accounts);
        CHECK(serverCount(u"SELECT count(*) FROM mutation_ledger"_s) == accounts);
        const CliRun desktop = sync(u"desktop.sqlite"_s);
        REQUIRE(desktop.exitCode == 0);
        CHECK(desktop.json().value(u"pulled"_s).toInt() == accounts);
        for (const QString& db : {u"laptop.sqlite"_s, u"desktop.sqlite"_s}) {
            const CliRun stats = cli({u"--db"_s, dir.filePath(db), u"stats"_s});
            CHECK(QJsonDocument::fromJson(stats.out).object().value(u"accounts"_s).toInt() == accounts);
        }
    }
};

} // namespace

TEST_CASE("fieldbook-cli sync sends one store's records over HTTPS and another store receives them", "[cli][sync]") {
    CliSyncFixture f;
    const QString laptop = f.dir.filePath(u"laptop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, laptop, u"import"_s, u"accounts"_s,
                 QStringLiteral(FIELDBOOK_SOURCE_DIR "/tests/data/import-accounts.csv")})
                .exitCode == 0);
    const CliRun sent = f.sync(u"laptop.sqlite"_s);
    INFO(sent.err.toStdString() << f.server.log().toStdString());
    REQUIRE(sent.exitCode == 0);
    const QJsonObject summary = sent.json();
    CHECK(summary.value(u"pushed"_s).toInt() > 0);
    CHECK(summary.value(u"conflicts"_s).toInt() == 0);
    CHECK(summary.value(u"rejected"_s).toInt() == 0);
    CHECK(summary.value(u"waiting"_s).toInt() == 0);
    CHECK(sent.out.count('\n') == 1); // one line

    const CliRun received = f.sync(u"desktop.sqlite"_s);
    REQUIRE(received.exitCode == 0);
    CHECK(received.json().value(u"pulled"_s).toInt() == summary.value(u"pushed"_s).toInt());
    const CliRun a = cli({u"--db"_s, laptop, u"stats"_s});
    const CliRun b = cli({u"--db"_s, f.dir.filePath(u"desktop.sqlite"_s), u"stats"_s});
    CHECK(QJsonDocument::fromJson(a.out).object().value(u"accounts"_s).toInt() > 0);
    CHECK(QJsonDocument::fromJson(a.out).object().value(u"accounts"_s) ==
          QJsonDocument::fromJson(b.out).object().value(u"accounts"_s));

    // Nothing to do: both stay in sync; the stored server and user are the defaults.
    const CliRun again = cli({u"--db"_s, laptop, u"sync"_s, u"--password-file"_s, f.dir.filePath(u"password.txt"_s),
                              u"--ca-cert"_s, f.tls(u"ca.pem"_s)});
    CHECK(again.exitCode == 0);
    CHECK(again.json().value(u"pushed"_s).toInt() == 0);
}

TEST_CASE("fieldbook-cli sync keeps the sign-in, and asks for the password again once it is refused", "[cli][sync]") {
    CliSyncFixture f;
    const QString laptop = f.dir.filePath(u"laptop.sqlite"_s);
    const QStringList withoutPassword{u"--db"_s, laptop, u"sync"_s, u"--ca-cert"_s, f.tls(u"ca.pem"_s)};
    const CliRun first = cli(withoutPassword); // never signed in: nothing kept
    CHECK(first.exitCode == 2);
    CHECK(first.err.contains("the first time"));
    REQUIRE(f.sync(u"laptop.sqlite"_s).exitCode == 0);

    const CliRun kept = cli(withoutPassword);
    INFO(kept.err.toStdString());
    CHECK(kept.exitCode == 0);
    CHECK(kept.json().value(u"pushed"_s).toInt() == 0);
    CHECK(cli(withoutPassword).exitCode == 0); // the rotated refresh token was kept too

    REQUIRE(f.server.run({u"user"_s, u"disable"_s, u"ann"_s}).exitCode == 0);
    const CliRun refused = cli(withoutPassword);
    CHECK(refused.exitCode == 5);
    CHECK(refused.err.contains("--password-file"));
    CHECK(cli(withoutPassword).exitCode == 2); // the refused sign-in is forgotten
}

TEST_CASE("fieldbook-cli sync exits with distinct codes for a wrong password, an untrusted certificate and no server",
          "[cli][sync]") {
    CliSyncFixture f;
    const CliRun wrong = f.sync(u"laptop.sqlite"_s, u"wrong.txt"_s);
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.err.contains("password"));
    CHECK(wrong.out.isEmpty());

    // A certificate authority that did not sign this server's certificate.
    QTemporaryDir other;
    REQUIRE(ServerProcess::runRaw({u"--data"_s, other.path(), u"dev-cert"_s}).exitCode == 0);
    const CliRun untrusted = f.sync(u"laptop.sqlite"_s, u"password.txt"_s, other.filePath(u"tls/ca.pem"_s));
    CHECK(untrusted.exitCode == 6);
    CHECK(untrusted.err.contains("certificate"));

    REQUIRE(f.server.terminate() == 0);
    const CliRun down = f.sync(u"laptop.sqlite"_s);
    CHECK(down.exitCode == 7);
    CHECK(down.err.contains(f.url.host().toUtf8()));

    // Plain http is refused, to this computer too: another local user could listen on the port.
    for (const QString& address : {u"http://crm.example.com"_s, u"http://127.0.0.1:8080"_s, u"http://localhost"_s}) {
        const CliRun plain = cli({u"--db"_s, f.dir.filePath(u"laptop.sqlite"_s), u"sync"_s, u"--server"_s, address,
                                  u"--user"_s, u"ann"_s, u"--password-file"_s, f.dir.filePath(u"password.txt"_s)});
        INFO(address.toStdString());
        CHECK(plain.exitCode != 0);
        CHECK(plain.err.contains("https://"));
    }
}

TEST_CASE("a push killed after the server committed part of it finishes through another spelling of the address",
          "[cli][sync]") {
    CliSyncFixture f;
    constexpr int kAccounts = 5000;
    f.killSyncInThePush(kAccounts);

    const CliRun finished = cli(f.syncArguments(u"laptop.sqlite"_s, f.otherSpelling()));
    INFO(finished.err.toStdString() << f.server.log().toStdString());
    REQUIRE(finished.exitCode == 0);
    CHECK(finished.json().value(u"waiting"_s).toInt() == 0);
    CHECK(finished.json().value(u"rejected"_s).toInt() == 0);
    CHECK(f.serverCount(u"SELECT count(*) FROM clients"_s) == 1); // recognised: the same device went on
    f.requireEveryAccountOnce(kAccounts);
    // The address it synced by last is the default from now on.
    const CliRun again = cli({u"--db"_s, f.dir.filePath(u"laptop.sqlite"_s), u"sync"_s, u"--password-file"_s,
                              f.dir.filePath(u"password.txt"_s), u"--ca-cert"_s, f.tls(u"ca.pem"_s)});
    CHECK(again.exitCode == 0);
    CHECK(again.json().value(u"pushed"_s).toInt() == 0);
}

TEST_CASE("a store that does not know the server's identity resends a killed push as a new device without a 503",
          "[cli][sync]") {
    CliSyncFixture f;
    constexpr int kAccounts = 3000;
    f.killSyncInThePush(kAccounts);
    {
        // As a store connected before servers named themselves: only the address tells the server.
        QSqlDatabase laptop = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-sync-test-laptop"_s);
        laptop.setDatabaseName(f.dir.filePath(u"laptop.sqlite"_s));
        REQUIRE(laptop.open());
        QSqlQuery forget(laptop);
        REQUIRE(forget.exec(u"UPDATE settings SET value = '' WHERE key = 'sync.server_id'"_s));
        REQUIRE(forget.numRowsAffected() == 1);
    }
    QSqlDatabase::removeDatabase(u"cli-sync-test-laptop"_s);

    const CliRun finished = cli(f.syncArguments(u"laptop.sqlite"_s, f.otherSpelling()));
    INFO(finished.err.toStdString() << f.server.log().toStdString());
    REQUIRE(finished.exitCode == 0);
    CHECK(finished.json().value(u"waiting"_s).toInt() == 0);
    CHECK(finished.json().value(u"rejected"_s).toInt() == 0);
    CHECK(f.serverCount(u"SELECT count(*) FROM clients"_s) == 2); // a new device, sending what the server had
    f.requireEveryAccountOnce(kAccounts);
}
