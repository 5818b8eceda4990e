#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/db/Database.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "workflows/CallWrapUp.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

QString contactOf(TestClient& device, const QString& name, const QString& ownerId) {
    Contact c;
    c.lastName = name;
    c.ownerId = ownerId;
    c.phones = {{u"work"_s, u"+49 30 1234567"_s}};
    return ContactRepository(device.db()).save(c).value().id;
}

CallListEntry entryFor(const QString& contactId, const QString& name, const QString& ownerId) {
    CallListEntry e;
    e.contactId = contactId;
    e.name = name;
    e.phone = u"+49301234567"_s;
    e.ownerId = ownerId;
    return e;
}

/// Whether `device` holds the live contact `id`.
bool holds(TestClient& device, const QString& id) {
    const auto c = ContactRepository(device.db()).get(id);
    return c && !c->deleted;
}

/// Wraps up the call of `entryId` on `device` with `outcome`.
void call(TestClient& device, const QString& entryId, CallOutcome outcome) {
    CallWrapUpInput in;
    in.entryId = entryId;
    in.outcome = outcome;
    in.talkSeconds = 42;
    REQUIRE(CallWrapUp(device.db()).save(in, QDateTime::currentMSecsSinceEpoch()));
}

/// A new call list `name` in `client`'s store holding `entries`; its id.
QString listWith(TestClient& client, const QString& name, const QList<CallListEntry>& entries) {
    CallList list;
    list.name = name;
    list = CallListRepository(client.db()).save(list).value();
    REQUIRE(CallListRepository(client.db()).add(list.id, entries));
    return list.id;
}

} // namespace

TEST_CASE("two reps work one list offline while it is reassigned: after sync no entry is lost and both calls are kept",
          "[sync][telesales]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    const QString tomId = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    const QString lenaId = server.addUser(u"lena"_s, u"rep"_s, u"maria"_s);
    server.addUser(u"olga"_s, u"rep"_s);
    TestClient maria(server, u"maria"_s);
    TestClient tom(server, u"tom"_s);
    TestClient lena(server, u"lena"_s);
    TestClient olga(server, u"olga"_s);
    for (TestClient* c : {&maria, &tom, &lena, &olga})
        synced(*c);

    const QString forTom = contactOf(maria, u"Novak"_s, tomId);
    const QString forLena = contactOf(maria, u"Berg"_s, lenaId);
    const QString listId =
        listWith(maria, u"Spring 春季"_s, {entryFor(forTom, u"Novak"_s, tomId), entryFor(forLena, u"Berg"_s, lenaId)});
    CHECK(synced(maria).rejected == 0);
    for (TestClient* c : {&tom, &lena, &olga})
        synced(*c);

    // Each rep holds the list and only the entry reserved to them; a rep of another team nothing.
    REQUIRE(CallListRepository(tom.db()).lists()->size() == 1);
    // The list says who works it: Tom, working it offline, is told that Lena works it too.
    QStringList both{tomId, lenaId};
    both.sort();
    CHECK(CallListRepository(tom.db()).lists()->first().reps == both);
    const auto tomsEntries = CallListRepository(tom.db()).entries(listId);
    REQUIRE(tomsEntries);
    REQUIRE(tomsEntries->size() == 1);
    const QString tomsEntry = tomsEntries->first().id;
    CHECK(CallListRepository(lena.db()).entries(listId)->size() == 1);
    CHECK(CallListRepository(olga.db()).lists()->isEmpty());

    // Tom is offline and calls his entry; meanwhile Maria gives it to Lena, who calls it too.
    call(tom, tomsEntry, CallOutcome::NoAnswer);
    REQUIRE(CallListRepository(maria.db()).assign({tomsEntry}, lenaId).value() == 1);
    synced(maria);
    synced(lena);
    call(lena, tomsEntry, CallOutcome::Connected);
    synced(lena);
    synced(tom);
    synced(maria);

    // Both calls are kept; the entry is Lena's and done; nothing went missing.
    const auto calls = ActivityRepository(maria.db()).forContact(forTom);
    REQUIRE(calls);
    CHECK(calls->size() == 2);
    const auto entries = CallListRepository(maria.db()).entries(listId);
    REQUIRE(entries);
    CHECK(entries->size() == 2);
    const auto reassigned = CallListRepository(maria.db()).entry(tomsEntry).value();
    REQUIRE(reassigned);
    CHECK(reassigned->ownerId == lenaId);
    CHECK(reassigned->status == CallEntryStatus::Done);
    CHECK(reassigned->lastOutcome == u"connected"_s);
    CHECK_FALSE(CallListRepository(tom.db()).entry(tomsEntry).value());               // no longer reserved to Tom
    CHECK(CallListRepository(tom.db()).lists()->first().reps == QStringList{lenaId}); // Lena's open entry
}

