#include "SyncFixture.h"
#include "StringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// ann's new device behind a server that answers the first `busy` password sign-ins 429 "busy";
/// `signIns` counts every sign-in.
struct BusyServer {
    explicit BusyServer(int busy) {
        server.addUser(u"ann"_s);
        client.network().setFaults([busy, this](const Server::HttpRequest& r) {
            if (r.path != u"/v1/auth/token"_s)
                return Fault::None;
            return ++signIns <= busy ? Fault::Busy : Fault::None;
        });
    }

    TestServer server;
    TestClient client{server, u"ann"_s};
    int signIns = 0;
};

} // namespace

TEST_CASE("a sign-in answered busy is sent again after its Retry-After", "[sync][faults]") {
    BusyServer f(2);
    synced(f.client);
    CHECK(f.signIns == 3);
}

TEST_CASE("a server that stays busy is reported as unavailable, and the next run signs in", "[sync][faults]") {
    BusyServer f(1000);
    auto failed = f.client.sync(30'000);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Unreachable); // the scheduler tries again later
    CHECK(failed.error().message.contains(u"busy"_s));
    CHECK(f.signIns == SyncEngine::kBusySignInTries);
    f.client.network().setFaults({});
    synced(f.client);
}
