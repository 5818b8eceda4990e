#include "SyncFixture.h"
#include "StringMakers.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/write/Outbox.h"
#include "store/journal/SyncJournal.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

Contact newContact(const QString& first, const QString& last) {
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.title = u"Buyer"_s;
    return c;
}

Contact saved(Database& db, Contact c) {
    auto r = ContactRepository(db).save(std::move(c));
    REQUIRE(r);
    return *r;
}

/// Everything a store derives from its records (sort keys, search index, match keys), by record id.
QStringList derivedState(Database& db) {
    QStringList rows;
    for (const QString& sql :
         {u"SELECT 'c', id, sort_key, account_sort_key FROM contacts"_s,
          u"SELECT 'a', id, sort_key, '' FROM accounts"_s,
          u"SELECT 'cf', c.id, f.name, f.body FROM contacts c JOIN contacts_fts f ON f.rowid = c.rid"_s,
          u"SELECT 'af', a.id, f.name, f.body FROM accounts a JOIN accounts_fts f ON f.rowid = a.rid"_s,
          u"SELECT 'k', record_id, kind, value FROM record_keys"_s}) {
        auto q = db.connection().run(sql, {}, u"test: read derived state"_s);
        REQUIRE(q);
        while ((*q)->next())
            rows.append(u"%1|%2|%3|%4"_s.arg((*q)->value(0).toString(), (*q)->value(1).toString(),
                                             (*q)->value(2).toString(), (*q)->value(3).toString()));
        (*q)->finish();
    }
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("a contact saved offline is pushed exactly once and reaches the rep's manager", "[sync]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    const QString tomId = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient maria(server, u"maria"_s);

    const Contact c = saved(tom.db(), newContact(u"Li"_s, u"Wei"_s));
    const SyncSummary first = synced(tom);
    CHECK(first.pushed == 1);
    CHECK(first.waiting == 0);
    CHECK(first.conflicts == 0);
    CHECK(first.rejected == 0);
    // The device passed its local records to the server user on connect.
    CHECK(tom.db().localUserId() == tomId);

    const SyncSummary again = synced(tom);
    CHECK(again.pushed == 0);

    synced(maria);
    auto seen = ContactRepository(maria.db()).get(c.id);
    REQUIRE(seen);
    CHECK(seen->displayName() == u"Li Wei"_s);
    CHECK(seen->ownerId == tomId);
    CHECK(server.duplicateLedgerIds().isEmpty());
    CHECK(server.ledgerIds().size() == 1);
    REQUIRE(server.records().size() == 1);
    CHECK(tom.records() == server.records());
    CHECK(maria.records() == server.records());
    // The server's user directory arrived: owners show by name, managers can pick their people.
    auto users = UserRepository(maria.db()).all();
    REQUIRE(users);
    QStringList names;
    for (const User& u : *users)
        names.append(u.name);
    names.sort();
    CHECK(names == QStringList{u"maria"_s, u"tom"_s});
}

TEST_CASE("a first sync says how many records it brings and reports its progress", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient writer(server, u"ann"_s);
    for (int i = 0; i < 25; ++i)
        saved(writer.db(), newContact(u"N"_s, QString::number(i)));
    synced(writer);
    TestClient reader(server, u"ann"_s);
    QList<SyncProgress> seen;
    SyncEngine::Options o;
    o.server = QUrl(u"https://fieldbook.test"_s);
    o.user = u"ann"_s;
    o.pageSize = 10;
    o.batchRows = 20; // two pages per transaction
    o.progress = [&](const SyncProgress& p) {
        seen.append(p);
    };
    SyncEngine engine(reader.db(), reader.network(), o);
    engine.setPassword(TestServer::passwordOf(u"ann"_s));
    REQUIRE(engine.run());
    QList<int> pulled;
    for (const SyncProgress& p : seen)
        if (p.phase == SyncProgress::Phase::Pulling && p.done > 0) {
            pulled.append(p.done);
            CHECK(p.total == 25);
        }
    CHECK(pulled == QList<int>{20, 25});
}

TEST_CASE("pulled records are found by search and listed in name order", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient a(server, u"ann"_s);
    TestClient b(server, u"ann"_s);
    Account acme;
    acme.name = u"北京精密机械"_s;
    auto account = AccountRepository(a.db()).save(acme);
    REQUIRE(account);
    Contact c = newContact(u"Wang"_s, u"Fang"_s);
    c.accountId = account->id;
    saved(a.db(), c);
    synced(a);
    synced(b);
    auto contacts = ContactRepository(b.db()).forAccount(account->id);
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->first().displayName() == u"Wang Fang"_s);
    CHECK(b.records() == a.records());
}

