#include "ServiceTestHelpers.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/DemoDataService.h"
#include "protocol/RecordType.h"
#include "services/StatsService.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

DemoRequest smallRequest(quint64 seed) {
    DemoRequest request;
    request.users = 4;
    request.accounts = 20;
    request.contacts = 60;
    request.activities = 150;
    request.seed = seed;
    request.nowMs = 1'736'899'200'000; // 2025-01-15
    return request;
}

} // namespace

TEST_CASE("demo data generated twice with the same seed is the same", "[demo]") {
    TempDatabase a;
    TempDatabase b;
    auto first = DemoDataService::generate(a.db(), smallRequest(7));
    auto second = DemoDataService::generate(b.db(), smallRequest(7));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->contacts == 60);
    CHECK(first->activities == 150);
    auto statsA = StatsService::collect(a.db());
    auto statsB = StatsService::collect(b.db());
    REQUIRE(statsA);
    REQUIRE(statsB);
    CHECK(*statsA == *statsB);
    CHECK(statsA->of(RecordType::accounts()) == 20);
    CHECK(statsA->of(RecordType::contacts()) == 60);
    CHECK(statsA->of(RecordType::activities()) == 150);
    // Names, companies, owners: everything but the timestamps the store adds.
    const QByteArray contactsA = exportText(a.db(), ExportRecordType::Contacts, ExportFormat::Csv);
    CHECK(contactsA == exportText(b.db(), ExportRecordType::Contacts, ExportFormat::Csv));
    CHECK(exportText(a.db(), ExportRecordType::Accounts, ExportFormat::Csv) ==
          exportText(b.db(), ExportRecordType::Accounts, ExportFormat::Csv));

    TempDatabase c;
    REQUIRE(DemoDataService::generate(c.db(), smallRequest(8)));
    CHECK(exportText(c.db(), ExportRecordType::Contacts, ExportFormat::Csv) != contactsA);
}

TEST_CASE("generating again with the same seed updates the same records", "[demo]") {
    TempDatabase t;
    REQUIRE(DemoDataService::generate(t.db(), smallRequest(3)));
    REQUIRE(DemoDataService::generate(t.db(), smallRequest(3)));
    auto stats = StatsService::collect(t.db());
    REQUIRE(stats);
    CHECK(stats->of(RecordType::contacts()) == 60);
    CHECK(stats->of(RecordType::activities()) == 150);
}

TEST_CASE("a cancelled demo generation writes nothing", "[demo]") {
    TempDatabase t;
    DemoRequest request = smallRequest(1);
    request.contacts = 3000;
    request.activities = 0;
    auto result = DemoDataService::generate(t.db(), request, [](const WorkProgress& p) { return p.done < 2000; });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    auto stats = StatsService::collect(t.db());
    REQUIRE(stats);
    CHECK(stats->of(RecordType::contacts()) == 0);
    CHECK(stats->of(RecordType::accounts()) == 0);
    CHECK(stats->of(RecordType::users()) == 1);
}

TEST_CASE("demo contacts without accounts are refused", "[demo]") {
    TempDatabase t;
    DemoRequest request = smallRequest(1);
    request.accounts = 0;
    auto result = DemoDataService::generate(t.db(), request);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("stats count live records per type and the changes waiting for sync", "[stats]") {
    TempDatabase t;
    auto empty = StatsService::collect(t.db());
    REQUIRE(empty);
    CHECK(empty->toJsonText() == "{\"accounts\":0,\"contacts\":0,\"activities\":0,\"attachments\":0,\"leads\":0,"
                                 "\"opportunities\":0,\"products\":0,\"quotes\":0,\"users\":1,\"events\":0,\"tasks\":0,"
                                 "\"outbox_pending\":0}");
    REQUIRE(importCsv(t.db(), ImportRecordType::Accounts, "name\nAcme\nGlobex\n"));
    auto stats = StatsService::collect(t.db());
    REQUIRE(stats);
    CHECK(stats->of(RecordType::accounts()) == 2);
    CHECK(stats->outboxPending == 2);
}
