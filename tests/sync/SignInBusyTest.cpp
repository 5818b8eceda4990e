#include "SyncFixture.h"
#include "StringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// Answers the first `busy` password sign-ins 429 "busy"; counts every sign-in in `signIns`.
FaultPlan busySignIns(int busy, int& signIns) {
    return [busy, &signIns](const Server::HttpRequest& r) {
        if (r.path != u"/v1/auth/token"_s)
            return Fault::None;
        return ++signIns <= busy ? Fault::Busy : Fault::None;
    };
}

} // namespace

TEST_CASE("a sign-in answered busy is sent again after its Retry-After", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    int signIns = 0;
    client.network().setFaults(busySignIns(2, signIns));
    synced(client);
    CHECK(signIns == 3);
}

TEST_CASE("a server that stays busy is reported as unavailable, and the next run signs in", "[sync][faults]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient client(server, u"ann"_s);
    int signIns = 0;
    client.network().setFaults(busySignIns(1000, signIns));
    auto failed = client.sync(30'000);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Unreachable); // the scheduler tries again later
    CHECK(failed.error().message.contains(u"busy"_s));
    CHECK(signIns == SyncEngine::kBusySignInTries);
    client.network().setFaults({});
    synced(client);
}
