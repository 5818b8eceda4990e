#include "SyncFixture.h"
#include "StringMakers.h"
#include "storage/ServerDatabase.h"
#include "store/records/ContactRepository.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

void makeContacts(Database& db, int n) {
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.firstName = u"Person"_s;
        c.lastName = QString::number(i);
        REQUIRE(ContactRepository(db).save(c));
    }
}

int serverCount(TestServer& server, const QString& sql) {
    auto n = server.db().scalar(sql, {});
    REQUIRE(n);
    return n->toInt();
}

QString clientIdOf(TestClient& client) {
    auto state = SyncJournal(client.db()).state();
    REQUIRE(state);
    REQUIRE(state->has_value());
    return (*state)->clientId;
}

} // namespace

TEST_CASE("a store reaching its server by another address goes on as the same device", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    makeContacts(laptop.db(), 3);
    CHECK(synced(laptop).pushed == 3);
    const QString clientId = clientIdOf(laptop);

    for (const QString& address :
         {u"https://FIELDBOOK.test:443/"_s, u"https://fieldbook.test/"_s, u"https://another-name.test"_s}) {
        INFO(address.toStdString());
        laptop.setServerUrl(QUrl(address));
        const SyncSummary again = synced(laptop);
        CHECK(again.pushed == 0);
        CHECK(again.pulled == 0); // the cursor was kept: nothing is pulled again
        CHECK(clientIdOf(laptop) == clientId);
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM clients"_s) == 1);
    auto state = SyncJournal(laptop.db()).state();
    REQUIRE(state);
    CHECK((*state)->serverUrl == u"https://another-name.test"_s);
    CHECK((*state)->serverId == server.db().serverId());
}

TEST_CASE("a push cut off after the server committed it and sent again by another address is stored once",
          "[sync][faults]") {
    TestServer server(GENERATE(Catch::Generators::from_range(serverBackends())));
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    makeContacts(laptop.db(), 1);
    synced(laptop);
    makeContacts(laptop.db(), 5);
    laptop.network().setFaults(
        [](const Server::HttpRequest& r) { return r.path == u"/v1/sync/push"_s ? Fault::LoseResponse : Fault::None; });
    REQUIRE_FALSE(laptop.sync());
    CHECK(serverCount(server, u"SELECT count(*) FROM mutation_ledger"_s) == 6);

    laptop.network().setFaults({});
    laptop.setServerUrl(QUrl(u"https://localhost.fieldbook.test"_s));
    const SyncSummary finished = synced(laptop);
    CHECK(finished.pushed == 5);
    CHECK(finished.waiting == 0);
    CHECK(server.duplicateLedgerIds().isEmpty());
    CHECK(serverCount(server, u"SELECT count(*) FROM mutation_ledger"_s) == 6);
    CHECK(serverCount(server, u"SELECT count(*) FROM clients"_s) == 1);
    CHECK(laptop.records() == server.records());
}
