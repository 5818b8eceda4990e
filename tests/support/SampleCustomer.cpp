#include "SampleCustomer.h"

#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

SampleCustomer saveSampleCustomer(Database& db) {
    Account a;
    a.name = u"Nordlicht GmbH"_s;
    const auto account = AccountRepository(db).save(a);
    REQUIRE(account);
    Contact c;
    c.firstName = u"Hannah"_s;
    c.lastName = u"Weber"_s;
    c.accountId = account->id;
    const auto contact = ContactRepository(db).save(c);
    REQUIRE(contact);
    return {account->id, contact->id};
}

} // namespace Fieldbook::Test
