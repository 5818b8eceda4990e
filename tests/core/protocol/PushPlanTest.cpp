#include "StringMakers.h"
#include "protocol/PushPlan.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

using Wire::MutationStatus;
using Write = PushPlan::Write;

// Clocks as the client writes them: 13 digits of ms, 4 hex digits of counter, the device.
const QString kEarly = u"1790000000000-0000-aaaaaaaa"_s;
const QString kLate = u"1790000000500-0000-bbbbbbbb"_s;
constexpr qint64 kSv = 50;

/// Rob pushes from his laptop; his scope holds his own records and Rita's.
PushContext robsLaptop() {
    return {kSv, u"rob"_s, u"laptop"_s, [](const QString& owner) {
                return owner == u"rob"_s || owner == u"rita"_s;
            }};
}

Wire::Mutation change(Wire::Op op, QJsonObject fields = {}, QJsonObject base = {}, qint64 baseRowVersion = 10,
                      const QString& hlc = kLate) {
    return {7, u"m-7"_s, u"contacts"_s, u"c1"_s, op, baseRowVersion, std::move(fields), std::move(base), hlc};
}

QJsonObject stamp(qint64 sv, const QString& hlc, const QString& by) {
    return {{u"sv"_s, sv}, {u"hlc"_s, hlc}, {u"by"_s, by}};
}

/// Rob's contact c1 as the server holds it: every field last set at sv 10 by the desk device.
HeldRecord heldContact(bool deleted = false) {
    const QJsonObject fields{
        {u"first_name"_s, u"Ada"_s}, {u"title"_s, u"CEO"_s}, {u"owner_id"_s, u"rob"_s}, {u"do_not_call"_s, false}};
    QJsonObject meta;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        meta.insert(it.key(), stamp(10, kEarly, u"desk"_s));
    return {u"rob"_s, 10, deleted, fields, meta};
}

/// The held contact after `field` was set again at sv 20 (by another device, with the early clock).
HeldRecord editedOnServer(const QString& field, const QJsonValue& value) {
    HeldRecord held = heldContact();
    held.rowVersion = 20;
    held.fields.insert(field, value);
    held.meta.insert(field, stamp(20, kEarly, u"phone"_s));
    return held;
}

} // namespace

TEST_CASE("a new record belongs to the pusher unless it names an owner, and every field is stamped",
          "[protocol][push]") {
    const PushPlan plan = planPush(RecordType::contacts(), change(Wire::Op::Insert, {{u"first_name"_s, u"Ada"_s}}),
                                   std::nullopt, robsLaptop());
    CHECK(plan.answer.status == MutationStatus::Applied);
    CHECK(plan.answer.rowVersion == kSv);
    CHECK(plan.answer.seq == 7);
    CHECK(plan.answer.mutationId == u"m-7"_s);
    REQUIRE(plan.write == Write::Insert);
    CHECK(plan.record.ownerId == u"rob"_s);
    CHECK(plan.record.rowVersion == kSv);
    CHECK(plan.record.fields.value(u"owner_id"_s) == u"rob"_s);
    CHECK(plan.record.meta.value(u"first_name"_s) == stamp(kSv, kLate, u"laptop"_s));
    CHECK(plan.record.meta.value(u"owner_id"_s) == stamp(kSv, kLate, u"laptop"_s));

    const PushPlan forRita = planPush(RecordType::contacts(), change(Wire::Op::Insert, {{u"owner_id"_s, u"rita"_s}}),
                                      std::nullopt, robsLaptop());
    CHECK(forRita.record.ownerId == u"rita"_s);
}

