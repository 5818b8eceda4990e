#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

const QString kServerId = u"5f0c2a1e-7d3b-4c4e-9a55-0a1b2c3d4e5f"_s;

/// Connects `journal`, failing the test if the store refuses.
SyncState connected(SyncJournal& journal, const QString& url, const QString& serverId, const QString& user) {
    auto state = journal.connect(url, serverId, user);
    INFO((state ? std::string() : state.error().detail.toStdString()));
    REQUIRE(state);
    return *state;
}

} // namespace

TEST_CASE("a server known by its id keeps the store's client at any address and remembers the new one",
          "[sync][store]") {
    Test::TempDatabase tmp;
    SyncJournal journal(tmp.db());
    const SyncState first = connected(journal, u"https://127.0.0.1:8443"_s, kServerId, u"ann"_s);
    CHECK(first.serverId == kServerId);

    const SyncState again = connected(journal, u"https://localhost:8443"_s, kServerId, u"ann"_s);
    CHECK(again.clientId == first.clientId);
    CHECK(again.seqBase == first.seqBase);
    CHECK(again.serverUrl == u"https://localhost:8443"_s);
    tmp.reopen();
    auto stored = SyncJournal(tmp.db()).state();
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->clientId == first.clientId);
    CHECK((*stored)->serverUrl == u"https://localhost:8443"_s);
    CHECK((*stored)->serverId == kServerId);
}

TEST_CASE("a server whose id is not known yet is recognised by its address however it is written", "[sync][store]") {
    Test::TempDatabase tmp;
    SyncJournal journal(tmp.db());
    // A store connected before servers named themselves, or a server that does not.
    const SyncState first = connected(journal, u"https://crm.example.com"_s, {}, u"ann"_s);
    const SyncState spelled = connected(journal, u"https://CRM.example.com:443/"_s, {}, u"ann"_s);
    CHECK(spelled.clientId == first.clientId);
    const SyncState named = connected(journal, u"https://crm.example.com"_s, kServerId, u"ann"_s);
    CHECK(named.clientId == first.clientId);
    CHECK(named.serverId == kServerId); // learnt: from now on any address of it will do
    CHECK(connected(journal, u"https://10.0.0.7"_s, kServerId, u"ann"_s).clientId == first.clientId);
}

TEST_CASE("another server at the same address, another user or another unnamed address is a new client",
          "[sync][store]") {
    Test::TempDatabase tmp;
    SyncJournal journal(tmp.db());
    const SyncState first = connected(journal, u"https://crm.example.com"_s, kServerId, u"ann"_s);
    const SyncState rebuilt =
        connected(journal, u"https://crm.example.com"_s, u"0d9e8f7a-1111-4222-8333-944455556666"_s, u"ann"_s);
    CHECK(rebuilt.clientId != first.clientId);
    CHECK(rebuilt.pullCursor.isEmpty());
    const SyncState bob = connected(journal, u"https://crm.example.com"_s, rebuilt.serverId, u"bob"_s);
    CHECK(bob.clientId != rebuilt.clientId);
    const SyncState unnamed = connected(journal, u"https://other.example.com"_s, {}, u"bob"_s);
    CHECK(unnamed.clientId != bob.clientId);
    CHECK(unnamed.serverId.isEmpty());

    REQUIRE(journal.restore(bob));
    auto restored = journal.state();
    REQUIRE(restored);
    REQUIRE(restored->has_value());
    CHECK((*restored)->clientId == bob.clientId);
    CHECK((*restored)->serverId == bob.serverId);
    REQUIRE(journal.disconnect());
    auto none = journal.state();
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}
