#include "StringMakers.h"
#include "SyncFixture.h"
#include "store/records/AccountRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/journal/SyncIssues.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

TEST_CASE("an opportunity and its history reach the rep's manager, and changes on two devices keep both histories",
          "[sync][opportunities]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    server.addUser(u"tom"_s, u"rep"_s, u"maria"_s);
    TestClient laptop(server, u"tom"_s);
    TestClient phone(server, u"tom"_s);
    TestClient maria(server, u"maria"_s);

    Account a;
    a.name = u"Contoso"_s;
    a = *AccountRepository(laptop.db()).save(a);
    Opportunity o;
    o.name = u"Fleet renewal"_s;
    o.accountId = a.id;
    o.amount = 4'200'000;
    o.currency = u"EUR"_s;
    o.closeDate = QDate(2027, 6, 30);
    o.stage = u"qualification"_s;
    o = *OpportunityRepository(laptop.db()).save(o);
    synced(laptop);
    synced(phone);
    synced(maria);
    const auto seen = OpportunityRepository(maria.db()).get(o.id);
    REQUIRE(seen);
    CHECK(seen->stage == u"qualification"_s);
    CHECK(OpportunityRepository(maria.db()).history(o.id)->size() == 3);

    // Offline on both devices: the close date moves on one, the amount on the other.
    Opportunity onLaptop = *OpportunityRepository(laptop.db()).get(o.id);
    onLaptop.closeDate = QDate(2027, 9, 30);
    REQUIRE(OpportunityRepository(laptop.db()).save(onLaptop));
    Opportunity onPhone = *OpportunityRepository(phone.db()).get(o.id);
    onPhone.amount = 4'500'000;
    REQUIRE(OpportunityRepository(phone.db()).save(onPhone));
    synced(laptop);
    synced(phone);
    synced(laptop);
    synced(maria);
    for (TestClient* client : {&laptop, &phone, &maria}) {
        INFO(client->user().toStdString());
        const Opportunity now = *OpportunityRepository(client->db()).get(o.id);
        CHECK(now.closeDate == QDate(2027, 9, 30));
        CHECK(now.amount == 4'500'000);
        CHECK(OpportunityRepository(client->db()).history(o.id)->size() == 5);
        CHECK(client->records() == laptop.records());
    }
    CHECK(laptop.records() == server.records());
}