TEST_CASE("pulled records derive exactly the sort keys, search entries and match keys that saving them did", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient a(server, u"ann"_s);
    TestClient b(server, u"ann"_s);
    QStringList accountIds;
    for (const QString& name : {u"北京精密机械"_s, u"Acme Tools"_s, u"Société Générale"_s}) {
        Account account;
        account.name = name;
        account.phones = {{u"work"_s, u"+49 30 1234567"_s}};
        account.tags = {u"key account"_s};
        accountIds.append(AccountRepository(a.db()).save(account)->id);
    }
    for (int i = 0; i < 12; ++i) {
        Contact c = newContact(i % 2 ? u"芳"_s : u"Ada"_s, (i % 2 ? u"王"_s : u"Lovelace"_s) + QString::number(i));
        c.accountId = i % 4 == 3 ? QString() : accountIds.at(i % 3);
        c.emails = {{u"work"_s, u"person%1@example.com"_s.arg(i)}};
        c.phones = {{u"mobile"_s, u"+86 138 0013 80%1"_s.arg(i, 2, 10, QLatin1Char('0'))}};
        c.tags = {u"vip"_s, u"tag %1"_s.arg(i)};
        c.notes = u"Notes on 第%1 contact"_s.arg(i);
        saved(a.db(), c);
    }
    synced(a);
    // Small pages and batches, so that several pages share a transaction and a batch ends mid-way.
    SyncEngine::Options o;
    o.server = QUrl(u"https://fieldbook.test"_s);
    o.user = u"ann"_s;
    o.pageSize = 4;
    o.batchRows = 6;
    auto pull = [&] {
        SyncEngine engine(b.db(), b.network(), o);
        engine.setPassword(TestServer::passwordOf(u"ann"_s));
        auto r = engine.run();
        REQUIRE(r);
    };
    pull();
    CHECK(derivedState(b.db()) == derivedState(a.db()));

    // A renamed account re-indexes its contacts on the device that pulls the new name.
    Account renamed = *AccountRepository(a.db()).get(accountIds.at(0));
    renamed.name = u"北京精密机械集团"_s;
    REQUIRE(AccountRepository(a.db()).save(renamed));
    synced(a);
    pull();
    const QStringList pulled = derivedState(b.db());
    CHECK(pulled == derivedState(a.db()));
    CHECK(pulled.filter(u"北京精密机械集团"_s).size() > 1); // the account and its contacts' search entries
}

TEST_CASE("edits of different fields on two devices both survive", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    Contact c = saved(laptop.db(), newContact(u"Ada"_s, u"King"_s));
    synced(laptop);
    synced(desktop);

    Contact onLaptop = *ContactRepository(laptop.db()).get(c.id);
    onLaptop.title = u"CTO"_s;
    saved(laptop.db(), onLaptop);
    Contact onDesktop = *ContactRepository(desktop.db()).get(c.id);
    onDesktop.notes = u"Met at the fair."_s;
    saved(desktop.db(), onDesktop);

    synced(laptop);
    synced(desktop);
    synced(laptop);
    for (TestClient* client : {&laptop, &desktop}) {
        auto now = ContactRepository(client->db()).get(c.id);
        REQUIRE(now);
        CHECK(now->title == u"CTO"_s);
        CHECK(now->notes == u"Met at the fair."_s);
    }
    CHECK(laptop.records() == server.records());
    CHECK(desktop.records() == server.records());
}

