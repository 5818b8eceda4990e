#include "StringMakers.h"
#include "TempDatabase.h"

#include "services/DisplayZone.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the calendar follows the system zone until the user chooses one", "[services][calendar]") {
    Test::TempDatabase tmp;
    CHECK(DisplayZone::chosen(tmp.db()).isEmpty());
    CHECK(DisplayZone::load(tmp.db()) == QTimeZone::systemTimeZone());

    REQUIRE(DisplayZone::save(tmp.db(), "Asia/Shanghai"));
    tmp.reopen();
    CHECK(DisplayZone::chosen(tmp.db()) == "Asia/Shanghai");
    CHECK(DisplayZone::load(tmp.db()) == QTimeZone("Asia/Shanghai"));

    // No zone: refused, and what was chosen stays.
    const auto refused = DisplayZone::save(tmp.db(), "Atlantis/Capital");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == u"“Atlantis/Capital” is not a time zone this system knows."_s);
    CHECK(DisplayZone::chosen(tmp.db()) == "Asia/Shanghai");
    // A stored value this system does not know (another system's, hand-edited) falls back.
    REQUIRE(tmp->setSetting(DisplayZone::key(), u"Atlantis/Capital"_s));
    CHECK(DisplayZone::load(tmp.db()) == QTimeZone::systemTimeZone());
    REQUIRE(DisplayZone::save(tmp.db(), {}));
    CHECK(DisplayZone::chosen(tmp.db()).isEmpty());
}
