#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/write/Outbox.h"
#include "workflows/DuplicateCheckedSave.h"

#include <catch2/catch.hpp>

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

Account company(const QString& name, const QString& website = {}) {
    Account a;
    a.name = name;
    a.website = website;
    return a;
}

} // namespace

TEST_CASE("a new contact is validated and compared before it is saved, a stored one is not", "[workflows][contacts]") {
    Test::TempDatabase tmp;
    DuplicateCheckedSave saving(tmp.db());
    const auto jon = saving.save(person(u"Jonathan"_s, u"Smithers"_s, u"jon@acme.test"_s));
    REQUIRE(jon);

    const auto invalid = saving.check(person(u"Jo"_s, u"Smith"_s, u"not an address"_s));
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == ErrorCode::InvalidInput);

    const auto twin = saving.check(person(u" J "_s, u"S"_s, u"JON@acme.test"_s));
    REQUIRE(twin);
    REQUIRE(twin->duplicates.size() == 1);
    CHECK(twin->duplicates.first().id == jon->id);
    CHECK(twin->duplicates.first().reason == DuplicateCandidate::Reason::SameEmail);
    CHECK(twin->record.firstName == u"J"_s); // the validated form

    const auto stored = saving.check(*jon);
    REQUIRE(stored);
    CHECK(stored->duplicates.isEmpty());
    CHECK(stored->record == *jon);
}

TEST_CASE("a new contact saved into an existing one is merged at once, and a refused merge leaves no trace",
          "[workflows][contacts][merge]") {
    Test::TempDatabase tmp;
    DuplicateCheckedSave saving(tmp.db());
    ContactRepository contacts(tmp.db());
    const auto mei = saving.save(person(u"Mei"_s, u"Chen"_s, u"mei@example.cn"_s));
    REQUIRE(mei);
    Contact typed = person(u"Mei"_s, u"Chen"_s, u"chen.mei@example.cn"_s);
    typed.title = u"采购经理"_s;

    const auto merged = saving.saveInto(typed, mei->id);
    REQUIRE(merged);
    CHECK(merged->id == mei->id);
    CHECK(merged->title == u"采购经理"_s);
    CHECK(merged->emails.size() == 2);
    CHECK(*contacts.count() == 1);

    // The existing one was deleted meanwhile: the new contact is not kept either.
    const auto lee = saving.save(person(u"Pat"_s, u"Lee"_s));
    REQUIRE(contacts.remove(lee->id));
    const int before = *contacts.count();
    const auto pushes = Outbox(tmp.db()).entries()->size();
    const auto refused = saving.saveInto(person(u"Pat"_s, u"Lee"_s, u"pat@example.com"_s), lee->id);
    REQUIRE_FALSE(refused);
    CHECK(*contacts.count() == before);
    CHECK(Outbox(tmp.db()).entries()->size() == pushes);
}

TEST_CASE("a new account saved into an existing one is merged at once", "[workflows][accounts][merge]") {
    Test::TempDatabase tmp;
    DuplicateCheckedSave saving(tmp.db());
    const auto contoso = saving.save(company(u"Contoso"_s, u"https://www.contoso.example"_s));
    REQUIRE(contoso);
    Account typed = company(u"Contoso Ltd"_s, u"contoso.example"_s);
    typed.phones.append({u"work"_s, u"+44 20 7946 0000"_s});
    const auto checked = saving.check(typed);
    REQUIRE(checked);
    REQUIRE_FALSE(checked->duplicates.isEmpty());
    CHECK(checked->duplicates.first().id == contoso->id);

    const auto merged = saving.saveInto(typed, contoso->id);
    REQUIRE(merged);
    CHECK(merged->id == contoso->id);
    CHECK(merged->name == u"Contoso"_s);
    CHECK(merged->phones.size() == 1);
    CHECK(*AccountRepository(tmp.db()).count() == 1);
}