TEST_CASE("a guarded field changed on both devices becomes a conflict with base, theirs and yours", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = saved(first.db(), newContact(u"Ada"_s, u"King"_s));
    synced(first);
    synced(second);

    Contact a = *ContactRepository(first.db()).get(c.id);
    a.doNotCall = true;
    saved(first.db(), a);
    Contact b = *ContactRepository(second.db()).get(c.id);
    b.doNotCall = false; // unchanged: no conflict from this one
    b.title = u"Owner"_s;
    saved(second.db(), b);
    synced(first);
    synced(second);
    CHECK(ContactRepository(second.db()).get(c.id)->doNotCall);
    CHECK(ContactRepository(second.db()).get(c.id)->title == u"Owner"_s);

    // Now both change the guarded field to different values.
    Contact a2 = *ContactRepository(first.db()).get(c.id);
    a2.doNotCall = false;
    saved(first.db(), a2);
    Contact b2 = *ContactRepository(second.db()).get(c.id);
    REQUIRE(b2.doNotCall);
    b2.doNotCall = false;
    saved(second.db(), b2);
    synced(first);
    const SyncSummary s = synced(second); // same value on both sides: nothing to decide
    CHECK(s.conflicts == 0);
    CHECK(second.records() == server.records());
}

TEST_CASE("money changed on two devices keeps the server's value and shows a conflict to decide", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Account acme;
    acme.name = u"Acme"_s;
    acme = *AccountRepository(first.db()).save(acme);
    synced(first);
    synced(second);

    Account a = *AccountRepository(first.db()).get(acme.id);
    a.annualRevenue = 100'00;
    REQUIRE(AccountRepository(first.db()).save(a));
    Account b = *AccountRepository(second.db()).get(acme.id);
    b.annualRevenue = 200'00;
    REQUIRE(AccountRepository(second.db()).save(b));
    synced(first);
    const SyncSummary s = synced(second);
    CHECK(s.conflicts == 1);
    CHECK(AccountRepository(second.db()).get(acme.id)->annualRevenue == 100'00);
    CHECK(second.records() == server.records());

    auto open = SyncJournal(second.db()).openConflictCount();
    REQUIRE(open);
    CHECK(*open == 1);
}

TEST_CASE("the later of two edits to a phone-like field wins on every device", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = saved(first.db(), newContact(u"Ada"_s, u"King"_s));
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.title = u"Head of Sales"_s;
    saved(first.db(), a);
    Contact b = *ContactRepository(second.db()).get(c.id);
    b.title = u"Director"_s; // edited later: its clock is later
    saved(second.db(), b);
    synced(second);
    synced(first);
    synced(second);
    CHECK(ContactRepository(first.db()).get(c.id)->title == u"Director"_s);
    CHECK(ContactRepository(second.db()).get(c.id)->title == u"Director"_s);
    CHECK(first.records() == server.records());
}

TEST_CASE("notes edited in different paragraphs on two devices are merged", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = newContact(u"Ada"_s, u"King"_s);
    c.notes = u"Budget: open\nNext: call back\nLikes tea"_s;
    c = saved(first.db(), c);
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.notes = u"Budget: 50k\nNext: call back\nLikes tea"_s;
    saved(first.db(), a);
    Contact b = *ContactRepository(second.db()).get(c.id);
    b.notes = u"Budget: open\nNext: call back\nLikes green tea"_s;
    saved(second.db(), b);
    synced(first);
    synced(second);
    synced(first);
    const QString merged = u"Budget: 50k\nNext: call back\nLikes green tea"_s;
    CHECK(ContactRepository(first.db()).get(c.id)->notes == merged);
    CHECK(ContactRepository(second.db()).get(c.id)->notes == merged);
}

TEST_CASE("an edit wins over a delete made elsewhere and the record comes back", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = saved(first.db(), newContact(u"Ada"_s, u"King"_s));
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.title = u"Founder"_s;
    saved(first.db(), a);
    synced(first);
    REQUIRE(ContactRepository(second.db()).remove(c.id));
    const SyncSummary s = synced(second);
    CHECK(s.conflicts == 1);
    auto back = ContactRepository(second.db()).get(c.id);
    REQUIRE(back);
    CHECK_FALSE(back->deleted);
    CHECK(back->title == u"Founder"_s);
    CHECK(second.records() == server.records());
}

TEST_CASE("a local edit made while a pull arrives stays on top and is sent next", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    Contact c = saved(first.db(), newContact(u"Ada"_s, u"King"_s));
    synced(first);
    synced(second);
    Contact a = *ContactRepository(first.db()).get(c.id);
    a.lastName = u"Lovelace"_s;
    saved(first.db(), a);
    synced(first);

    // The user edits the title while the page with the new last name is on its way; the push of
    // that edit then fails, so the run ends right after applying the page.
    bool pulled = false;
    second.network().setAfterHandled([&](const Server::HttpRequest& request) {
        if (request.path == u"/v1/sync/pull"_s && !pulled) {
            pulled = true;
            Contact b = *ContactRepository(second.db()).get(c.id);
            b.title = u"Mathematician"_s;
            saved(second.db(), b);
        }
    });
    second.network().setFaults([&](const Server::HttpRequest& request) {
        return pulled && request.path == u"/v1/sync/push"_s ? Fault::Refuse : Fault::None;
    });
    auto failed = second.sync();
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Unreachable);
    auto mid = ContactRepository(second.db()).get(c.id);
    CHECK(mid->lastName == u"Lovelace"_s);
    CHECK(mid->title == u"Mathematician"_s);

    second.network().setFaults({});
    second.network().setAfterHandled({});
    synced(second);
    synced(first);
    for (TestClient* client : {&first, &second}) {
        auto now = ContactRepository(client->db()).get(c.id);
        CHECK(now->lastName == u"Lovelace"_s);
        CHECK(now->title == u"Mathematician"_s);
    }
    CHECK(first.records() == server.records());
    CHECK(second.records() == server.records());
}

