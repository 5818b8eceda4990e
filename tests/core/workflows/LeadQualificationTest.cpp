#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/LeadRepository.h"
#include "workflows/LeadQualification.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QString lead(Test::TempDatabase& tmp, const QString& name) {
    Lead l;
    l.lastName = name;
    l.company = name + u" GmbH"_s;
    auto saved = LeadRepository(tmp.db()).save(l);
    REQUIRE(saved);
    return saved->id;
}

} // namespace

TEST_CASE("qualifying several leads changes those the store accepts and names the first refusal",
          "[workflows][leads]") {
    Test::TempDatabase tmp;
    LeadRepository leads(tmp.db());
    const QString a = lead(tmp, u"Adler"_s);
    const QString b = lead(tmp, u"Bauer"_s);
    const QString gone = lead(tmp, u"Weg"_s);
    REQUIRE(leads.remove(gone));

    const auto qualified = LeadQualification(tmp.db()).qualify({a, gone, b});
    REQUIRE(qualified);
    CHECK(qualified->done == 2);
    CHECK_FALSE(qualified->firstRefusal.isEmpty());
    CHECK(leads.get(a)->status == LeadStatus::Qualified);
    CHECK(leads.get(b)->status == LeadStatus::Qualified);

    const auto disqualified = LeadQualification(tmp.db()).disqualify({a, b}, u"  No budget  "_s);
    REQUIRE(disqualified);
    CHECK(disqualified->done == 2);
    CHECK(disqualified->firstRefusal.isEmpty());
    CHECK(leads.get(b)->status == LeadStatus::Disqualified);
    CHECK(leads.get(b)->disqualifyReason == u"No budget"_s);

    const auto noReason = LeadQualification(tmp.db()).disqualify({a}, u" "_s);
    REQUIRE(noReason);
    CHECK(noReason->done == 0);
    CHECK(noReason->firstRefusal.contains(u"why"_s));
}
