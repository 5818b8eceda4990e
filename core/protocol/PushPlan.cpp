#include "PushPlan.h"

#include "FieldMerge.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

using Wire::MutationStatus;
using Outcome = FieldMergeResult::Outcome;

PushPlan answered(const Wire::Mutation& m, MutationStatus status, qint64 rowVersion, QString message = {}) {
    PushPlan plan;
    plan.answer = {m.seq, m.mutationId, status, rowVersion, {}, std::move(message)};
    return plan;
}

PushPlan rejected(const Wire::Mutation& m, QString message) {
    return answered(m, MutationStatus::Rejected, 0, std::move(message));
}

QJsonObject stamp(qint64 sv, const QString& hlc, const QString& clientId) {
    return {{u"sv"_s, sv}, {u"hlc"_s, hlc}, {u"by"_s, clientId}};
}

QJsonValue orNull(const QJsonValue& v) {
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

bool reaches(const RecordType& type, const PushContext& context, const QString& ownerId) {
    return type.scope == RecordScope::Organisation || context.inScope(ownerId);
}

PushPlan planInsert(const RecordType& type, const Wire::Mutation& m, const PushContext& context) {
    QJsonObject fields = m.fields;
    QString owner = fields.value(u"owner_id"_s).toString();
    if (owner.isEmpty())
        owner = context.userId;
    if (!reaches(type, context, owner))
        return rejected(m, u"records owned by someone outside your team cannot be created"_s);
    fields.insert(u"owner_id"_s, owner);
    QJsonObject meta;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        meta.insert(it.key(), stamp(context.sv, m.hlc, context.clientId));
    PushPlan plan = answered(m, MutationStatus::Applied, context.sv);
    plan.write = PushPlan::Write::Insert;
    plan.record = {owner, context.sv, false, fields, meta};
    return plan;
}

PushPlan stateChange(const Wire::Mutation& m, const HeldRecord& held, bool deleted, qint64 sv) {
    PushPlan plan = answered(m, MutationStatus::Applied, sv);
    plan.write = PushPlan::Write::SetState;
    plan.record = held;
    plan.record.deleted = deleted;
    plan.record.rowVersion = sv;
    return plan;
}

bool editedSince(const HeldRecord& held, qint64 rowVersion) {
    for (auto it = held.meta.constBegin(); it != held.meta.constEnd(); ++it)
        if (it->toObject().value(u"sv"_s).toInteger() > rowVersion)
            return true;
    return false;
}

PushPlan planDelete(const Wire::Mutation& m, const HeldRecord& held, qint64 sv) {
    if (held.deleted)
        return answered(m, MutationStatus::Applied, held.rowVersion);
    if (editedSince(held, m.baseRowVersion)) { // edit versus delete: the edit wins and the record stays
        PushPlan kept = answered(m, MutationStatus::Conflict, held.rowVersion,
                                 u"the record was edited on another device; it was not deleted"_s);
        kept.answer.conflictFields = {u"deleted"_s};
        return kept;
    }
    return stateChange(m, held, true, sv);
}

PushPlan planRestore(const Wire::Mutation& m, const HeldRecord& held, qint64 sv) {
    if (!held.deleted)
        return answered(m, MutationStatus::Applied, held.rowVersion);
    return stateChange(m, held, false, sv);
}

/// The fields of an update as they merge into the held record, one by one.
struct FieldsMerge {
    QJsonObject fields;
    QJsonObject meta;
    QStringList conflicts;
    QList<LostValue> lost;
    bool changed = false; ///< a value or its stamp changes: the record is written
    bool merged = false;  ///< a concurrent edit was merged or lost: the answer says Merged
};

/// One field of the change against the held one: taken as it is when the server's value is no
/// later than the change's base, else merged by the field's class.
FieldMergeResult mergeOne(const RecordType& type, const Wire::Mutation& m, qint64 base, const QString& key,
                          const QJsonValue& held, const QJsonObject& heldMeta) {
    const QJsonValue yours = m.fields.value(key);
    if (heldMeta.value(u"sv"_s).toInteger() <= base)
        return {yours == held ? Outcome::Unchanged : Outcome::Applied, yours, {}, m.hlc};
    const FieldSpec* field = type.field(key);
    return mergeField({field ? field->merge : MergeClass::Descriptive, orNull(m.base.value(key)), held,
                       heldMeta.value(u"hlc"_s).toString(), yours, m.hlc});
}

void take(FieldsMerge& merge, const QString& key, const FieldMergeResult& r, const QJsonObject& heldMeta,
          const Wire::Mutation& m, const PushContext& context) {
    switch (r.outcome) {
    case Outcome::Unchanged:
        break;
    case Outcome::Won:
        merge.lost.append({key, r.lost, heldMeta.value(u"hlc"_s).toString(), heldMeta.value(u"by"_s).toString()});
        merge.merged = true;
        [[fallthrough]];
    case Outcome::Applied:
    case Outcome::Merged:
        merge.merged = merge.merged || r.outcome == Outcome::Merged;
        merge.fields.insert(key, r.value);
        merge.meta.insert(key, stamp(context.sv, r.hlc, context.clientId));
        merge.changed = true;
        break;
    case Outcome::Lost:
        merge.lost.append({key, r.lost, m.hlc, context.clientId});
        merge.merged = true;
        break;
    case Outcome::Conflict:
        merge.conflicts.append(key);
        break;
    }
}

/// An update, or an insert of an id the server holds: then every held field is concurrent.
PushPlan planUpdate(const RecordType& type, const Wire::Mutation& m, const HeldRecord& held,
                    const PushContext& context) {
    const qint64 base = m.op == Wire::Op::Insert ? 0 : m.baseRowVersion;
    FieldsMerge merge{held.fields, held.meta, {}, {}, false, false};
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QJsonObject heldMeta = merge.meta.value(it.key()).toObject();
        const FieldMergeResult r = mergeOne(type, m, base, it.key(), orNull(merge.fields.value(it.key())), heldMeta);
        take(merge, it.key(), r, heldMeta, m, context);
    }
    const QString owner = merge.fields.value(u"owner_id"_s).toString();
    const bool ownerChanges = owner != held.ownerId && type.scope == RecordScope::Owner;
    if (ownerChanges && !context.inScope(owner))
        return rejected(m, u"the record cannot be given to someone outside your team"_s);
    const MutationStatus status = !merge.conflicts.isEmpty() ? MutationStatus::Conflict
                                  : merge.merged             ? MutationStatus::Merged
                                                             : MutationStatus::Applied;
    PushPlan plan = answered(m, status, merge.changed ? context.sv : held.rowVersion);
    plan.answer.conflictFields = merge.conflicts;
    if (ownerChanges)
        plan.formerOwner = held.ownerId;
    plan.lost = merge.lost;
    if (merge.changed) {
        plan.write = PushPlan::Write::Update;
        plan.record = {owner, context.sv, false, merge.fields, merge.meta};
    }
    return plan;
}

} // namespace

PushPlan planPush(const RecordType& type, const Wire::Mutation& m, const std::optional<HeldRecord>& held,
                  const PushContext& context) {
    if (m.op == Wire::Op::Insert && !held)
        return planInsert(type, m, context);
    if (!held || !reaches(type, context, held->ownerId))
        return rejected(m, u"the record does not exist or is outside your scope"_s);
    switch (m.op) {
    case Wire::Op::Delete:
        return planDelete(m, *held, context.sv);
    case Wire::Op::Restore:
        return planRestore(m, *held, context.sv);
    case Wire::Op::Insert:
    case Wire::Op::Update:
        break;
    }
    return planUpdate(type, m, *held, context);
}

} // namespace Fieldbook
