#include "ServerStoreFixture.h"
#include "StringMakers.h"
#include "storage/ServerDatabase.h"
#include "sync/SyncService.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000;

/// A fresh server store of every backend in turn (a GENERATE inside the constructor), with an
/// admin, a manager with two reps under her, and a rep outside her team.
struct ServerFixture {
    Test::ServerStoreFixture store{GENERATE(Catch::Generators::from_range(Test::serverBackends()))};
    std::unique_ptr<ServerDatabase> db;
    qint64 now = kNow;
    QString admin, manager, rep1, rep2, outsider;

    ServerFixture() {
        open();
        UserDirectory users(*db);
        admin = users.add(u"admin"_s, Role::Admin, {}).value();
        manager = users.add(u"mia"_s, Role::Manager, {}).value();
        rep1 = users.add(u"rob"_s, Role::Rep, u"mia"_s).value();
        rep2 = users.add(u"rita"_s, Role::Rep, u"mia"_s).value();
        outsider = users.add(u"otto"_s, Role::Rep, {}).value();
    }
    void open() {
        db.reset();
        db = store.open();
    }
    SyncService service() {
        return SyncService(*db, [this] { return now; });
    }
};

/// One device of one user, numbering its mutations like the client's outbox does.
struct Device {
    Device(ServerFixture& fixture, Caller who)
        : f(fixture)
        , caller(std::move(who)) {}

    ServerFixture& f;
    Caller caller;
    qint64 seq = 0;
    QString cursor;

    Wire::Mutation next(Wire::Op op, const QString& id, qint64 baseRowVersion, QJsonObject fields,
                        QJsonObject base = {}, qint64 atMs = kNow) {
        Wire::Mutation m;
        m.seq = ++seq;
        m.mutationId = caller.clientId + u"-m"_s + QString::number(m.seq);
        m.table = u"contacts"_s;
        m.recordId = id;
        m.op = op;
        m.baseRowVersion = baseRowVersion;
        m.fields = std::move(fields);
        m.base = std::move(base);
        m.hlc = u"%1-0000-%2"_s.arg(atMs, 13, 10, QChar(u'0')).arg(caller.clientId.left(8));
        return m;
    }
    Wire::MutationResult push(const Wire::Mutation& m) {
        auto outcome = f.service().push(caller, {caller.clientId, {m}});
        REQUIRE(outcome.has_value());
        REQUIRE_FALSE(outcome->expectedSeq.has_value());
        REQUIRE(outcome->response.results.size() == 1);
        return outcome->response.results.first();
    }
    /// Pulls everything new; the records by id as this device now sees them (absent: revoked).
    QList<Wire::Change> pullAll(int limit = 1000) {
        QList<Wire::Change> all;
        for (;;) {
            auto page = f.service().pull(caller, cursor, limit);
            REQUIRE(page.has_value());
            all += page->changes;
            cursor = page->nextCursor;
            if (!page->hasMore)
                return all;
        }
    }
};

QJsonObject contactFields(const QString& owner, const QString& name) {
    return {{u"first_name"_s, name}, {u"owner_id"_s, owner}, {u"notes"_s, u""_s}, {u"phones"_s, u"[]"_s}};
}

} // namespace

TEST_CASE("a pushed insert is applied once and a repeated delivery gets the same answer", "[server][sync]") {
    ServerFixture f;
    Device laptop{f, {f.rep1, u"laptop-1"_s}};
    const auto insert = laptop.next(Wire::Op::Insert, u"c1"_s, 0, contactFields(f.rep1, u"Ada"_s));
    const auto first = laptop.push(insert);
    CHECK(first.status == Wire::MutationStatus::Applied);
    CHECK(first.rowVersion > 0);
    const auto again = laptop.push(insert); // the response was lost; the client sends it again
    CHECK(again.status == first.status);
    CHECK(again.rowVersion == first.rowVersion);
    CHECK(f.db->scalar(u"SELECT count(*) FROM mutation_ledger"_s, {})->toInt() == 1);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 1);

    f.open(); // a server restart keeps the ledger
    CHECK(laptop.push(insert).rowVersion == first.rowVersion);
    CHECK(f.db->scalar(u"SELECT row_version FROM records"_s, {})->toLongLong() == first.rowVersion);
}

