#include "ServerProcess.h"
#include "ServerStoreFixture.h"
#include "StringMakers.h"
#include "store/records/AccountRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/db/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(FIELDBOOK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// The real fieldbook-server on loopback (every backend in turn) with the rep `ann`, and stores that
/// sync with it through the real fieldbook-cli.
struct AttachmentCliFixture {
    ServerBackend backend = GENERATE(Catch::Generators::from_range(serverBackends()));
    ServerStoreFixture store{backend};
    QTemporaryDir dir;
    ServerProcess server{storeArguments()};
    QUrl url;

    AttachmentCliFixture() {
        INFO(backendName(backend));
        REQUIRE(server.run({u"init"_s}).exitCode == 0);
        REQUIRE(server.run({u"dev-cert"_s}).exitCode == 0);
        QFile password(dir.filePath(u"password.txt"_s));
        REQUIRE(password.open(QIODevice::WriteOnly));
        password.write("ann's long password\n");
        password.close();
        REQUIRE(
            server
                .run({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, password.fileName()})
                .exitCode == 0);
        url = server.start(tls(u"server.pem"_s), tls(u"server.key"_s));
    }
    QStringList storeArguments() const {
        if (backend == ServerBackend::Sqlite)
            return {u"--data"_s, QFileInfo(store.location()).absolutePath()};
        return {u"--data"_s, dir.path(), u"--database"_s, store.location()};
    }
    QString tls(const QString& name) const { return QDir(storeArguments().at(1)).filePath(u"tls/"_s + name); }
    QString storePath(const QString& name) const { return dir.filePath(name); }
    QJsonObject sync(const QString& name) {
        const CliRun run = cli({u"--db"_s, storePath(name), u"sync"_s, u"--server"_s, url.toString(), u"--user"_s,
                                u"ann"_s, u"--password-file"_s, dir.filePath(u"password.txt"_s), u"--ca-cert"_s,
                                tls(u"ca.pem"_s), u"--timeout"_s, u"20"_s});
        INFO(run.err.toStdString() << server.log().toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json();
    }
    /// Attaches `bytes` to a new account in the store `name` (closed again before the CLI opens it).
    Attachment attach(const QString& name, const QByteArray& bytes) {
        auto db = Database::open(storePath(name));
        REQUIRE(db);
        Account account;
        account.name = u"Acme"_s;
        const QString accountId = AccountRepository(**db).save(account).value().id;
        auto attached = AttachmentRepository(**db).addData(u"accounts"_s, accountId, u"contract.pdf"_s, bytes);
        REQUIRE(attached);
        return *attached;
    }
};

} // namespace

TEST_CASE("fieldbook-cli sync sends an attached file through the real server once, and another store receives it",
          "[cli][sync][attachments]") {
    AttachmentCliFixture f;
    QByteArray bytes(2'500'000, Qt::Uninitialized); // three parts of 1 MiB over HTTPS
    QRandomGenerator random(42);
    for (char& b : bytes)
        b = char(random.bounded(256));
    const Attachment contract = f.attach(u"laptop.sqlite"_s, bytes);
    const QJsonObject sent = f.sync(u"laptop.sqlite"_s);
    CHECK(sent.value(u"files_sent"_s).toInt() == 1);
    CHECK(sent.value(u"files_waiting"_s).toInt() == 0);

    REQUIRE(cli({u"--db"_s, f.storePath(u"desktop.sqlite"_s), u"init"_s}).exitCode == 0);
    const QJsonObject received = f.sync(u"desktop.sqlite"_s);
    CHECK(received.value(u"files_received"_s).toInt() == 1);
    CHECK(received.value(u"files_waiting"_s).toInt() == 0);
    {
        auto desktop = Database::open(f.storePath(u"desktop.sqlite"_s));
        REQUIRE(desktop);
        CHECK(AttachmentRepository(**desktop).data(contract.id).value() == bytes);
    }

    // The same file attached on the desktop: the server has it, so nothing is sent.
    f.attach(u"desktop.sqlite"_s, bytes);
    const QJsonObject again = f.sync(u"desktop.sqlite"_s);
    CHECK(again.value(u"files_sent"_s).toInt() == 0);
    CHECK(again.value(u"files_waiting"_s).toInt() == 0);
}
