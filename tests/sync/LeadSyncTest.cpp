#include "StringMakers.h"
#include "SyncFixture.h"
#include "protocol/RecordType.h"
#include "search/SearchService.h"
#include "workflows/LeadConversion.h"
#include "store/records/LeadQuery.h"
#include "store/records/LeadRepository.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// The leads' local sort keys, search entries and match keys, by lead id.
QStringList leadDerivedState(Database& db) {
    QStringList rows;
    for (const QString& sql : {u"SELECT 'l', id, sort_key, '' FROM leads"_s,
                               u"SELECT 'lf', l.id, f.name, f.body FROM leads l JOIN leads_fts f ON f.rowid = l.rid"_s,
                               u"SELECT 'k', record_id, kind, value FROM record_keys WHERE record_table = 'leads'"_s}) {
        auto q = db.connection().run(sql, {}, u"test: read derived state"_s);
        REQUIRE(q);
        while ((*q)->next())
            rows.append(u"%1|%2|%3|%4"_s.arg((*q)->value(0).toString(), (*q)->value(1).toString(),
                                             (*q)->value(2).toString(), (*q)->value(3).toString()));
        (*q)->finish();
    }
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("leads and their conversion reach another device, searchable as where they were made", "[sync][leads]") {
    TestServer server;
    server.addUser(u"ann"_s);
    TestClient laptop(server, u"ann"_s);
    TestClient desktop(server, u"ann"_s);
    LeadRepository leads(laptop.db());
    Lead zh;
    zh.firstName = u"晓明"_s;
    zh.lastName = u"欧阳"_s;
    zh.company = u"深圳华辰电子有限公司"_s;
    zh.email = u"xm@huachen.example"_s;
    zh.phone = u"+86 755 8888 1234"_s;
    zh = *leads.save(zh);
    Lead en;
    en.firstName = u"Jane"_s;
    en.lastName = u"Roe"_s;
    en.company = u"Acme"_s;
    en = *leads.save(en);
    REQUIRE(leads.disqualify(en.id, u"No budget"_s));
    synced(laptop);
    synced(desktop);

    CHECK(desktop.records() == laptop.records());
    CHECK(leadDerivedState(desktop.db()) == leadDerivedState(laptop.db()));
    auto hits = SearchService(desktop.db()).search(u"华辰"_s, 5, RecordType::leads());
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().title == u"欧阳晓明"_s);
    CHECK(LeadRepository(desktop.db()).get(en.id)->disqualifyReason == u"No budget"_s);

    // Converted on the desktop: the laptop receives the account, contact, opportunity and the lead's new state.
    LeadConversion conversion(desktop.db());
    auto plan = conversion.plan(zh.id, QDate(2026, 5, 4));
    REQUIRE(plan);
    auto done = conversion.convert(zh.id, plan->proposed);
    REQUIRE(done);
    synced(desktop);
    synced(laptop);
    CHECK(laptop.records() == server.records());
    CHECK(desktop.records() == server.records());
    const Lead converted = *LeadRepository(laptop.db()).get(zh.id);
    CHECK(converted.status == LeadStatus::Converted);
    CHECK(converted.convertedAccountId == done->accountId);
    CHECK(leadDerivedState(laptop.db()) == leadDerivedState(desktop.db()));

    // A deletion removes the lead from search and lists on the other device too.
    REQUIRE(LeadRepository(laptop.db()).remove(en.id));
    synced(laptop);
    synced(desktop);
    LeadFilter all;
    CHECK(*LeadQuery(desktop.db()).count(all) == 1);
    CHECK(leadDerivedState(desktop.db()) == leadDerivedState(laptop.db()));
}
