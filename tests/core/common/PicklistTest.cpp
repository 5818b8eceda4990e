#include "MarkingTranslator.h"
#include "StringMakers.h"
#include "common/Picklist.h"
#include "domain/Activity.h"
#include "domain/Industry.h"
#include "domain/Lead.h"
#include "domain/Opportunity.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

const Picklist& sizes() {
    static const Picklist list("PicklistTest", {{"small", QT_TRANSLATE_NOOP("PicklistTest", "Small")},
                                                {"large", QT_TRANSLATE_NOOP("PicklistTest", "Large")}});
    return list;
}

} // namespace

TEST_CASE("a picklist shows its keys translated and stores what was picked as the key", "[picklist]") {
    MarkingTranslator translator({u"PicklistTest"_s});
    CHECK(sizes().keys() == QStringList{u"small"_s, u"large"_s});
    CHECK(sizes().name(u"small"_s) == u"«Small»"_s);
    CHECK(sizes().name(u"LARGE"_s) == u"«Large»"_s); // imports write any case
    CHECK(sizes().name(u"medium"_s) == u"medium"_s); // unknown: as stored
    CHECK(sizes().key(u"«Large»"_s) == u"large"_s);  // picked in the user's language
    CHECK(sizes().key(u" Small "_s) == u"small"_s);  // or typed in English
    CHECK(sizes().key(u"Medium "_s) == u"Medium"_s); // a value of the user's own
    CHECK(sizes().contains(u"Small"_s));
    CHECK_FALSE(sizes().contains(u"Medium"_s));
}

TEST_CASE("lead sources, industries, activity kinds, call outcomes and loss reasons are shown translated",
          "[picklist]") {
    MarkingTranslator translator({u"LeadSource"_s, u"Industry"_s, u"Activity"_s, u"LossReason"_s});
    CHECK(leadSources().contains(u"Trade fair"_s));
    CHECK(leadSourceName(u"Trade fair"_s) == u"«Trade fair»"_s);
    CHECK(leadSourceKey(u"«Trade fair»"_s) == u"Trade fair"_s);
    CHECK(leadSourceName(u"LinkedIn group"_s) == u"LinkedIn group"_s);
    CHECK(industries().contains(u"Oil & Gas"_s));
    CHECK(industryName(u"Banking"_s) == u"«Banking»"_s);
    CHECK(industryKey(u"«Banking»"_s) == u"Banking"_s);
    CHECK(activityKindLabel(ActivityKind::Email) == u"«E-mail»"_s);
    CHECK(callOutcomes() == QStringList{u"connected"_s, u"left voicemail"_s, u"no answer"_s, u"busy"_s});
    CHECK(callOutcomeName(u"left voicemail"_s) == u"«Left voicemail»"_s);
    CHECK(callOutcomeName(u"gatekeeper"_s) == u"«Gatekeeper»"_s);
    CHECK(lossReasonName(u"Price too high"_s) == u"«Price too high»"_s);
    CHECK(lossReasonKey(u"«No decision»"_s) == u"No decision"_s);
}