TEST_CASE("a record cannot be created for, read from or given to someone outside the pusher's scope",
          "[protocol][push]") {
    const PushPlan created = planPush(RecordType::contacts(), change(Wire::Op::Insert, {{u"owner_id"_s, u"otto"_s}}),
                                      std::nullopt, robsLaptop());
    CHECK(created.answer.status == MutationStatus::Rejected);
    CHECK(created.answer.rowVersion == 0);
    CHECK(created.answer.message == u"records owned by someone outside your team cannot be created"_s);
    CHECK(created.write == Write::Nothing);

    // Organisation records belong to nobody's team: the owner rule does not apply.
    const PushPlan pipeline = planPush(RecordType::pipelines(), change(Wire::Op::Insert, {{u"owner_id"_s, u"otto"_s}}),
                                       std::nullopt, robsLaptop());
    CHECK(pipeline.answer.status == MutationStatus::Applied);

    HeldRecord ottos = heldContact();
    ottos.ownerId = u"otto"_s;
    for (const std::optional<HeldRecord>& held : {std::optional<HeldRecord>(ottos), std::optional<HeldRecord>()}) {
        const PushPlan edit =
            planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"title"_s, u"CTO"_s}}), held, robsLaptop());
        CHECK(edit.answer.status == MutationStatus::Rejected);
        CHECK(edit.answer.message == u"the record does not exist or is outside your scope"_s);
        CHECK(edit.write == Write::Nothing);
    }

    const PushPlan given = planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"owner_id"_s, u"otto"_s}}),
                                    heldContact(), robsLaptop());
    CHECK(given.answer.status == MutationStatus::Rejected);
    CHECK(given.answer.message == u"the record cannot be given to someone outside your team"_s);
    CHECK(given.write == Write::Nothing);
    CHECK_FALSE(given.formerOwner.has_value());
}

TEST_CASE("a record given to a colleague in scope leaves a revocation for its former owner", "[protocol][push]") {
    const PushPlan plan = planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"owner_id"_s, u"rita"_s}}),
                                   heldContact(), robsLaptop());
    CHECK(plan.answer.status == MutationStatus::Applied);
    REQUIRE(plan.write == Write::Update);
    CHECK(plan.record.ownerId == u"rita"_s);
    CHECK(plan.formerOwner == u"rob"_s);
}

TEST_CASE("an edit of fields the server did not change since its base is applied and stamped", "[protocol][push]") {
    const PushPlan plan = planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"title"_s, u"CTO"_s}}),
                                   heldContact(), robsLaptop());
    CHECK(plan.answer.status == MutationStatus::Applied);
    CHECK(plan.answer.rowVersion == kSv);
    REQUIRE(plan.write == Write::Update);
    CHECK(plan.record.fields.value(u"title"_s) == u"CTO"_s);
    CHECK(plan.record.fields.value(u"first_name"_s) == u"Ada"_s);
    CHECK(plan.record.meta.value(u"title"_s) == stamp(kSv, kLate, u"laptop"_s));
    CHECK(plan.record.meta.value(u"first_name"_s) == stamp(10, kEarly, u"desk"_s));
    CHECK(plan.lost.isEmpty());

    // The same value again changes nothing: nothing is written and the row version stays.
    const PushPlan same = planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"title"_s, u"CEO"_s}}),
                                   heldContact(), robsLaptop());
    CHECK(same.answer.status == MutationStatus::Applied);
    CHECK(same.answer.rowVersion == 10);
    CHECK(same.write == Write::Nothing);
}

TEST_CASE("concurrent descriptive edits: the later clock wins and the other value is kept as lost",
          "[protocol][push]") {
    const HeldRecord held = editedOnServer(u"title"_s, u"COO"_s);

    const PushPlan later =
        planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"title"_s, u"CTO"_s}}, {{u"title"_s, u"CEO"_s}}),
                 held, robsLaptop());
    CHECK(later.answer.status == MutationStatus::Merged);
    REQUIRE(later.write == Write::Update);
    CHECK(later.record.fields.value(u"title"_s) == u"CTO"_s);
    REQUIRE(later.lost.size() == 1);
    CHECK(later.lost.first().field == u"title"_s);
    CHECK(later.lost.first().value == u"COO"_s);
    CHECK(later.lost.first().hlc == kEarly);
    CHECK(later.lost.first().byClient == u"phone"_s);

    HeldRecord newer = held;
    newer.meta.insert(u"title"_s, stamp(20, kLate, u"phone"_s));
    const PushPlan earlier = planPush(
        RecordType::contacts(),
        change(Wire::Op::Update, {{u"title"_s, u"CTO"_s}}, {{u"title"_s, u"CEO"_s}}, 10, kEarly), newer, robsLaptop());
    CHECK(earlier.answer.status == MutationStatus::Merged);
    CHECK(earlier.answer.rowVersion == 20);
    CHECK(earlier.write == Write::Nothing);
    REQUIRE(earlier.lost.size() == 1);
    CHECK(earlier.lost.first().value == u"CTO"_s);
    CHECK(earlier.lost.first().hlc == kEarly);
    CHECK(earlier.lost.first().byClient == u"laptop"_s);
}

