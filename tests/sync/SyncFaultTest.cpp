#include "SyncFixture.h"
#include "StringMakers.h"
#include "common/Clock.h"
#include "store/records/ContactRepository.h"
#include "storage/ServerDatabase.h"
#include "store/write/Outbox.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

QList<Contact> makeContacts(Database& db, int n, const QString& prefix = u"Person"_s) {
    QList<Contact> list;
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.firstName = prefix;
        c.lastName = QString::number(i);
        auto r = ContactRepository(db).save(c);
        REQUIRE(r);
        list.append(*r);
    }
    return list;
}

void requireConverged(TestServer& server, TestClient& client) {
    CHECK(server.duplicateLedgerIds().isEmpty());
    const auto mine = client.records();
    const auto theirs = server.records();
    INFO("client:\n" << describe(mine) << "server:\n" << describe(theirs));
    CHECK(mine == theirs);
}

bool isPush(const Server::HttpRequest& r) {
    return r.path == u"/v1/sync/push"_s;
}

bool isPull(const Server::HttpRequest& r) {
    return r.path == u"/v1/sync/pull"_s;
}

} // namespace

TEST_CASE("a push whose answer is lost after the server committed is not applied twice", "[sync][faults]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 3);
    bool lost = false;
    client.network().setFaults([&](const Server::HttpRequest& r) {
        if (isPush(r) && !lost) {
            lost = true;
            return Fault::LoseResponse;
        }
        return Fault::None;
    });
    auto first = client.sync();
    REQUIRE_FALSE(first);
    CHECK(first.error().code == ErrorCode::Unreachable);
    CHECK(server.ledgerIds().size() == 3); // the server did commit them
    auto unsent = SyncJournal(client.db()).unsentCount();
    CHECK(*unsent == 3); // ... but the device does not know yet

    synced(client);
    CHECK(*SyncJournal(client.db()).unsentCount() == 0);
    CHECK(server.ledgerIds().size() == 3);
    CHECK(server.records().size() == 3);
    requireConverged(server, client);
}

TEST_CASE("a push delivered twice is applied once", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 4);
    client.network().setFaults([](const Server::HttpRequest& r) { return isPush(r) ? Fault::Duplicate : Fault::None; });
    synced(client);
    CHECK(server.ledgerIds().size() == 4);
    CHECK(server.records().size() == 4);
    requireConverged(server, client);
}

TEST_CASE("an error status stops the run and the next run resumes from the saved cursor", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient writer(server, u"ann"_s);
    TestClient reader(server, u"ann"_s);
    makeContacts(writer.db(), 30);
    synced(writer);
    synced(reader); // connects; takes everything
    makeContacts(writer.db(), 30, u"Later"_s);
    synced(writer);

    int pulls = 0;
    reader.network().setFaults(
        [&](const Server::HttpRequest& r) { return isPull(r) && ++pulls == 2 ? Fault::Unavailable : Fault::None; });
    auto smallPages = [&] { // small pages: the failure comes after one page arrived, which is stored all the same
        SyncEngine::Options o;
        o.server = QUrl(u"https://fieldbook.test"_s);
        o.user = u"ann"_s;
        o.pageSize = 10;
        SyncEngine engine(reader.db(), reader.network(), o);
        engine.setPassword(TestServer::passwordOf(u"ann"_s));
        return engine.run();
    };
    auto failed = smallPages();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Unreachable);
    const QString cursor = (*SyncJournal(reader.db()).state())->pullCursor;
    CHECK_FALSE(cursor.isEmpty());
    CHECK(reader.records().size() == 40); // 30 before, one page of 10 since

    reader.network().setFaults({});
    auto resumed = smallPages();
    REQUIRE(resumed);
    CHECK(resumed->pulled == 20);
    requireConverged(server, reader);
}

TEST_CASE("a server that never answers times out instead of hanging the sync", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    client.network().setFaults([](const Server::HttpRequest&) { return Fault::Hang; });
    QElapsedTimer timer;
    timer.start();
    auto r = client.sync(300);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Unreachable);
    CHECK(r.error().message.contains(u"did not answer"_s));
    CHECK(timer.elapsed() < 5000);
}

TEST_CASE("a truncated page is refused and nothing of it is applied", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient writer(server, u"ann"_s);
    TestClient reader(server, u"ann"_s);
    makeContacts(writer.db(), 5);
    synced(writer);
    reader.network().setFaults([](const Server::HttpRequest& r) { return isPull(r) ? Fault::Truncate : Fault::None; });
    auto r = reader.sync();
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::ServerFailure);
    CHECK(reader.records().isEmpty());
    CHECK((*SyncJournal(reader.db()).state())->pullCursor.isEmpty());
    reader.network().setFaults({});
    synced(reader);
    requireConverged(server, reader);
}

TEST_CASE("a refused connection keeps every change for the next run", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 2);
    client.network().setFaults([](const Server::HttpRequest&) { return Fault::Refuse; });
    auto r = client.sync();
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Unreachable);
    CHECK(r.error().message.contains(u"fieldbook.test"_s));
    client.network().setFaults({});
    synced(client);
    CHECK(server.records().size() == 2);
}

TEST_CASE("a server restarted in the middle of a sync loses nothing", "[sync][faults]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 600); // two pushes
    int pushes = 0;
    client.network().setAfterHandled([&](const Server::HttpRequest& r) {
        if (isPush(r) && ++pushes == 1)
            server.restart();
    });
    client.network().setFaults(
        [&](const Server::HttpRequest& r) { return isPush(r) && pushes == 1 ? Fault::LoseResponse : Fault::None; });
    auto first = client.sync();
    REQUIRE_FALSE(first);
    client.network().setFaults({});
    synced(client);
    CHECK(server.records().size() == 600);
    CHECK(server.ledgerIds().size() == 600);
    requireConverged(server, client);
}