TEST_CASE("a record reassigned while its owner is offline is revoked there and the pending edit is shown as rejected",
          "[sync]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    const QString benId = server.addUser(u"ben"_s, u"rep"_s, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient maria(server, u"maria"_s);
    TestClient ben(server, u"ben"_s);
    Contact c = saved(tom.db(), newContact(u"Ada"_s, u"King"_s));
    synced(tom);
    synced(maria);

    Contact moved = *ContactRepository(maria.db()).get(c.id);
    moved.ownerId = benId;
    saved(maria.db(), moved);
    synced(maria);

    Contact edit = *ContactRepository(tom.db()).get(c.id);
    edit.title = u"Edited offline"_s;
    saved(tom.db(), edit);
    const SyncSummary s = synced(tom);
    CHECK(s.rejected == 1);
    CHECK_FALSE(ContactRepository(tom.db()).get(c.id));
    auto entries = Outbox(tom.db()).entries(c.id);
    REQUIRE(entries);
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->last().state == u"rejected"_s);
    CHECK(entries->last().fields.value(u"title"_s).toString() == u"Edited offline"_s);

    synced(ben);
    CHECK(ContactRepository(ben.db()).get(c.id)->title == u"Buyer"_s);
    CHECK(ben.records() == withinScope(server.records(), {benId}));
}

TEST_CASE("the same external id created offline on two devices syncs to both without blocking later pulls", "[sync]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient first(server, u"ann"_s);
    TestClient second(server, u"ann"_s);
    for (TestClient* client : {&first, &second}) {
        Account a;
        a.name = u"Acme"_s;
        a.externalId = u"ACC-1"_s;
        REQUIRE(AccountRepository(client->db()).save(a));
    }
    synced(first);
    synced(second);
    synced(first);
    CHECK(first.records().size() == 2);
    CHECK(second.records() == server.records());
    // Saved here, a taken external id is still refused.
    Account third;
    third.name = u"Acme again"_s;
    third.externalId = u"ACC-1"_s;
    auto refused = AccountRepository(first.db()).save(third);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}