TEST_CASE("a gap in a device's sequence stops the batch at the sequence the server expects", "[server][sync]") {
    ServerFixture f;
    Device laptop{f, {f.rep1, u"laptop-1"_s}};
    const auto m1 = laptop.next(Wire::Op::Insert, u"c1"_s, 0, contactFields(f.rep1, u"Ada"_s));
    const auto m2 = laptop.next(Wire::Op::Insert, u"c2"_s, 0, contactFields(f.rep1, u"Bo"_s));
    const auto m3 = laptop.next(Wire::Op::Insert, u"c3"_s, 0, contactFields(f.rep1, u"Cy"_s));
    auto outcome = f.service().push(laptop.caller, {laptop.caller.clientId, {m1, m3}});
    REQUIRE(outcome.has_value());
    CHECK(outcome->response.results.size() == 1);
    REQUIRE(outcome->expectedSeq.has_value());
    CHECK(*outcome->expectedSeq == 2);
    outcome = f.service().push(laptop.caller, {laptop.caller.clientId, {m1, m2, m3}});
    REQUIRE(outcome.has_value());
    CHECK_FALSE(outcome->expectedSeq.has_value());
    CHECK(outcome->response.results.size() == 3);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 3);

    auto reused = m2;
    reused.mutationId = u"something-else"_s;
    CHECK_FALSE(f.service().push(laptop.caller, {laptop.caller.clientId, {reused}}).has_value());
}

TEST_CASE("concurrent edits merge by field class", "[server][sync][merge]") {
    ServerFixture f;
    Device a{f, {f.rep1, u"device-a"_s}};
    Device b{f, {f.rep1, u"device-b"_s}};
    QJsonObject fields = contactFields(f.rep1, u"Ada"_s);
    fields.insert(u"title"_s, u"Buyer"_s);
    fields.insert(u"do_not_call"_s, false);
    fields.insert(u"notes"_s, u"met at fair\nlikes tea"_s);
    const qint64 v1 = a.push(a.next(Wire::Op::Insert, u"c1"_s, 0, fields)).rowVersion;

    SECTION("different fields: both kept") {
        CHECK(a.push(a.next(Wire::Op::Update, u"c1"_s, v1, {{u"title"_s, u"CFO"_s}}, {{u"title"_s, u"Buyer"_s}}))
                  .status == Wire::MutationStatus::Applied);
        CHECK(b.push(b.next(Wire::Op::Update, u"c1"_s, v1, {{u"first_name"_s, u"Adele"_s}},
                            {{u"first_name"_s, u"Ada"_s}}))
                  .status == Wire::MutationStatus::Applied);
        const auto seen = b.pullAll();
        REQUIRE_FALSE(seen.isEmpty());
        CHECK(seen.last().fields.value(u"title"_s) == u"CFO"_s);
        CHECK(seen.last().fields.value(u"first_name"_s) == u"Adele"_s);
    }
    SECTION("the same descriptive field: the later clock wins, the other value is kept in history") {
        a.push(
            a.next(Wire::Op::Update, u"c1"_s, v1, {{u"title"_s, u"CFO"_s}}, {{u"title"_s, u"Buyer"_s}}, kNow + 1000));
        const auto late = b.push(
            b.next(Wire::Op::Update, u"c1"_s, v1, {{u"title"_s, u"CEO"_s}}, {{u"title"_s, u"Buyer"_s}}, kNow + 500));
        CHECK(late.status == Wire::MutationStatus::Merged); // the server kept its later value
        CHECK(b.pullAll().last().fields.value(u"title"_s) == u"CFO"_s);
        CHECK(f.db->scalar(u"SELECT value FROM field_history WHERE field = 'title'"_s, {})
                  ->toString()
                  .contains(u"CEO"_s));
    }
    SECTION("a guarded field changed on both sides: conflict, the server keeps its value") {
        a.push(a.next(Wire::Op::Update, u"c1"_s, v1, {{u"external_id"_s, u"ERP-1"_s}},
                      {{u"external_id"_s, QJsonValue::Null}}));
        const auto r =
            b.push(b.next(Wire::Op::Update, u"c1"_s, v1, {{u"external_id"_s, u"ERP-2"_s}, {u"title"_s, u"Owner"_s}},
                          {{u"external_id"_s, QJsonValue::Null}, {u"title"_s, u"Buyer"_s}}, kNow + 9000));
        CHECK(r.status == Wire::MutationStatus::Conflict);
        CHECK(r.conflictFields == QStringList{u"external_id"_s});
        const auto now = b.pullAll().last().fields;
        CHECK(now.value(u"external_id"_s) == u"ERP-1"_s); // even though b's clock is later
        CHECK(now.value(u"title"_s) == u"Owner"_s);       // the rest of the mutation was applied
    }
    SECTION("notes edited in different places merge") {
        a.push(a.next(Wire::Op::Update, u"c1"_s, v1, {{u"notes"_s, u"met at trade fair\nlikes tea"_s}},
                      {{u"notes"_s, u"met at fair\nlikes tea"_s}}));
        const auto r = b.push(b.next(Wire::Op::Update, u"c1"_s, v1, {{u"notes"_s, u"met at fair\nlikes green tea"_s}},
                                     {{u"notes"_s, u"met at fair\nlikes tea"_s}}));
        CHECK(r.status == Wire::MutationStatus::Merged);
        CHECK(b.pullAll().last().fields.value(u"notes"_s) == u"met at trade fair\nlikes green tea"_s);
    }
    SECTION("edit versus delete: the edit wins, whichever arrives first") {
        const auto deleted = a.push(a.next(Wire::Op::Delete, u"c1"_s, v1, {}));
        CHECK(deleted.status == Wire::MutationStatus::Applied);
        CHECK(b.push(b.next(Wire::Op::Update, u"c1"_s, v1, {{u"title"_s, u"CFO"_s}}, {{u"title"_s, u"Buyer"_s}}))
                  .status == Wire::MutationStatus::Applied);
        auto seen = b.pullAll().last();
        CHECK_FALSE(seen.deleted);
        CHECK(seen.fields.value(u"title"_s) == u"CFO"_s);

        const auto late = a.push(a.next(Wire::Op::Delete, u"c1"_s, v1, {})); // based on the old version
        CHECK(late.status == Wire::MutationStatus::Conflict);
        CHECK(late.conflictFields == QStringList{u"deleted"_s});
        CHECK_FALSE(f.db->scalar(u"SELECT deleted FROM records WHERE id = 'c1'"_s, {})->toInt());
    }
}

