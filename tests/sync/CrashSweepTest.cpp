#include "SyncFixture.h"
#include "StringMakers.h"
#include "store/write/AttachmentContents.h"
#include "store/records/AttachmentRepository.h"
#include "store/records/ContactRepository.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

struct WorkerRun {
    bool crashed = false;
    int exitCode = 0;
    QString output;
};

WorkerRun runWorker(TestServer& server, const QString& clientPath, const QString& crashAt = {}, int count = 1) {
    QStringList args{u"--server-db"_s, server.location(), u"--client-db"_s, clientPath,
                     u"--user"_s,      u"ann"_s,          u"--password"_s,  TestServer::passwordOf(u"ann"_s)};
    if (!crashAt.isEmpty())
        args += {u"--crash-at"_s, crashAt, u"--crash-count"_s, QString::number(count)};
    QProcess worker;
    worker.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    worker.start(QStringLiteral(FIELDBOOK_SYNC_WORKER_PATH), args);
    REQUIRE(worker.waitForFinished(120'000));
    return {worker.exitStatus() == QProcess::CrashExit, worker.exitCode(),
            QString::fromUtf8(worker.readAllStandardOutput() + worker.readAllStandardError())};
}

void makeContacts(Database& db, int n, const QString& prefix) {
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.firstName = prefix;
        c.lastName = QString::number(i);
        REQUIRE(ContactRepository(db).save(c));
    }
}

} // namespace

TEST_CASE("a sync worker killed at any instrumented point resumes without loss or duplication", "[sync][crash]") {
    // Every point where the run commits, sends or receives (SyncEngine::Options::checkpoint), and
    // the moment after the server committed a push whose answer never left.
    const auto [point, count] = GENERATE(table<const char*, int>({
        {"run:after-connect", 1},
        {"run:after-sign-in", 1},
        {"push:before-mark-sent", 1},
        {"push:after-mark-sent", 1},
        {"push:after-mark-sent", 2},
        {"server:after-commit", 1},
        {"server:after-commit", 2},
        {"push:after-receive", 1},
        {"push:after-receive", 2},
        {"push:after-record", 1},
        {"push:after-record", 2},
        {"pull:after-receive", 1},
        {"pull:after-receive", 3},
        {"pull:after-apply", 1},
        {"pull:after-apply", 3},
    }));
    INFO("killed at " << point << " (hit " << count << ")");
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient colleague(server, u"ann"_s); // leaves 250 records on the server to pull
    makeContacts(colleague.db(), 250, u"Theirs"_s);
    REQUIRE(colleague.sync());

    QTemporaryDir dir;
    const QString clientPath = dir.filePath(u"device.sqlite"_s);
    {
        auto db = Database::open(clientPath);
        REQUIRE(db);
        makeContacts(**db, 700, u"Mine"_s); // two pushes
    }
    const WorkerRun killed = runWorker(server, clientPath, QString::fromLatin1(point), count);
    INFO(killed.output.toStdString());
    CHECK(killed.crashed);
    const WorkerRun resumed = runWorker(server, clientPath);
    INFO(resumed.output.toStdString());
    REQUIRE_FALSE(resumed.crashed);
    REQUIRE(resumed.exitCode == 0);

    CHECK(server.duplicateLedgerIds().isEmpty());
    CHECK(server.ledgerIds().size() == 950);
    CHECK(server.records().size() == 950);
    auto db = Database::open(clientPath);
    REQUIRE(db);
    CHECK(*SyncJournal(**db).unsentCount() == 0);
    db->reset();
    const QList<ServerRecord> device = recordsIn(clientPath);
    CHECK(device.size() == 950);
    CHECK(device == server.records());
}

TEST_CASE("a sync worker killed while files travel resumes them without loss", "[sync][crash][attachments]") {
    // After each part sent or received (parts of 1 MiB: three each way).
    const auto [point, count] = GENERATE(table<const char*, int>({
        {"files:after-send", 1},
        {"files:after-send", 2},
        {"files:after-receive", 1},
        {"files:after-receive", 3},
    }));
    INFO("killed at " << point << " (hit " << count << ")");
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient colleague(server, u"ann"_s);
    const QByteArray theirs = fileBytes(2'500'000, 1);
    const Attachment pulled = attachToNewAccount(colleague.db(), u"theirs.pdf"_s, theirs);
    REQUIRE(synced(colleague).filesSent == 1);

    QTemporaryDir dir;
    const QString clientPath = dir.filePath(u"device.sqlite"_s);
    const QByteArray mine = fileBytes(2'500'000, 2);
    Attachment sent;
    {
        auto db = Database::open(clientPath);
        REQUIRE(db);
        sent = attachToNewAccount(**db, u"mine.pdf"_s, mine);
    }
    const WorkerRun killed = runWorker(server, clientPath, QString::fromLatin1(point), count);
    INFO(killed.output.toStdString());
    CHECK(killed.crashed);
    const WorkerRun resumed = runWorker(server, clientPath);
    INFO(resumed.output.toStdString());
    REQUIRE_FALSE(resumed.crashed);
    REQUIRE(resumed.exitCode == 0);

    {
        auto db = Database::open(clientPath);
        REQUIRE(db);
        CHECK(AttachmentRepository(**db).data(pulled.id).value() == theirs);
        CHECK(AttachmentContents(**db).uploadsWaiting().value() == 0);
        CHECK(AttachmentContents(**db).downloadsWaiting().value() == 0);
    }
    CHECK(synced(colleague).filesReceived == 1);
    CHECK(AttachmentRepository(colleague.db()).data(sent.id).value() == mine);
}
