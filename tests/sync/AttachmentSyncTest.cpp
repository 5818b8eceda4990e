#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/records/AccountRepository.h"
#include "store/write/AttachmentContents.h"
#include "store/records/AttachmentRepository.h"
#include "store/db/SqlConnection.h"
#include "store/db/StoreEvents.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

constexpr qint64 kPart = 64 * 1024;

QString newAccount(Database& db, const QString& name) {
    Account account;
    account.name = name;
    auto saved = AccountRepository(db).save(account);
    REQUIRE(saved);
    return saved->id;
}

Attachment attach(Database& db, const QString& accountId, const QString& fileName, const QByteArray& bytes) {
    auto attached = AttachmentRepository(db).addData(u"accounts"_s, accountId, fileName, bytes);
    REQUIRE(attached);
    return *attached;
}

/// The blob requests of `client` the server handled: "PUT bytes 0-65535/300000", "GET bytes=0-65535".
QStringList& watchBlobs(TestClient& client, QStringList& log) {
    client.network().setAfterHandled([&log](const Server::HttpRequest& r) {
        if (!r.path.startsWith(u"/v1/blobs/"_s) || r.path == u"/v1/blobs/missing"_s)
            return;
        const QByteArray range = r.headers.value(r.method == "PUT" ? "content-range" : "range");
        log.append(QString::fromLatin1(r.method + ' ' + range));
    });
    return log;
}

/// Faults the `n`-th request of `method` to a blob (counted from 1) with `fault`.
FaultPlan faultAt(const QByteArray& method, int n, Fault fault) {
    auto seen = std::make_shared<int>(0);
    return [=](const Server::HttpRequest& r) {
        const bool blob = r.path.startsWith(u"/v1/blobs/"_s) && r.path != u"/v1/blobs/missing"_s;
        return blob && r.method == method && ++*seen == n ? fault : Fault::None;
    };
}

ContentState stateOf(TestClient& client, const QString& sha256) {
    auto state = AttachmentContents(client.db()).stateOf(sha256);
    REQUIRE(state);
    return *state;
}