TEST_CASE("concurrent edits of a guarded field conflict and the server keeps its value", "[protocol][push]") {
    HeldRecord held = editedOnServer(u"external_id"_s, u"B-2"_s);
    const PushPlan plan = planPush(RecordType::contacts(),
                                   change(Wire::Op::Update, {{u"external_id"_s, u"C-3"_s}, {u"title"_s, u"CTO"_s}},
                                          {{u"external_id"_s, u"A-1"_s}}),
                                   held, robsLaptop());
    CHECK(plan.answer.status == MutationStatus::Conflict);
    CHECK(plan.answer.conflictFields == QStringList{u"external_id"_s});
    // The rest of the change still applies.
    REQUIRE(plan.write == Write::Update);
    CHECK(plan.record.fields.value(u"external_id"_s) == u"B-2"_s);
    CHECK(plan.record.fields.value(u"title"_s) == u"CTO"_s);
}

TEST_CASE("an insert of an id the server holds merges as if every field were concurrent", "[protocol][push]") {
    const PushPlan plan = planPush(RecordType::contacts(), change(Wire::Op::Insert, {{u"do_not_call"_s, true}}, {}, 0),
                                   heldContact(), robsLaptop());
    CHECK(plan.answer.status == MutationStatus::Conflict);
    CHECK(plan.answer.conflictFields == QStringList{u"do_not_call"_s});
    CHECK(plan.write == Write::Nothing);
}

TEST_CASE("a delete loses to an edit the device had not seen, and a restore undoes a delete", "[protocol][push]") {
    const PushPlan deleted = planPush(RecordType::contacts(), change(Wire::Op::Delete), heldContact(), robsLaptop());
    CHECK(deleted.answer.status == MutationStatus::Applied);
    CHECK(deleted.answer.rowVersion == kSv);
    REQUIRE(deleted.write == Write::SetState);
    CHECK(deleted.record.deleted);
    CHECK(deleted.record.rowVersion == kSv);

    const PushPlan again = planPush(RecordType::contacts(), change(Wire::Op::Delete), heldContact(true), robsLaptop());
    CHECK(again.answer.status == MutationStatus::Applied);
    CHECK(again.answer.rowVersion == 10);
    CHECK(again.write == Write::Nothing);

    const PushPlan kept =
        planPush(RecordType::contacts(), change(Wire::Op::Delete), editedOnServer(u"title"_s, u"COO"_s), robsLaptop());
    CHECK(kept.answer.status == MutationStatus::Conflict);
    CHECK(kept.answer.conflictFields == QStringList{u"deleted"_s});
    CHECK(kept.answer.message == u"the record was edited on another device; it was not deleted"_s);
    CHECK(kept.answer.rowVersion == 20);
    CHECK(kept.write == Write::Nothing);

    const PushPlan restored =
        planPush(RecordType::contacts(), change(Wire::Op::Restore), heldContact(true), robsLaptop());
    REQUIRE(restored.write == Write::SetState);
    CHECK_FALSE(restored.record.deleted);
    CHECK(restored.answer.rowVersion == kSv);
    const PushPlan live = planPush(RecordType::contacts(), change(Wire::Op::Restore), heldContact(), robsLaptop());
    CHECK(live.write == Write::Nothing);
    CHECK(live.answer.rowVersion == 10);
}

TEST_CASE("an edit of a deleted record restores it", "[protocol][push]") {
    const PushPlan plan = planPush(RecordType::contacts(), change(Wire::Op::Update, {{u"title"_s, u"CTO"_s}}),
                                   heldContact(true), robsLaptop());
    REQUIRE(plan.write == Write::Update);
    CHECK_FALSE(plan.record.deleted);
}