TEST_CASE("an entry lends its contact to the rep it is assigned to, who flags do not call, until it moves on",
          "[sync][telesales]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    const QString fredId = server.addUser(u"fred"_s, u"rep"_s, u"maria"_s); // a field rep: owns the contact
    const QString tomId = server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);   // telesales
    const QString lenaId = server.addUser(u"lena"_s, u"rep"_s, u"maria"_s);
    const QString olgaId = server.addUser(u"olga"_s, u"rep"_s); // of no team
    TestClient maria(server, u"maria"_s);
    TestClient fred(server, u"fred"_s);
    TestClient tom(server, u"tom"_s);
    TestClient lena(server, u"lena"_s);
    TestClient olga(server, u"olga"_s);
    for (TestClient* c : {&maria, &fred, &tom, &lena, &olga})
        synced(*c);

    const QString fredsContact = contactOf(fred, u"Novak"_s, fredId);
    synced(fred);
    synced(maria);
    const QString listId = listWith(maria, u"Field customers"_s, {entryFor(fredsContact, u"Novak"_s, tomId)});
    CHECK(synced(maria).rejected == 0);
    synced(tom);
    synced(lena);

    // Tom holds Fred's contact through the entry; Lena, with no entry of it, does not.
    const auto lent = ContactRepository(tom.db()).get(fredsContact);
    REQUIRE(lent);
    CHECK(lent->lastName == u"Novak"_s);
    CHECK_FALSE(holds(lena, fredsContact));

    // "Do not call" in Tom's wrap-up sets the flag on Fred's contact, accepted by the server.
    const QString entryId = CallListRepository(tom.db()).entries(listId)->first().id;
    call(tom, entryId, CallOutcome::DoNotCall);
    CHECK(synced(tom).rejected == 0);
    synced(fred);
    CHECK(ContactRepository(fred.db()).get(fredsContact)->doNotCall);

    // Tom may change the contact's fields, not give it away.
    Contact taken = *ContactRepository(tom.db()).get(fredsContact);
    taken.ownerId = tomId;
    REQUIRE(ContactRepository(tom.db()).save(taken));
    CHECK(synced(tom).rejected == 1);

    // The entry moves to Lena: the contact leaves Tom's device and reaches hers.
    synced(maria);
    REQUIRE(CallListRepository(maria.db()).assign({entryId}, lenaId).value() == 1);
    synced(maria);
    synced(tom);
    synced(lena);
    CHECK_FALSE(holds(tom, fredsContact));
    const auto hers = ContactRepository(lena.db()).get(fredsContact);
    REQUIRE(hers);
    CHECK(hers->doNotCall);
    CHECK(ContactRepository(fred.db()).get(fredsContact)->ownerId == fredId);

    // Nobody lends what they cannot read: Olga names Fred's contact on a list of her own.
    listWith(olga, u"Mine"_s, {entryFor(fredsContact, u"Novak"_s, olgaId)});
    CHECK(synced(olga).rejected == 1);
    synced(olga);
    CHECK_FALSE(holds(olga, fredsContact));
}