bool logSays(TestClient& client, const QString& text) {
    const QList<SyncLogLine> lines = SyncJournal(client.db()).logLines(20).value();
    for (const SyncLogLine& line : lines)
        if (line.message.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("a colleague's pull keeps an attachment whose bytes have not arrived, and they follow byte for byte",
          "[sync][attachments]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"ann"_s, u"rep"_s, u"maria"_s);
    TestClient rep(server, u"ann"_s);
    TestClient manager(server, u"maria"_s);
    const QByteArray bytes = fileBytes(300'000, 1);
    const Attachment offer = attachToNewAccount(rep.db(), u"offer.pdf"_s, bytes);
    rep.network().setFaults(
        [](const Server::HttpRequest& r) { return r.method == "PUT" ? Fault::Refuse : Fault::None; });
    const SyncSummary first = synced(rep); // the records go; the file waits
    CHECK(first.filesSent == 0);
    CHECK(first.filesWaiting == 1);

    // Before schema 9 this pull failed on the attachment's foreign key, and so did every later one.
    const SyncSummary pulled = synced(manager);
    CHECK(pulled.filesReceived == 0);
    CHECK(manager.records() == rep.records());
    const ContentState missing = stateOf(manager, offer.sha256);
    CHECK_FALSE(missing.here);
    CHECK(missing.problem == ContentProblem::NotUploaded);
    CHECK(AttachmentRepository(manager.db()).data(offer.id).error().code == ErrorCode::NotFound);

    rep.network().setFaults({});
    CHECK(synced(rep).filesSent == 1);
    const SyncSummary received = synced(manager);
    CHECK(received.filesReceived == 1);
    CHECK(received.filesWaiting == 0);
    CHECK(AttachmentRepository(manager.db()).data(offer.id).value() == bytes);
    CHECK(stateOf(manager, offer.sha256).here);
    CHECK(synced(manager).filesReceived == 0); // nothing fetched twice
    CHECK(synced(rep).filesSent == 0);         // nor sent twice
}

TEST_CASE("a file attached twice, or on two devices, is sent once", "[sync][attachments]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    laptop.adjustOptions([](SyncEngine::Options& o) { o.fileChunkBytes = kPart; });
    QStringList sent;
    watchBlobs(laptop, sent);
    const QByteArray bytes = fileBytes(200'000, 2);
    attachToNewAccount(laptop.db(), u"price list.xlsx"_s, bytes);
    attachToNewAccount(laptop.db(), u"prices.xlsx"_s, bytes);
    CHECK(synced(laptop).filesSent == 1);
    CHECK(sent == QStringList{u"PUT bytes 0-65535/200000"_s, u"PUT bytes 65536-131071/200000"_s,
                              u"PUT bytes 131072-196607/200000"_s, u"PUT bytes 196608-199999/200000"_s});

    CHECK(synced(desktop).filesReceived == 1); // one content for both attachments
    QStringList desktopSent;
    watchBlobs(desktop, desktopSent);
    attachToNewAccount(desktop.db(), u"copy.xlsx"_s, bytes);
    const SyncSummary again = synced(desktop);
    CHECK(again.filesSent == 0);
    CHECK(again.filesWaiting == 0);
    CHECK(desktopSent.isEmpty()); // the server said it has it
    CHECK(AttachmentContents(desktop.db()).uploadsWaiting().value() == 0);
}

TEST_CASE("an interrupted upload goes on from the part the server stored", "[sync][attachments]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    laptop.adjustOptions([](SyncEngine::Options& o) { o.fileChunkBytes = kPart; });
    QStringList sent;
    watchBlobs(laptop, sent);
    const QByteArray bytes = fileBytes(300'000, 3);
    const Attachment offer = attachToNewAccount(laptop.db(), u"offer.pdf"_s, bytes);
    // The server stores the third part; its answer never arrives.
    laptop.network().setFaults(faultAt("PUT", 3, Fault::LoseResponse));
    const SyncSummary cut = synced(laptop); // the records are synced all the same
    CHECK(cut.filesSent == 0);
    CHECK(cut.filesWaiting == 1);
    CHECK(logSays(laptop, u"Files could not be transferred"_s));
    CHECK(sent.size() == 3);

    sent.clear();
    laptop.network().setFaults({});
    CHECK(synced(laptop).filesSent == 1);
    CHECK(sent == QStringList{u"PUT bytes 196608-262143/300000"_s, u"PUT bytes 262144-299999/300000"_s});
    synced(desktop);
    CHECK(AttachmentRepository(desktop.db()).data(offer.id).value() == bytes);
}

TEST_CASE("an interrupted download goes on from the parts stored here", "[sync][attachments]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    const QByteArray bytes = fileBytes(200'000, 4);
    const Attachment offer = attachToNewAccount(laptop.db(), u"offer.pdf"_s, bytes);
    REQUIRE(synced(laptop).filesSent == 1);

    desktop.adjustOptions([](SyncEngine::Options& o) { o.fileChunkBytes = kPart; });
    QStringList fetched;
    watchBlobs(desktop, fetched);
    desktop.network().setFaults(faultAt("GET", 3, Fault::Refuse));
    const SyncSummary cut = synced(desktop);
    CHECK(cut.filesReceived == 0);
    CHECK(cut.filesWaiting == 1);
    CHECK(fetched == QStringList{u"GET bytes=0-65535"_s, u"GET bytes=65536-131071"_s});
    const ContentState partial = stateOf(desktop, offer.sha256);
    CHECK(partial.received == 2 * kPart);
    CHECK(partial.problem == ContentProblem::Interrupted);

    fetched.clear();
    desktop.network().setFaults({});
    CHECK(synced(desktop).filesReceived == 1);
    CHECK(fetched == QStringList{u"GET bytes=131072-196607"_s, u"GET bytes=196608-262143"_s});
    CHECK(AttachmentRepository(desktop.db()).data(offer.id).value() == bytes);
    CHECK(stateOf(desktop, offer.sha256).received == 0); // the parts became the stored bytes
}

TEST_CASE("files fetched in the background wait for later runs past a budget, and one asked for comes at once",
          "[sync][attachments]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    const QString account = newAccount(laptop.db(), u"Acme"_s);
    QList<Attachment> files;
    for (quint32 i = 0; i < 3; ++i)
        files.append(attach(laptop.db(), account, u"scan-%1.png"_s.arg(i), fileBytes(50'000, 10 + i)));
    REQUIRE(synced(laptop).filesSent == 3);

    desktop.adjustOptions([](SyncEngine::Options& o) { o.fileBytesPerRun = 1; });
    const SyncSummary first = synced(desktop);
    CHECK(first.filesReceived == 1);
    CHECK(first.filesWaiting == 2);
    QList<Attachment> waiting;
    for (const Attachment& a : std::as_const(files))
        if (!stateOf(desktop, a.sha256).here)
            waiting.append(a);
    REQUIRE(waiting.size() == 2);

    QSignalSpy announced(desktop.db().events(), &StoreEvents::contentsRequested);
    REQUIRE(AttachmentContents(desktop.db()).request(waiting.last().id));
    CHECK(announced.size() == 1); // the app's scheduler syncs at once on it
    CHECK(stateOf(desktop, waiting.last().sha256).requested);
    const SyncSummary second = synced(desktop);
    CHECK(second.filesReceived == 1);
    CHECK(stateOf(desktop, waiting.last().sha256).here);
    CHECK_FALSE(stateOf(desktop, waiting.first().sha256).here);
    CHECK(synced(desktop).filesReceived == 1);
    CHECK(AttachmentContents(desktop.db()).downloadsWaiting().value() == 0);
}

TEST_CASE("a pulled attachment deleted before its bytes arrived syncs like any other record", "[sync][attachments]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"ann"_s, u"rep"_s, u"maria"_s);
    TestClient rep(server, u"ann"_s);
    TestClient manager(server, u"maria"_s);
    rep.network().setFaults(
        [](const Server::HttpRequest& r) { return r.method == "PUT" ? Fault::Refuse : Fault::None; });
    const Attachment offer = attachToNewAccount(rep.db(), u"offer.pdf"_s, fileBytes(1000, 5));
    synced(rep);
    synced(manager);
    REQUIRE(AttachmentRepository(rep.db()).remove(offer.id));
    CHECK(synced(rep).filesWaiting == 0); // deleted: nothing left to send
    const SyncSummary pulled = synced(manager);
    CHECK(pulled.pulled == 1);
    CHECK(pulled.filesWaiting == 0);
    CHECK(AttachmentRepository(manager.db()).forRecord(offer.recordId)->isEmpty());
    CHECK(manager.records() == rep.records());
    // Nothing is kept for its download any more.
    CHECK(manager.db().connection().scalar(u"SELECT count(*) FROM attachment_downloads"_s, {}, u"test"_s)->toInt() ==
          0);
}

TEST_CASE("a download whose bytes do not match their hash is not kept, and comes again", "[sync][attachments]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    const QByteArray bytes = fileBytes(100'000, 6);
    const Attachment offer = attachToNewAccount(laptop.db(), u"offer.pdf"_s, bytes);
    REQUIRE(synced(laptop).filesSent == 1);
    QByteArray damaged = bytes;
    damaged[50'000] = char(~damaged[50'000]);
    const QString update = u"UPDATE blob_chunks SET data = ? WHERE sha256 = ?"_s;
    REQUIRE(server.db().run(update, {damaged, offer.sha256}));

    const SyncSummary first = synced(desktop);
    CHECK(first.filesReceived == 0);
    CHECK(stateOf(desktop, offer.sha256).problem == ContentProblem::Damaged);
    CHECK(stateOf(desktop, offer.sha256).received == 0);
    CHECK(logSays(desktop, u"checksum"_s));
    CHECK(AttachmentRepository(desktop.db()).data(offer.id).error().code == ErrorCode::NotFound);

    REQUIRE(server.db().run(update, {bytes, offer.sha256}));
    CHECK(synced(desktop).filesReceived == 1);
    CHECK(AttachmentRepository(desktop.db()).data(offer.id).value() == bytes);
}

TEST_CASE("a damaged copy of an attached file is reported and not sent", "[sync][attachments]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    QStringList sent;
    watchBlobs(laptop, sent);
    const Attachment offer = attachToNewAccount(laptop.db(), u"offer.pdf"_s, fileBytes(10'000, 7));
    REQUIRE(laptop.db().connection().write(u"UPDATE attachment_blobs SET data = ? WHERE sha256 = ?"_s,
                                           {fileBytes(10'000, 8), offer.sha256}, u"test: damage a file"_s));
    const SyncSummary summary = synced(laptop);
    CHECK(summary.filesSent == 0);
    CHECK(summary.filesWaiting == 1);
    CHECK(sent.isEmpty());
    CHECK(logSays(laptop, u"damaged"_s));
}
