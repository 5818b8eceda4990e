#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/records/ActivityRepository.h"
#include "store/records/LeadRepository.h"
#include "store/write/Outbox.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("an activity logged for a lead is listed for it, synced with its lead and needs a live lead",
          "[store][activities]") {
    Test::TempDatabase tmp;
    Lead lead;
    lead.firstName = u"晓明"_s;
    lead.lastName = u"欧阳"_s;
    const QString leadId = LeadRepository(tmp.db()).save(lead)->id;
    ActivityRepository activities(tmp.db());
    Activity call;
    call.kind = ActivityKind::Call;
    call.subject = u"问候电话"_s;
    call.startsAt = 1'800'000'000'000;
    call.leadId = leadId;
    auto saved = activities.save(call);
    REQUIRE(saved);
    tmp.reopen();
    ActivityRepository reopened(tmp.db());
    const auto listed = reopened.forLead(leadId);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first() == *saved);
    CHECK(listed->first().contactId.isEmpty());

    auto outbox = Outbox(tmp.db()).entries();
    REQUIRE(outbox);
    const auto entry =
        std::find_if(outbox->cbegin(), outbox->cend(), [](const OutboxEntry& e) { return e.table == u"activities"_s; });
    REQUIRE(entry != outbox->cend());
    CHECK(entry->fields.value(u"lead_id"_s).toString() == leadId);

    Activity nowhere = call;
    nowhere.leadId.clear();
    CHECK_FALSE(reopened.save(nowhere));
    REQUIRE(LeadRepository(tmp.db()).remove(leadId));
    auto orphan = reopened.save(call);
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().code == ErrorCode::NotFound);
}