TEST_CASE("each user reads and changes only their scope, and a manager sees their people", "[server][sync][auth]") {
    ServerFixture f;
    Device rob{f, {f.rep1, u"rob-laptop"_s}};
    Device rita{f, {f.rep2, u"rita-laptop"_s}};
    Device mia{f, {f.manager, u"mia-laptop"_s}};
    Device otto{f, {f.outsider, u"otto-laptop"_s}};
    Device admin{f, {f.admin, u"admin-desk"_s}};
    const qint64 v = rob.push(rob.next(Wire::Op::Insert, u"r1"_s, 0, contactFields(f.rep1, u"Rob's"_s))).rowVersion;
    rita.push(rita.next(Wire::Op::Insert, u"t1"_s, 0, contactFields(f.rep2, u"Rita's"_s)));
    otto.push(otto.next(Wire::Op::Insert, u"o1"_s, 0, contactFields(f.outsider, u"Otto's"_s)));

    auto ids = [](const QList<Wire::Change>& changes) {
        QStringList list;
        for (const auto& c : changes)
            list.append(c.id);
        list.sort();
        return list;
    };
    CHECK(ids(rob.pullAll()) == QStringList{u"r1"_s});
    CHECK(ids(mia.pullAll()) == QStringList{u"r1"_s, u"t1"_s});
    CHECK(ids(admin.pullAll()) == QStringList{u"o1"_s, u"r1"_s, u"t1"_s});

    // Writing outside one's scope is rejected, whatever the operation.
    CHECK(otto.push(otto.next(Wire::Op::Update, u"r1"_s, v, {{u"first_name"_s, u"x"_s}})).status ==
          Wire::MutationStatus::Rejected);
    CHECK(otto.push(otto.next(Wire::Op::Delete, u"r1"_s, v, {})).status == Wire::MutationStatus::Rejected);
    CHECK(rob.push(rob.next(Wire::Op::Insert, u"r2"_s, 0, contactFields(f.rep2, u"for Rita"_s))).status ==
          Wire::MutationStatus::Rejected);
    CHECK(mia.push(mia.next(Wire::Op::Update, u"r1"_s, v, {{u"first_name"_s, u"Robert's"_s}})).status ==
          Wire::MutationStatus::Applied);
    // The user directory is the server's.
    auto user = rob.next(Wire::Op::Insert, u"u9"_s, 0, {{u"name"_s, u"eve"_s}});
    user.table = u"users"_s;
    CHECK(rob.push(user).status == Wire::MutationStatus::Rejected);
    auto unknown = rob.next(Wire::Op::Update, u"r1"_s, v, {{u"colour"_s, u"red"_s}});
    CHECK(rob.push(unknown).status == Wire::MutationStatus::Rejected);

    // Another user's device, or a push in another device's name, is refused outright.
    Device thief{f, {f.outsider, u"rob-laptop"_s}};
    auto stolen = f.service().push(thief.caller, {u"rob-laptop"_s, {thief.next(Wire::Op::Delete, u"o1"_s, 0, {})}});
    REQUIRE_FALSE(stolen.has_value());
    CHECK(stolen.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(f.service().push(rob.caller, {u"rita-laptop"_s, {}}).has_value());
    REQUIRE(UserDirectory(*f.db).setDisabled(u"rob"_s, true));
    CHECK_FALSE(f.service().pull(rob.caller, {}, 10).has_value());
}

TEST_CASE("a record given to someone outside a rep's scope is revoked on the rep's next pull", "[server][sync][auth]") {
    ServerFixture f;
    Device rob{f, {f.rep1, u"rob-laptop"_s}};
    Device mia{f, {f.manager, u"mia-laptop"_s}};
    Device rita{f, {f.rep2, u"rita-laptop"_s}};
    const qint64 v = rob.push(rob.next(Wire::Op::Insert, u"r1"_s, 0, contactFields(f.rep1, u"Ada"_s))).rowVersion;
    REQUIRE(rob.pullAll().size() == 1);
    REQUIRE(mia.pullAll().size() == 1);
    // The manager reassigns the contact from Rob to Rita.
    CHECK(
        mia.push(mia.next(Wire::Op::Update, u"r1"_s, v, {{u"owner_id"_s, f.rep2}}, {{u"owner_id"_s, f.rep1}})).status ==
        Wire::MutationStatus::Applied);
    const auto robSees = rob.pullAll();
    REQUIRE(robSees.size() == 1);
    CHECK(robSees.first().kind == Wire::Change::Kind::Revoke);
    CHECK(robSees.first().id == u"r1"_s);
    const auto ritaSees = rita.pullAll();
    REQUIRE(ritaSees.size() == 1);
    CHECK(ritaSees.first().kind == Wire::Change::Kind::Upsert);
    const auto miaSees = mia.pullAll(); // still hers through Rita: an update, not a revocation
    REQUIRE(miaSees.size() == 1);
    CHECK(miaSees.first().kind == Wire::Change::Kind::Upsert);
    // Rob's offline edit of the record he lost is rejected, not silently dropped.
    CHECK(rob.push(rob.next(Wire::Op::Update, u"r1"_s, v, {{u"first_name"_s, u"Adele"_s}})).status ==
          Wire::MutationStatus::Rejected);
}

TEST_CASE("pulling in small pages delivers every change once, in order", "[server][sync]") {
    ServerFixture f;
    Device rob{f, {f.rep1, u"rob-laptop"_s}};
    Device otto{f, {f.outsider, u"otto-laptop"_s}};
    for (int i = 0; i < 40; ++i) {
        // Interleaved with records Rob must not see, and revocations of his own.
        rob.push(rob.next(Wire::Op::Insert, u"r%1"_s.arg(i), 0, contactFields(f.rep1, u"n"_s)));
        otto.push(otto.next(Wire::Op::Insert, u"o%1"_s.arg(i), 0, contactFields(f.outsider, u"n"_s)));
    }
    // The manager hands every fourth of Rob's contacts to Rita: revocations among Rob's changes.
    Device mia{f, {f.manager, u"mia-laptop"_s}};
    for (const auto& c : mia.pullAll())
        if (c.id.mid(1).toInt() % 4 == 0)
            mia.push(mia.next(Wire::Op::Update, c.id, c.rowVersion, {{u"owner_id"_s, f.rep2}}));
    for (const int limit : {1, 3, 7, 1000}) {
        INFO("page size " << limit);
        Device reader{f, {f.rep1, u"rob-desk-%1"_s.arg(limit)}};
        const auto all = reader.pullAll(limit);
        QStringList ids;
        qint64 last = 0;
        int revoked = 0;
        for (const auto& c : all) {
            CHECK(c.rowVersion > last);
            last = c.rowVersion;
            ids.append(c.id);
            if (c.kind == Wire::Change::Kind::Revoke) {
                ++revoked;
                CHECK(c.id.mid(1).toInt() % 4 == 0);
            }
        }
        CHECK(ids.size() == 40);
        CHECK(revoked == 10);
        CHECK(ids.removeDuplicates() == 0);
        CHECK(reader.pullAll(limit).isEmpty()); // nothing new
    }
    Device reader{f, {f.rep1, u"rob-desk"_s}};
    auto bad = f.service().pull(reader.caller, u"nonsense"_s, 10);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("an edit stamped far ahead of the server's clock is rejected", "[server][sync]") {
    ServerFixture f;
    Device skewed{f, {f.rep1, u"skewed"_s}};
    const auto ahead = skewed.push(skewed.next(Wire::Op::Insert, u"c1"_s, 0, contactFields(f.rep1, u"Ada"_s), {},
                                               kNow + SyncService::kMaxClockAheadMs + 1000));
    CHECK(ahead.status == Wire::MutationStatus::Rejected);
    CHECK(ahead.message.contains(u"clock"_s));
    const auto behind = skewed.push(skewed.next(Wire::Op::Insert, u"c2"_s, 0, contactFields(f.rep1, u"Bo"_s), {},
                                                kNow - 3LL * 365 * 24 * 3600 * 1000));
    CHECK(behind.status == Wire::MutationStatus::Applied); // a clock years behind is only ordered early
}

TEST_CASE("an edit whose clock is not digits, a hex counter and a plain device part is rejected", "[server][sync]") {
    ServerFixture f;
    Device rep{f, {f.rep1, u"rep-laptop"_s}};
    const QString ms = QString::number(kNow);
    int n = 0;
    const QStringList malformed{ms + u"-0000-dev\uffff"_s, ms + u"-00zz-dev1"_s, ms + u"-0000-dev 1"_s,
                                ms.left(12) + u"-0000-dev1"_s, ms + u"-0000-"_s + QString(65, u'a')};
    for (const QString& clock : malformed) {
        auto m = rep.next(Wire::Op::Insert, u"c%1"_s.arg(++n), 0, contactFields(f.rep1, u"Ada"_s));
        m.hlc = clock;
        const auto answer = rep.push(m);
        CHECK(answer.status == Wire::MutationStatus::Rejected);
        CHECK(answer.message.contains(u"malformed"_s));
    }
    auto good = rep.next(Wire::Op::Insert, u"c9"_s, 0, contactFields(f.rep1, u"Ada"_s));
    good.hlc = ms + u"-00ff-0190a1b2-laptop"_s;
    CHECK(rep.push(good).status == Wire::MutationStatus::Applied);
}

TEST_CASE("a value that breaks its record type's declaration is refused with the field named",
          "[server][sync][check]") {
    ServerFixture f;
    Device rep{f, {f.rep1, u"rep-laptop"_s}};
    QJsonObject nameless = contactFields(f.rep1, u"Ada"_s);
    nameless.insert(u"first_name"_s, QJsonValue::Null);
    const auto refused = rep.push(rep.next(Wire::Op::Insert, u"c1"_s, 0, nameless));
    CHECK(refused.status == Wire::MutationStatus::Rejected);
    CHECK(refused.message.contains(u"first_name"_s));

    auto bogus = rep.next(Wire::Op::Insert, u"a1"_s, 0,
                          {{u"kind"_s, u"bogus"_s}, {u"starts_at"_s, kNow}, {u"owner_id"_s, f.rep1}});
    bogus.table = u"activities"_s;
    const auto kind = rep.push(bogus);
    CHECK(kind.status == Wire::MutationStatus::Rejected);
    CHECK(kind.message.contains(u"kind"_s));

    // An update may not break a rule either; the record keeps its value.
    const auto created = rep.push(rep.next(Wire::Op::Insert, u"c2"_s, 0, contactFields(f.rep1, u"Bo"_s)));
    REQUIRE(created.status == Wire::MutationStatus::Applied);
    const auto update = rep.push(rep.next(Wire::Op::Update, u"c2"_s, created.rowVersion, {{u"do_not_call"_s, u"yes"_s}},
                                          {{u"do_not_call"_s, false}}));
    CHECK(update.status == Wire::MutationStatus::Rejected);
    CHECK(update.message.contains(u"do_not_call"_s));
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 1);
}

TEST_CASE("a reference to a record the server never held is refused with the field named", "[server][sync][check]") {
    ServerFixture f;
    Device rep{f, {f.rep1, u"rep-laptop"_s}};
    auto account = rep.next(Wire::Op::Insert, u"acc1"_s, 0, {{u"name"_s, u"Acme"_s}, {u"owner_id"_s, f.rep1}});
    account.table = u"accounts"_s;
    REQUIRE(rep.push(account).status == Wire::MutationStatus::Applied);

    QJsonObject dangling = contactFields(f.rep1, u"Ada"_s);
    dangling.insert(u"account_id"_s, u"no-such-account"_s);
    const auto refused = rep.push(rep.next(Wire::Op::Insert, u"c1"_s, 0, dangling));
    CHECK(refused.status == Wire::MutationStatus::Rejected);
    CHECK(refused.message.contains(u"account_id"_s));
    CHECK(refused.message.contains(u"no-such-account"_s));

    QJsonObject linked = contactFields(f.rep1, u"Bo"_s);
    linked.insert(u"account_id"_s, u"acc1"_s);
    const auto created = rep.push(rep.next(Wire::Op::Insert, u"c2"_s, 0, linked));
    REQUIRE(created.status == Wire::MutationStatus::Applied);
    // An update is checked too, and an attachment's record is looked up in the table it names.
    const auto moved = rep.push(rep.next(Wire::Op::Update, u"c2"_s, created.rowVersion, {{u"account_id"_s, u"gone"_s}},
                                         {{u"account_id"_s, u"acc1"_s}}));
    CHECK(moved.status == Wire::MutationStatus::Rejected);
    auto attachment = rep.next(Wire::Op::Insert, u"f1"_s, 0,
                               {{u"record_table"_s, u"accounts"_s},
                                {u"record_id"_s, u"c2"_s},
                                {u"sha256"_s, QString(64, u'a')},
                                {u"owner_id"_s, f.rep1}});
    attachment.table = u"attachments"_s;
    CHECK(rep.push(attachment).status == Wire::MutationStatus::Rejected); // c2 is a contact, not an account
    attachment.fields.insert(u"record_table"_s, u"contacts"_s);
    attachment.seq = ++rep.seq;
    attachment.mutationId = u"rep-laptop-att2"_s;
    CHECK(rep.push(attachment).status == Wire::MutationStatus::Applied);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records WHERE tbl = 'contacts'"_s, {})->toInt() == 1);
}

TEST_CASE("a change the server already holds gets its stored answer whichever device sends it again",
          "[server][sync]") {
    ServerFixture f;
    Device before{f, {f.rep1, u"laptop-1"_s}};
    const auto m1 = before.next(Wire::Op::Insert, u"c1"_s, 0, contactFields(f.rep1, u"Ada"_s));
    const auto m2 = before.next(Wire::Op::Insert, u"c2"_s, 0, contactFields(f.rep1, u"Bo"_s));
    const auto first1 = before.push(m1);
    const auto first2 = before.push(m2);

    // The same laptop registered again (reached at another address) numbers its unsent changes from 1.
    Device after{f, {f.rep1, u"laptop-1-again"_s}};
    auto resent1 = m1;
    auto resent2 = m2;
    resent1.seq = 1;
    resent2.seq = 2;
    after.seq = 2;
    const auto m3 = after.next(Wire::Op::Insert, u"c3"_s, 0, contactFields(f.rep1, u"Cy"_s));
    auto outcome = f.service().push(after.caller, {after.caller.clientId, {resent1, resent2, m3}});
    REQUIRE(outcome.has_value());
    CHECK_FALSE(outcome->expectedSeq.has_value());
    REQUIRE(outcome->response.results.size() == 3);
    const auto& answers = outcome->response.results;
    CHECK(answers.at(0).seq == 1);
    CHECK(answers.at(0).mutationId == m1.mutationId);
    CHECK(answers.at(0).status == first1.status);
    CHECK(answers.at(0).rowVersion == first1.rowVersion);
    CHECK(answers.at(1).rowVersion == first2.rowVersion);
    CHECK(answers.at(2).status == Wire::MutationStatus::Applied);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 3);
    CHECK(f.db->scalar(u"SELECT count(*) FROM mutation_ledger"_s, {})->toInt() == 3);
    CHECK(f.db->scalar(u"SELECT row_version FROM records WHERE id = 'c1'"_s, {})->toLongLong() == first1.rowVersion);

    // Its sequence went on past the changes it did not apply: a repeat answers, a gap is a gap.
    CHECK(after.push(resent1).rowVersion == first1.rowVersion);
    auto skipped = after.next(Wire::Op::Insert, u"c5"_s, 0, contactFields(f.rep1, u"Ed"_s));
    skipped.seq = 5;
    outcome = f.service().push(after.caller, {after.caller.clientId, {skipped}});
    REQUIRE(outcome.has_value());
    REQUIRE(outcome->expectedSeq.has_value());
    CHECK(*outcome->expectedSeq == 4);

    // Whoever sends it: the answer, never a second copy or a failure.
    Device other{f, {f.rep2, u"tablet-1"_s}};
    auto foreign = m2;
    foreign.seq = 1;
    const auto answer = other.push(foreign);
    CHECK(answer.rowVersion == first2.rowVersion);
    CHECK(answer.seq == 1);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 3);
}

