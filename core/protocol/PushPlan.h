#pragma once

#include "RecordType.h"
#include "WireFormat.h"

#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace Fieldbook {

/// One record as the server holds it: its fields and, per field, when and by whom it was last set.
struct HeldRecord {
    QString ownerId;
    qint64 rowVersion = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject meta; ///< per field: {"sv": server version, "hlc": the edit's clock, "by": device}
};

/// A value that lost to a concurrent edit, kept in the record's field history.
struct LostValue {
    QString field;
    QJsonValue value;
    QString hlc;      ///< the clock of the edit that set the value
    QString byClient; ///< the device that set it
};

/// Who pushes a change, and the number the server's change sequence gives it.
struct PushContext {
    qint64 sv = 0;
    QString userId;   ///< owns a new record that names no owner
    QString clientId; ///< stamped on every field the change sets
    /// Whether the pusher's scope holds the records of `ownerId` (records of an owner-scoped type).
    std::function<bool(const QString& ownerId)> inScope;
};

/// What one pushed change does (docs/server.md, "Push"): the answer the device gets and what the
/// server writes. `record` is the record afterwards, stamped with the change's sv.
struct PushPlan {
    enum class Write {
        Nothing,
        Insert,   ///< `record` is new
        SetState, ///< a delete or a restore: only `record.deleted` and its row version change
        Update,   ///< `record` replaces the held one, deleted or not (an edit wins over a delete)
    };
    Wire::MutationResult answer;
    Write write = Write::Nothing;
    HeldRecord record;
    std::optional<QString> formerOwner; ///< the owner the record leaves: their devices pull a revocation
    QList<LostValue> lost;              ///< values that lost to a concurrent edit
};

/// Plans the change `m`, whose values were checked against `type` (RecordCheck), against the
/// record the server holds (`held`, nullopt when it never held one): the owner rule of the
/// pusher's scope, edit versus delete, and the per-field merge of FieldMerge. Pure: no storage.
[[nodiscard]] PushPlan planPush(const RecordType& type, const Wire::Mutation& m, const std::optional<HeldRecord>& held,
                                const PushContext& context);

} // namespace Fieldbook
