#include "SampleCustomer.h"

#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"

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

QString saveSampleOpportunity(Database& db, const QString& accountId) {
    Opportunity o;
    o.name = u"Fleet renewal"_s;
    o.accountId = accountId;
    o.amount = 100'000;
    o.currency = u"EUR"_s;
    o.stage = u"proposal"_s;
    o.closeDate = QDate(2027, 6, 30);
    const auto saved = OpportunityRepository(db).save(o);
    REQUIRE(saved);
    return saved->id;
}

} // namespace Fieldbook::Test
