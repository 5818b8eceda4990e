#include "SyncFixture.h"

#include "SmallDemo.h"
#include "store/records/AccountRepository.h"
#include "store/journal/LocalOnlyRecords.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

qsizetype serverAccounts(TestServer& server) {
    const auto records = server.records();
    return std::count_if(records.cbegin(), records.cend(),
                         [](const ServerRecord& r) { return r.table == u"accounts"_s && !r.deleted; });
}

} // namespace

TEST_CASE("a demo store taken over before its first sync arrives whole with nothing refused", "[sync][firstconnect]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    TestClient laptop(server, u"maria"_s);
    Test::generateSmallDemo(laptop.db());
    REQUIRE(LocalOnlyRecords(laptop.db()).takeOver());

    const SyncSummary summary = synced(laptop);
    CHECK(summary.rejected == 0);
    CHECK(serverAccounts(server) == *AccountRepository(laptop.db()).count());

    TestClient desk(server, u"maria"_s);
    synced(desk);
    CHECK(*AccountRepository(desk.db()).count() == *AccountRepository(laptop.db()).count());
}

TEST_CASE("a demo store whose first sync was refused is sent again once taken over", "[sync][firstconnect]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    TestClient laptop(server, u"maria"_s);
    Test::generateSmallDemo(laptop.db());
    const auto refused = laptop.sync();
    REQUIRE(refused);
    REQUIRE(refused->rejected > 0); // the demo's sales team is unknown to the server
    CHECK(serverAccounts(server) == 0);

    REQUIRE(*LocalOnlyRecords(laptop.db()).count() > 0);
    REQUIRE(LocalOnlyRecords(laptop.db()).takeOver());
    const SyncSummary summary = synced(laptop);
    CHECK(summary.rejected == 0);
    CHECK(serverAccounts(server) == *AccountRepository(laptop.db()).count());
}