TEST_CASE("a push request is stored whole or not at all", "[server][sync]") {
    ServerFixture f;
    Device laptop{f, {f.rep1, u"laptop-1"_s}};
    // The storage fails on the third record of the request, as a full disk or a lost connection would.
    const bool sqlite = f.db->kind() == ServerDatabase::Kind::Sqlite;
    auto run = [&](const QString& sql) {
        auto done = f.db->execute(sql, {});
        INFO(sql.toStdString() << ": " << (done ? std::string() : done.error().message.toStdString()));
        REQUIRE(done);
    };
    // A trigger stands in for the failure; PostgreSQL cannot prepare the DDL of one (the statements
    // are prepared), and the transaction around the request is the same code on both backends.
    if (!sqlite)
        return;
    run(u"CREATE TRIGGER boom BEFORE INSERT ON records WHEN NEW.id = 'c3' BEGIN SELECT RAISE(ABORT, 'boom'); END"_s);
    QList<Wire::Mutation> batch;
    for (const QString& id : {u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s})
        batch.append(laptop.next(Wire::Op::Insert, id, 0, contactFields(f.rep1, id)));
    CHECK_FALSE(f.service().push(laptop.caller, {laptop.caller.clientId, batch}));
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 0); // c1 and c2 went back too
    CHECK(f.db->scalar(u"SELECT count(*) FROM mutation_ledger"_s, {})->toInt() == 0);

    run(u"DROP TRIGGER boom"_s);
    auto again = f.service().push(laptop.caller, {laptop.caller.clientId, batch}); // the client sends it again
    REQUIRE(again);
    REQUIRE(again->response.results.size() == 4);
    qint64 previous = 0;
    for (const Wire::MutationResult& result : again->response.results) {
        CHECK(result.status == Wire::MutationStatus::Applied);
        CHECK(result.rowVersion > previous); // numbered in the request's order
        previous = result.rowVersion;
    }
    CHECK(laptop.pullAll().size() == 4);
}