TEST_CASE("a wrong password is refused with a sign-in error and nothing is sent", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 1);
    SyncEngine::Options o;
    o.server = QUrl(u"https://fieldbook.test"_s);
    o.user = u"ann"_s;
    SyncEngine engine(client.db(), client.network(), o);
    engine.setPassword(u"not-the-password"_s);
    auto r = engine.run();
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotSignedIn);
    CHECK(r.error().message.contains(u"user name or password"_s));
    CHECK(server.ledgerIds().isEmpty());
    CHECK(*SyncJournal(client.db()).unsentCount() == 1);
}

TEST_CASE("clocks hours and years ahead of the server are corrected and still order edits", "[sync][skew]") {
    const qint64 hour = 3600'000;
    const qint64 skew = GENERATE(3 * hour, 5 * 365 * 24 * hour);
    TestServer server;
    server.setClockOffset(-skew); // the devices' clocks run `skew` ahead of the server's
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = makeContacts(first.db(), 1).first();
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.title = u"First"_s;
    REQUIRE(ContactRepository(first.db()).save(a));
    // The second edit is made two seconds later: more than one measurement of the skew can vary.
    Clock::setSource([] { return QDateTime::currentMSecsSinceEpoch() + 2000; });
    Contact b = *ContactRepository(second.db()).get(c.id);
    b.title = u"Second"_s;
    REQUIRE(ContactRepository(second.db()).save(b));
    Clock::setSource({});
    synced(second);
    auto r = first.sync();
    REQUIRE(r);
    CHECK(r->rejected == 0);
    CHECK(r->skewMs < -skew + hour);
    synced(second);
    CHECK(ContactRepository(first.db()).get(c.id)->title == u"Second"_s);
    auto log = SyncJournal(first.db()).logLines(20);
    REQUIRE(log);
    CHECK(std::any_of(log->cbegin(), log->cend(),
                      [](const SyncLogLine& l) { return l.level == u"warning"_s && l.message.contains(u"ahead"_s); }));
    requireConverged(server, first);
}

TEST_CASE("a clock hours behind the server syncs and is warned about", "[sync][skew]") {
    TestServer server;
    server.setClockOffset(3 * 3600'000);
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 2);
    synced(client);
    auto log = SyncJournal(client.db()).logLines(20);
    CHECK(std::any_of(log->cbegin(), log->cend(),
                      [](const SyncLogLine& l) { return l.level == u"warning"_s && l.message.contains(u"behind"_s); }));
    requireConverged(server, client);
}

TEST_CASE("a store from an older schema with a full outbox is upgraded and sends everything", "[sync][upgrade]") {
    TestServer server;
    server.addUser(u"ann"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        Database::Options old;
        old.migrateTo = 2;
        auto db = Database::open(path, old);
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 2);
        makeContacts(**db, 120);
    }
    TestClient client(server, u"ann"_s);
    auto upgraded = Database::open(path);
    REQUIRE(upgraded);
    CHECK((*upgraded)->schemaVersion() == Database::latestSchemaVersion());
    SyncEngine::Options o;
    o.server = QUrl(u"https://fieldbook.test"_s);
    o.user = u"ann"_s;
    SyncEngine engine(**upgraded, client.network(), o);
    engine.setPassword(TestServer::passwordOf(u"ann"_s));
    auto r = engine.run();
    REQUIRE(r);
    CHECK(r->pushed == 120);
    CHECK(server.records().size() == 120);
    CHECK(*Outbox(**upgraded).pendingCount() == 0);
}

TEST_CASE("two syncs of one store running at once push every change exactly once", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    makeContacts(client.db(), 300);
    synced(client); // connects and signs in once
    makeContacts(client.db(), 700, u"Second"_s);

    // Two runs on their own threads, each with its own connections to both stores, as the app's
    // background sync and a scripted fieldbook-cli sync would be.
    QStringList problems[2];
    auto runOne = [&](int slot) {
        auto serverDb = Server::ServerDatabase::open(server.location());
        if (!serverDb) {
            problems[slot].append(serverDb.error().message);
            return;
        }
        Server::HttpApi api(**serverDb, {}, Wire::Limits{}, 1000);
        FakeNetworkAccessManager network([&api]() -> Server::HttpApi& { return api; });
        auto db = Database::open(client.path());
        if (!db) {
            problems[slot].append(db.error().message);
            return;
        }
        SyncEngine::Options o;
        o.server = QUrl(u"https://fieldbook.test"_s);
        o.user = u"ann"_s;
        SyncEngine engine(**db, network, o);
        engine.setPassword(TestServer::passwordOf(u"ann"_s));
        auto r = engine.run();
        // Two writers on one SQLite store may meet a busy store; that is a temporary failure.
        if (!r && r.error().code != ErrorCode::Unreachable && r.error().code != ErrorCode::DatabaseLocked)
            problems[slot].append(r.error().message);
    };
    std::unique_ptr<QThread> a(QThread::create(runOne, 0));
    std::unique_ptr<QThread> b(QThread::create(runOne, 1));
    a->start();
    b->start();
    REQUIRE(a->wait(120'000));
    REQUIRE(b->wait(120'000));
    CHECK(problems[0].join(u"; "_s).isEmpty());
    CHECK(problems[1].join(u"; "_s).isEmpty());

    synced(client);
    CHECK(server.duplicateLedgerIds().isEmpty());
    CHECK(server.ledgerIds().size() == 1000);
    CHECK(server.records().size() == 1000);
    requireConverged(server, client);
}
