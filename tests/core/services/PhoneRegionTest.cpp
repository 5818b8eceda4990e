#include "StringMakers.h"
#include "TempDatabase.h"

#include "services/PhoneRegion.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the phone region follows the system locale until the user chooses one", "[services][phone]") {
    Test::TempDatabase tmp;
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(PhoneRegion::load(tmp.db(), german) == u"DE"_s);
    CHECK(PhoneRegion::load(tmp.db(), QLocale::c()).isEmpty());

    REQUIRE(PhoneRegion::save(tmp.db(), u"cn"_s));
    tmp.reopen();
    CHECK(PhoneRegion::load(tmp.db(), german) == u"CN"_s);

    // Something that is no region (an old or hand-edited value) falls back to the locale.
    REQUIRE(tmp->setSetting(PhoneRegion::key(), u"Atlantis"_s));
    CHECK(PhoneRegion::load(tmp.db(), german) == u"DE"_s);
    REQUIRE(PhoneRegion::save(tmp.db(), {}));
    CHECK(PhoneRegion::load(tmp.db(), german) == u"DE"_s);
}

TEST_CASE("the chosen phone region is empty while the user follows the system", "[services][phone]") {
    Test::TempDatabase tmp;
    CHECK(PhoneRegion::chosen(tmp.db()).isEmpty());
    REQUIRE(PhoneRegion::save(tmp.db(), u"DE"_s));
    CHECK(PhoneRegion::chosen(tmp.db()) == u"DE"_s);
}
