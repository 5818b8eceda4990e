#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/write/Outbox.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Contact person(const QString& first, const QString& last, const QString& email = {}) {
    Contact c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails.append({u"work"_s, email});
    return c;
}

Account company(const QString& name) {
    Account a;
    a.name = name;
    return a;
}

} // namespace

TEST_CASE("a saved contact is stored with an id, its owner and one insert in the outbox", "[store][contacts]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    auto saved = contacts.save(person(u"Ada"_s, u"Lovelace"_s, u" Ada@Example.COM "_s));
    REQUIRE(saved.has_value());
    CHECK(saved->id.size() == 36);
    CHECK(saved->id.at(14) == u'7'); // UUIDv7
    CHECK(saved->ownerId == tmp->localUserId());
    CHECK(saved->emails.first().value == u"Ada@example.com"_s);

    tmp.reopen();
    auto loaded = ContactRepository(tmp.db()).get(saved->id);
    REQUIRE(loaded.has_value());
    CHECK(loaded->displayName() == u"Ada Lovelace"_s);

    auto entries = Outbox(tmp.db()).entries(saved->id);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().op == u"insert"_s);
    CHECK(entries->first().fields.value(u"first_name"_s).toString() == u"Ada"_s);
    CHECK(entries->first().fields.value(u"emails"_s).toString().contains(u"Ada@example.com"_s));
}

TEST_CASE("an edit records exactly the changed fields in the outbox", "[store][contacts][outbox]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    auto saved = contacts.save(person(u"Grace"_s, u"Hopper"_s));
    REQUIRE(saved.has_value());
    Contact edited = *saved;
    edited.title = u"Rear Admiral"_s;
    edited.phones.append({u"mobile"_s, u"+1 (555) 010-9999"_s});
    REQUIRE(contacts.save(edited).has_value());
    // Saving again without changes records nothing.
    REQUIRE(contacts.save(edited).has_value());

    auto entries = Outbox(tmp.db()).entries(saved->id);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    const OutboxEntry& update = entries->at(1);
    CHECK(update.op == u"update"_s);
    CHECK(update.fields.keys() == QStringList{u"phones"_s, u"title"_s});
    CHECK(update.hlc > entries->at(0).hlc);
    // The values before the edit travel along, for the server's three-way merge.
    CHECK(update.base.keys() == QStringList{u"phones"_s, u"title"_s});
    CHECK(update.base.value(u"title"_s) == u""_s);
    CHECK(update.base.value(u"phones"_s) == u"[]"_s);
    CHECK(update.fields.value(u"title"_s) == u"Rear Admiral"_s);
    CHECK(entries->at(0).base.isEmpty()); // an insert has no base
}

TEST_CASE("invalid contacts are rejected with a message and nothing is stored", "[store][contacts][errors]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    auto noName = contacts.save(person(u" "_s, u""_s));
    REQUIRE_FALSE(noName.has_value());
    CHECK(noName.error().code == ErrorCode::InvalidInput);

    auto badEmail = contacts.save(person(u"Bob"_s, u"Smith"_s, u"bob@@example"_s));
    REQUIRE_FALSE(badEmail.has_value());
    CHECK(badEmail.error().message.contains(u"bob@@example"_s));

    Contact badPhone = person(u"Bob"_s, u"Smith"_s);
    badPhone.phones.append({u"work"_s, u"call me maybe"_s});
    REQUIRE_FALSE(contacts.save(badPhone).has_value());

    Contact orphan = person(u"Bob"_s, u"Smith"_s);
    orphan.accountId = u"0190a000-0000-7000-8000-000000000000"_s;
    REQUIRE_FALSE(contacts.save(orphan).has_value());

    CHECK(contacts.count().value() == 0);
    CHECK(Outbox(tmp.db()).pendingCount().value() == 0);
}

TEST_CASE("a deleted contact is a tombstone that can be restored", "[store][contacts]") {
    Test::TempDatabase tmp;
    ContactRepository contacts(tmp.db());
    auto saved = contacts.save(person(u"Alan"_s, u"Turing"_s, u"alan@example.org"_s));
    REQUIRE(saved.has_value());
    REQUIRE(contacts.remove(saved->id).has_value());
    CHECK(contacts.get(saved->id)->deleted);
    CHECK(contacts.count().value() == 0);
    // A deleted record is not offered as a duplicate.
    CHECK(contacts.findDuplicates(person(u"A"_s, u"T"_s, u"alan@example.org"_s))->isEmpty());

    REQUIRE(contacts.restore(saved->id).has_value());
    CHECK_FALSE(contacts.get(saved->id)->deleted);
    CHECK(contacts.count().value() == 1);
    auto entries = Outbox(tmp.db()).entries(saved->id);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(1).op == u"delete"_s);
    CHECK(entries->at(2).op == u"restore"_s);
}

TEST_CASE("duplicates are found by e-mail, phone and similar name at the same account", "[store][contacts]") {
    Test::TempDatabase tmp;
    auto acme = AccountRepository(tmp.db()).save(company(u"Acme"_s));
    REQUIRE(acme.has_value());
    ContactRepository contacts(tmp.db());
    Contact jon = person(u"Jonathan"_s, u"Smithers"_s, u"jon@acme.test"_s);
    jon.accountId = acme->id;
    jon.phones.append({u"work"_s, u"+1 555 123 4567"_s});
    REQUIRE(contacts.save(jon).has_value());

    auto byEmail = contacts.findDuplicates(person(u"J"_s, u"S"_s, u"JON@acme.test"_s));
    REQUIRE(byEmail->size() == 1);
    CHECK(byEmail->first().reason == DuplicateCandidate::Reason::SameEmail);

    Contact phoneOnly = person(u"Other"_s, u"Person"_s);
    phoneOnly.phones.append({u"mobile"_s, u"(555) 123-4567"_s});
    auto byPhone = contacts.findDuplicates(phoneOnly);
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->first().reason == DuplicateCandidate::Reason::SamePhone);

    Contact typo = person(u"Jonathon"_s, u"Smithers"_s);
    typo.accountId = acme->id;
    auto byName = contacts.findDuplicates(typo);
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().reason == DuplicateCandidate::Reason::SimilarName);

    Contact elsewhere = person(u"Jonathon"_s, u"Smithers"_s);
    CHECK(contacts.findDuplicates(elsewhere)->isEmpty());
}
