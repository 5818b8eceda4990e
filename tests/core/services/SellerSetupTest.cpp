#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/CompanyProfile.h"
#include "services/SellerSetup.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the seller's details are asked for once, while something is missing", "[services][quotes]") {
    Test::TempDatabase tmp;
    const bool placeholder = *UserRepository(tmp.db()).localUserNeedsName();
    CHECK(SellerSetup::needed(tmp.db()) == true); // the company profile is empty

    CompanyProfile company;
    company.name = u"Fieldbook Demo GmbH"_s;
    company.taxId = u"DE123456789"_s;
    REQUIRE(company.save(tmp.db()));
    CHECK(SellerSetup::needed(tmp.db()) == placeholder); // the user's name may still be missing
    if (placeholder)
        REQUIRE(UserRepository(tmp.db()).renameLocalUser(u"Maria Schmidt"_s));
    CHECK(SellerSetup::needed(tmp.db()) == false);

    REQUIRE(CompanyProfile{}.save(tmp.db()));
    CHECK(SellerSetup::needed(tmp.db()) == true);
    REQUIRE(SellerSetup::markAsked(tmp.db()));
    CHECK(SellerSetup::needed(tmp.db()) == false); // once, whatever the answer
}

TEST_CASE("the default tax rate is kept with the company profile and checked", "[services][quotes]") {
    Test::TempDatabase tmp;
    CompanyProfile company;
    company.defaultTaxRate = *Decimal4::parse(u"19"_s);
    REQUIRE(company.save(tmp.db()));
    CHECK(CompanyProfile::load(tmp.db()).defaultTaxRate == *Decimal4::parse(u"19"_s));
    company.defaultTaxRate = *Decimal4::parse(u"120"_s);
    CHECK_FALSE(company.save(tmp.db()));
    CHECK(CompanyProfile::load(tmp.db()).defaultTaxRate == *Decimal4::parse(u"19"_s));
}
