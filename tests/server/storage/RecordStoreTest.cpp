#include "../ServerStoreFixture.h"
#include "StringMakers.h"
#include "storage/ChangeFeed.h"
#include "storage/RecordStore.h"
#include "storage/ServerDatabase.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {

/// A fresh server store of every backend in turn (a GENERATE inside the constructor).
struct StoreFixture {
    Test::ServerStoreFixture store{GENERATE(Catch::Generators::from_range(Test::serverBackends()))};
    std::unique_ptr<ServerDatabase> db = store.open();
    RecordStore records{*db};

    /// Writes `record` as a new record `id` of `table`, numbered by its row version.
    void insert(const QString& table, const QString& id, const HeldRecord& record) {
        PushPlan plan;
        plan.write = PushPlan::Write::Insert;
        plan.record = record;
        REQUIRE(records.save(table, id, plan, record.rowVersion));
    }
};

HeldRecord recordOf(const QString& owner, qint64 rowVersion, const QString& name) {
    return {owner, rowVersion, false, {{u"first_name"_s, name}, {u"owner_id"_s, owner}}, {}};
}

} // namespace

TEST_CASE("the record store writes what a push plan decided: the record, a revocation and lost values",
          "[server][storage]") {
    StoreFixture f;
    CHECK_FALSE(f.records.load(u"contacts"_s, u"c1"_s)->has_value());
    CHECK_FALSE(*f.records.exists(u"contacts"_s, u"c1"_s));
    f.insert(u"contacts"_s, u"c1"_s, recordOf(u"rob"_s, 3, u"Ada"_s));
    CHECK(*f.records.exists(u"contacts"_s, u"c1"_s));

    PushPlan given;
    given.write = PushPlan::Write::Update;
    given.record = recordOf(u"rita"_s, 4, u"Ada L."_s);
    given.record.meta = {{u"first_name"_s, QJsonObject{{u"sv"_s, 4}}}};
    given.formerOwner = u"rob"_s;
    given.lost = {{u"first_name"_s, u"Ada"_s, u"1790000000000-0000-aaaaaaaa"_s, u"desk"_s}};
    REQUIRE(f.records.save(u"contacts"_s, u"c1"_s, given, 4));
    const auto held = f.records.load(u"contacts"_s, u"c1"_s);
    REQUIRE(held->has_value());
    CHECK((*held)->ownerId == u"rita"_s);
    CHECK((*held)->rowVersion == 4);
    CHECK((*held)->fields.value(u"first_name"_s) == u"Ada L."_s);
    CHECK((*held)->meta == given.record.meta);
    CHECK(f.db->scalar(u"SELECT former_owner_id FROM revocations WHERE sv = 4"_s, {})->toString() == u"rob"_s);
    CHECK(f.db->scalar(u"SELECT value FROM field_history WHERE sv = 4 AND by_client = 'desk'"_s, {})->toString() ==
          u"{\"v\":\"Ada\"}"_s);

    PushPlan deleted;
    deleted.write = PushPlan::Write::SetState;
    deleted.record = **held;
    deleted.record.deleted = true;
    deleted.record.rowVersion = 5;
    REQUIRE(f.records.save(u"contacts"_s, u"c1"_s, deleted, 5));
    const auto tombstone = f.records.load(u"contacts"_s, u"c1"_s);
    CHECK((*tombstone)->deleted);
    CHECK((*tombstone)->rowVersion == 5);
    CHECK((*tombstone)->fields == (*held)->fields);
    CHECK(*f.records.exists(u"contacts"_s, u"c1"_s)); // a tombstone counts
}

TEST_CASE("the change feed reads in change order within the readers' owners, and revocations with the owner now",
          "[server][storage]") {
    StoreFixture f;
    f.insert(u"contacts"_s, u"c1"_s, recordOf(u"rob"_s, 1, u"Ada"_s));
    f.insert(u"contacts"_s, u"c2"_s, recordOf(u"otto"_s, 2, u"Bob"_s));
    f.insert(u"pipelines"_s, u"p1"_s, {u"otto"_s, 3, false, {{u"name"_s, u"Sales"_s}}, {}});
    f.insert(u"contacts"_s, u"c3"_s, recordOf(u"rob"_s, 4, u"Cy"_s));
    ChangeFeed feed(*f.db);
    const OwnerFilter rob{false, {u"rob"_s}};

    auto changes = feed.records(0, rob, 10);
    REQUIRE(changes);
    REQUIRE(changes->size() == 3); // otto's contact is not rob's, the organisation's pipeline is everyone's
    CHECK(changes->at(0).id == u"c1"_s);
    CHECK(changes->at(1).id == u"p1"_s);
    CHECK(changes->at(2).id == u"c3"_s);
    CHECK(changes->at(2).rowVersion == 4);
    CHECK(changes->at(2).fields.value(u"first_name"_s) == u"Cy"_s);
    CHECK(feed.records(1, rob, 1)->first().id == u"p1"_s);
    CHECK(feed.records(0, {true, {}}, 10)->size() == 4);
    CHECK(*feed.count(rob) == 3);
    CHECK(*feed.count({true, {}}) == 4);

    PushPlan given;
    given.write = PushPlan::Write::Update;
    given.record = recordOf(u"otto"_s, 5, u"Ada"_s);
    given.formerOwner = u"rob"_s;
    REQUIRE(f.records.save(u"contacts"_s, u"c1"_s, given, 5));
    auto revoked = feed.revocations(0, {u"rob"_s}, 10);
    REQUIRE(revoked);
    REQUIRE(revoked->size() == 1);
    CHECK(revoked->first().change.kind == Wire::Change::Kind::Revoke);
    CHECK(revoked->first().change.id == u"c1"_s);
    CHECK(revoked->first().change.rowVersion == 5);
    CHECK(revoked->first().ownerNow == u"otto"_s);
    CHECK(feed.revocations(5, {u"rob"_s}, 10)->isEmpty());
    CHECK(feed.revocations(0, {u"rita"_s}, 10)->isEmpty());
}
