#include "SyncFixture.h"
#include "StringMakers.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/journal/SyncIssues.h"
#include "store/journal/SyncJournal.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// Two devices of one user changed the same account's revenue; the second holds the conflict.
struct RevenueConflict {
    TestServer server;
    TestClient first{server, u"ann"_s};
    TestClient second{server, u"ann"_s};
    QString accountId;

    RevenueConflict() {
        server.addUser(u"ann"_s);
        Account a;
        a.name = u"Acme"_s;
        accountId = AccountRepository(first.db()).save(a)->id;
        synced(first);
        synced(second);
        setRevenue(first, 100);
        setRevenue(second, 200);
        synced(first);
        synced(second);
    }
    void setRevenue(TestClient& c, qint64 value) {
        Account a = *AccountRepository(c.db()).get(accountId);
        a.annualRevenue = value;
        REQUIRE(AccountRepository(c.db()).save(a));
    }
};

} // namespace

TEST_CASE("a conflict lists base, theirs and yours and the user's choice of their own value syncs", "[sync][issues]") {
    RevenueConflict f;
    SyncIssues issues(f.second.db());
    auto list = issues.conflicts();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const SyncConflict c = list->first();
    CHECK(c.field == u"annual_revenue"_s);
    CHECK(c.recordLabel == u"Acme"_s);
    CHECK(c.base.toInteger() == 0);
    CHECK(c.theirs.toInteger() == 100);
    CHECK(c.yours.toInteger() == 200);
    CHECK(c.merge == MergeClass::Guarded);

    REQUIRE(issues.resolve(c.id, SyncIssues::Choice::UseMine));
    CHECK(*issues.count() == 0);
    CHECK(AccountRepository(f.second.db()).get(f.accountId)->annualRevenue == 200);
    synced(f.second);
    synced(f.first);
    CHECK(AccountRepository(f.first.db()).get(f.accountId)->annualRevenue == 200);
    CHECK(f.first.records() == f.server.records());
}

TEST_CASE("keeping the server's value of a conflict sends nothing", "[sync][issues]") {
    RevenueConflict f;
    SyncIssues issues(f.second.db());
    const qint64 id = issues.conflicts()->first().id;
    REQUIRE(issues.resolve(id, SyncIssues::Choice::KeepTheirs));
    CHECK(*SyncJournal(f.second.db()).unsentCount() == 0);
    CHECK(AccountRepository(f.second.db()).get(f.accountId)->annualRevenue == 100);
    CHECK_FALSE(issues.resolve(id, SyncIssues::Choice::UseMine)); // already decided
}

TEST_CASE("overlapping note edits become a conflict and keeping both joins the texts", "[sync][issues]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c;
    c.firstName = u"芳"_s;
    c.lastName = u"王"_s;
    c.notes = u"Budget open"_s;
    c = *ContactRepository(first.db()).save(c);
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.notes = u"Budget 50k"_s;
    REQUIRE(ContactRepository(first.db()).save(a));
    Contact b = *ContactRepository(second.db()).get(c.id);
    b.notes = u"Budget frozen until March"_s;
    REQUIRE(ContactRepository(second.db()).save(b));
    synced(first);
    synced(second);
    SyncIssues issues(second.db());
    auto list = issues.conflicts();
    REQUIRE(list->size() == 1);
    CHECK(list->first().merge == MergeClass::LongText);
    CHECK(list->first().recordLabel == u"王芳"_s); // family name first, as the contact is shown everywhere
    CHECK(list->first().theirs.toString() == u"Budget 50k"_s);
    REQUIRE(issues.resolve(list->first().id, SyncIssues::Choice::KeepBoth));
    synced(second);
    synced(first);
    CHECK(ContactRepository(first.db()).get(c.id)->notes == u"Budget 50k\n\nBudget frozen until March"_s);
}

TEST_CASE("an edit made during a sync to a record that sync revokes is sent and comes back rejected",
          "[sync][issues]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    const QString benId = server.addUser(u"ben"_s, u"rep"_s, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient maria(server, u"maria"_s);
    Contact c;
    c.firstName = u"Ada"_s;
    c = *ContactRepository(tom.db()).save(c);
    synced(tom);
    synced(maria);
    Contact moved = *ContactRepository(maria.db()).get(c.id);
    moved.ownerId = benId;
    REQUIRE(ContactRepository(maria.db()).save(moved));
    synced(maria);

    bool edited = false;
    tom.network().setAfterHandled([&](const Server::HttpRequest& request) {
        if (request.path == u"/v1/sync/pull"_s && !edited) {
            edited = true;
            Contact mine = *ContactRepository(tom.db()).get(c.id);
            mine.title = u"Typed while syncing"_s;
            REQUIRE(ContactRepository(tom.db()).save(mine));
        }
    });
    auto r = tom.sync();
    REQUIRE(r);
    CHECK(r->rejected == 1);
    CHECK(r->waiting == 0);

    SyncIssues issues(tom.db());
    auto rejected = issues.rejections();
    REQUIRE(rejected->size() == 1);
    const SyncRejection item = rejected->first();
    CHECK_FALSE(item.recordPresent);
    CHECK_FALSE(item.reason.isEmpty());
    CHECK(item.entry.fields.value(u"title"_s).toString() == u"Typed while syncing"_s);
    CHECK_FALSE(issues.retry(item.entry.seq)); // the record left the device: only discard
    REQUIRE(issues.discard(item.entry.seq));
    CHECK(*issues.count() == 0);
    synced(tom);
    CHECK(tom.records().isEmpty());
}

TEST_CASE("discarding a refused change puts back only what later edits did not change again", "[sync][issues]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    server.addUser(u"zoe"_s, u"manager"_s);
    const QString benId = server.addUser(u"ben"_s, u"rep"_s, u"zoe"_s);
    TestClient tom(server, u"tom"_s);
    Contact c;
    c.firstName = u"Ada"_s;
    c.title = u"Buyer"_s;
    c.address.city = u"Lyon"_s;
    c = *ContactRepository(tom.db()).save(c);
    synced(tom);
    c = *ContactRepository(tom.db()).get(c.id); // owned by tom's server account now
    const QString tomId = c.ownerId;

    c.address.city = u"Paris"_s;
    c.ownerId = benId; // another manager's rep: the server refuses the whole change
    c = *ContactRepository(tom.db()).save(c);
    auto r = tom.sync();
    REQUIRE(r);
    REQUIRE(r->rejected == 1);
    c.address.city = u"Marseille"_s; // typed again afterwards, not sent yet
    c = *ContactRepository(tom.db()).save(c);

    SyncIssues issues(tom.db());
    auto rejected = issues.rejections();
    REQUIRE(rejected->size() == 1);
    CHECK(rejected->first().recordPresent);
    REQUIRE(issues.discard(rejected->first().entry.seq));
    const Contact now = *ContactRepository(tom.db()).get(c.id);
    CHECK(now.ownerId == tomId);               // only the refused change had it: back as before
    CHECK(now.address.city == u"Marseille"_s); // the later edit is kept
    synced(tom);
    const QList<ServerRecord> held = server.records();
    CHECK(tom.records() == held);
    REQUIRE(held.size() == 1);
    CHECK(held.first().ownerId == tomId);
    CHECK(held.first().fields.value(u"city"_s).toString() == u"Marseille"_s);
}
