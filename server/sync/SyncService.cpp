#include "SyncService.h"

#include "protocol/FieldMerge.h"
#include "protocol/RecordCheck.h"
#include "protocol/RecordType.h"
#include "storage/MutationLedger.h"
#include "storage/RecordStore.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

using Wire::MutationResult;
using Wire::MutationStatus;

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

MutationResult result(const Wire::Mutation& m, MutationStatus status, qint64 rowVersion, QString message = {}) {
    return {m.seq, m.mutationId, status, rowVersion, {}, std::move(message)};
}

/// The milliseconds of a clock "<13 digits>-<counter>-<device>", or -1 when it is malformed.
qint64 clockMs(const QString& hlc) {
    bool ok = false;
    const qint64 ms = hlc.left(13).toLongLong(&ok);
    return ok && hlc.size() > 14 && hlc.at(13) == u'-' ? ms : -1;
}

QJsonValue orNull(const QJsonValue& v) {
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

/// "v1:<sv>": opaque to clients, versioned so that its meaning can change.
QString cursorFor(qint64 sv) {
    return u"v1:%1"_s.arg(sv);
}

std::optional<qint64> parseCursor(const QString& cursor) {
    if (cursor.isEmpty())
        return 0;
    if (!cursor.startsWith(u"v1:"_s))
        return std::nullopt;
    bool ok = false;
    const qint64 sv = cursor.mid(3).toLongLong(&ok);
    return ok && sv >= 0 ? std::optional<qint64>(sv) : std::nullopt;
}

QString placeholders(qsizetype n) {
    QString marks;
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    return marks;
}

/// The quoted names of the organisation's record types, for `tbl IN (...)` (constant SQL).
QString organisationTables() {
    QStringList names;
    for (const RecordType* type : RecordType::all())
        if (type->scope == RecordScope::Organisation)
            names.append(u'\'' + type->table + u'\'');
    return names.join(u", "_s);
}

struct LostValue {
    QString field;
    QJsonValue value;
    QString hlc;
    QString byClient;
};

} // namespace

SyncService::SyncService(ServerDatabase& db, ClockFn clock)
    : m_db(db)
    , m_users(db)
    , m_clock(clock ? std::move(clock) : ClockFn([] { return QDateTime::currentMSecsSinceEpoch(); })) {}

Result<SyncService::PushOutcome> SyncService::push(const Caller& caller, const Wire::PushRequest& request) {
    if (request.clientId != caller.clientId)
        return fail(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("SyncService", "The push names another device than the sign-in."));
    auto scope = m_users.scopeOf(caller.userId);
    if (!scope)
        return fail(ErrorCode::PermissionDenied, scope.error().message);
    PushOutcome outcome;
    for (const Wire::Mutation& m : request.mutations) {
        auto one = pushOne(caller, *scope, m, &outcome.expectedSeq);
        if (!one)
            return std::unexpected(one.error());
        if (!*one)
            break; // a gap: the client sends again from expectedSeq
        outcome.response.results.append(**one);
    }
    return outcome;
}

Result<std::optional<MutationResult>> SyncService::pushOne(const Caller& caller, const Scope& scope,
                                                           const Wire::Mutation& m,
                                                           std::optional<qint64>* expectedSeq) {
    std::optional<MutationResult> answer;
    auto ok = m_db.transaction([&]() -> Result<void> {
        // The change sequence first: its row lock (PostgreSQL) serialises pushes across server
        // processes, so what follows sees every ledger entry committed before, and writes commit in
        // sv order. A duplicate or a gap leaves its number unused, which pulls do not mind.
        auto sv = m_db.nextChangeSequence();
        if (!sv)
            return std::unexpected(sv.error());
        MutationLedger ledger(m_db);
        auto last = deviceSequence(ledger, caller);
        if (!last)
            return std::unexpected(last.error());
        auto stored = storedAnswer(ledger, caller, m, *last);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored) {
            answer = **stored; // a repeated delivery: the same answer, nothing applied twice
            return {};
        }
        if (m.seq != *last + 1) {
            *expectedSeq = *last + 1;
            return {};
        }
        auto applied = apply(caller, scope, m, *sv);
        if (!applied)
            return std::unexpected(applied.error());
        const QString json = compact(Wire::toJson(Wire::PushResponse{{*applied}}));
        if (auto r = ledger.record({caller.clientId, m.seq, m.mutationId, json.toUtf8()},
                                   Wire::statusName(applied->status), *sv);
            !r)
            return std::unexpected(r.error());
        answer = *applied;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return answer;
}

Result<qint64> SyncService::deviceSequence(MutationLedger& ledger, const Caller& caller) {
    auto client = ledger.client(caller.clientId);
    if (!client)
        return std::unexpected(client.error());
    if (!*client) {
        if (auto added = ledger.addClient(caller.clientId, caller.userId, m_clock()); !added)
            return std::unexpected(added.error());
        return 0;
    }
    if ((*client)->userId != caller.userId || (*client)->revoked)
        return fail(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("SyncService", "This device was revoked or belongs to "
                                                               "another user; sign in again."));
    return (*client)->lastSeq;
}

Result<std::optional<MutationResult>> SyncService::storedAnswer(MutationLedger& ledger, const Caller& caller,
                                                                const Wire::Mutation& m, qint64 last) {
    auto atSeq = ledger.entryAt(caller.clientId, m.seq);
    if (!atSeq)
        return std::unexpected(atSeq.error());
    if (*atSeq && (*atSeq)->mutationId != m.mutationId)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("SyncService", "Mutation %1 reuses the sequence number %2 of mutation %3.")
                .arg(m.mutationId)
                .arg(m.seq)
                .arg((*atSeq)->mutationId));
    std::optional<LedgerEntry> entry = *atSeq;
    if (!entry) {
        // The same change under another client id: a device that registered again (another
        // address of this server, another sign-in) sends what the server already has. It gets the
        // answer given then, and its own sequence moves on past it.
        auto sameId = ledger.entryOf(m.mutationId);
        if (!sameId)
            return std::unexpected(sameId.error());
        if (!*sameId || m.seq > last + 1)
            return std::optional<MutationResult>{}; // new, or after a gap
        if (m.seq == last + 1)
            if (auto moved = ledger.advance(caller.clientId, m.seq); !moved)
                return std::unexpected(moved.error());
        entry = *sameId;
    }
    auto stored = Wire::parsePushResponse(entry->result, Wire::Limits{});
    if (!stored || stored->results.size() != 1)
        return fail(ErrorCode::Database, QCoreApplication::translate("SyncService", "The mutation ledger is damaged."));
    MutationResult result = stored->results.first();
    result.seq = m.seq; // numbered as this device numbers it
    return std::optional<MutationResult>(result);
}

Result<MutationResult> SyncService::apply(const Caller& caller, const Scope& scope, const Wire::Mutation& m,
                                          qint64 sv) {
    const RecordType* type = RecordType::find(m.table);
    // The user directory belongs to the server: users are managed with `fieldbook-server user`.
    if (!type || m.table == u"users"_s)
        return result(m, MutationStatus::Rejected, 0, u"records of type '%1' cannot be pushed"_s.arg(m.table));
    if (type->scope == RecordScope::Organisation && !scope.writesOrganisation)
        return result(m, MutationStatus::Rejected, 0,
                      u"only managers and admins can change the product catalogue and price lists"_s);
    const qint64 ms = clockMs(m.hlc);
    if (ms < 0)
        return result(m, MutationStatus::Rejected, 0, u"the edit's clock '%1' is malformed"_s.arg(m.hlc));
    if (ms > m_clock() + kMaxClockAheadMs)
        return result(m, MutationStatus::Rejected, 0,
                      u"the device's clock is ahead of the server's by more than 5 minutes; correct it and "
                      u"edit again"_s);
    for (const QJsonObject* values : {&m.fields, &m.base})
        for (auto it = values->constBegin(); it != values->constEnd(); ++it)
            if (!type->field(it.key()))
                return result(m, MutationStatus::Rejected, 0, u"'%1' is not a field of %2"_s.arg(it.key(), m.table));
    // Every value against the type's declaration: one bad value would otherwise stop every device's pull.
    if (const auto problem =
            m.op == Wire::Op::Insert ? RecordCheck::record(*type, m.fields) : RecordCheck::values(*type, m.fields))
        return result(m, MutationStatus::Rejected, 0,
                      u"the value of %1 is not valid: %2"_s.arg(problem->field, problem->problem));

    RecordStore records(m_db);
    auto loaded = records.load(m.table, m.recordId);
    if (!loaded)
        return std::unexpected(loaded.error());
    const std::optional<StoredRecord> stored = *loaded;
    // A reference must name a record the server holds: otherwise every colleague's client would
    // have to set the record aside (docs/sync-protocol.md, "Value checks").
    for (const NamedRecord& named : RecordCheck::references(*type, m.fields, stored ? stored->fields : QJsonObject{})) {
        auto found = records.exists(named.table, named.id);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return result(m, MutationStatus::Rejected, 0,
                          u"the value of %1 names a record the server does not have: %2 '%3'"_s.arg(
                              named.field, named.table, named.id));
    }
    const QJsonObject stamp{{u"sv"_s, sv}, {u"hlc"_s, m.hlc}, {u"by"_s, caller.clientId}};

    if (m.op == Wire::Op::Insert && !stored) {
        QJsonObject fields = m.fields;
        QString owner = fields.value(u"owner_id"_s).toString();
        if (owner.isEmpty())
            owner = caller.userId;
        if (!scope.reaches(*type, owner))
            return result(m, MutationStatus::Rejected, 0,
                          u"records owned by someone outside your team cannot be created"_s);
        fields.insert(u"owner_id"_s, owner);
        QJsonObject meta;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            meta.insert(it.key(), stamp);
        auto q = m_db.run(u"INSERT INTO records (tbl, id, owner_id, row_version, deleted, fields, meta) "
                          u"VALUES (?, ?, ?, ?, 0, ?, ?)"_s,
                          {m.table, m.recordId, owner, sv, compact(fields), compact(meta)});
        if (!q)
            return std::unexpected(q.error());
        return result(m, MutationStatus::Applied, sv);
    }
    if (!stored || !scope.reaches(*type, stored->ownerId))
        return result(m, MutationStatus::Rejected, 0, u"the record does not exist or is outside your scope"_s);

    auto editedSinceBase = [&] {
        for (auto it = stored->meta.constBegin(); it != stored->meta.constEnd(); ++it)
            if (it->toObject().value(u"sv"_s).toInteger() > m.baseRowVersion)
                return true;
        return false;
    };
    auto writeState = [&](bool deleted) -> Result<void> {
        auto q = m_db.run(u"UPDATE records SET deleted = ?, row_version = ? WHERE tbl = ? AND id = ?"_s,
                          {deleted ? 1 : 0, sv, m.table, m.recordId});
        if (!q)
            return std::unexpected(q.error());
        return {};
    };
    if (m.op == Wire::Op::Delete) {
        if (stored->deleted)
            return result(m, MutationStatus::Applied, stored->rowVersion);
        if (editedSinceBase()) { // edit versus delete: the edit wins and the record stays
            MutationResult kept = result(m, MutationStatus::Conflict, stored->rowVersion,
                                         u"the record was edited on another device; it was not deleted"_s);
            kept.conflictFields = {u"deleted"_s};
            return kept;
        }
        if (auto ok = writeState(true); !ok)
            return std::unexpected(ok.error());
        return result(m, MutationStatus::Applied, sv);
    }
    if (m.op == Wire::Op::Restore) {
        if (!stored->deleted)
            return result(m, MutationStatus::Applied, stored->rowVersion);
        if (auto ok = writeState(false); !ok)
            return std::unexpected(ok.error());
        return result(m, MutationStatus::Applied, sv);
    }

    // An update (or an insert of an id the server has: then every server field is concurrent).
    const qint64 base = m.op == Wire::Op::Insert ? 0 : m.baseRowVersion;
    QJsonObject fields = stored->fields;
    QJsonObject meta = stored->meta;
    QStringList conflicts;
    QList<LostValue> lost;
    bool changed = false;
    bool merged = false;
    for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
        const QString& key = it.key();
        const QJsonObject fieldMeta = meta.value(key).toObject();
        FieldMergeResult r;
        if (fieldMeta.value(u"sv"_s).toInteger() <= base) {
            r = {*it == orNull(fields.value(key)) ? FieldMergeResult::Outcome::Unchanged
                                                  : FieldMergeResult::Outcome::Applied,
                 *it,
                 {},
                 m.hlc};
        } else {
            r = mergeField({type->field(key)->merge, orNull(m.base.value(key)), orNull(fields.value(key)),
                            fieldMeta.value(u"hlc"_s).toString(), *it, m.hlc});
        }
        using Outcome = FieldMergeResult::Outcome;
        switch (r.outcome) {
        case Outcome::Unchanged:
            break;
        case Outcome::Won:
            lost.append({key, r.lost, fieldMeta.value(u"hlc"_s).toString(), fieldMeta.value(u"by"_s).toString()});
            merged = true;
            [[fallthrough]];
        case Outcome::Applied:
        case Outcome::Merged:
            merged = merged || r.outcome == Outcome::Merged;
            fields.insert(key, r.value);
            meta.insert(key, QJsonObject{{u"sv"_s, sv}, {u"hlc"_s, r.hlc}, {u"by"_s, caller.clientId}});
            changed = true;
            break;
        case Outcome::Lost:
            lost.append({key, r.lost, m.hlc, caller.clientId});
            merged = true;
            break;
        case Outcome::Conflict:
            conflicts.append(key);
            break;
        }
    }
    const QString newOwner = fields.value(u"owner_id"_s).toString();
    if (newOwner != stored->ownerId && type->scope == RecordScope::Owner) {
        if (!scope.contains(newOwner))
            return result(m, MutationStatus::Rejected, 0, u"the record cannot be given to someone outside your team"_s);
        auto q = m_db.run(u"INSERT INTO revocations (sv, tbl, id, former_owner_id) VALUES (?, ?, ?, ?)"_s,
                          {sv, m.table, m.recordId, stored->ownerId});
        if (!q)
            return std::unexpected(q.error());
    }
    for (const LostValue& v : std::as_const(lost)) {
        auto q =
            m_db.run(u"INSERT INTO field_history (sv, tbl, id, field, value, hlc, by_client) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {sv, m.table, m.recordId, v.field, compact(QJsonObject{{u"v"_s, v.value}}), v.hlc, v.byClient});
        if (!q)
            return std::unexpected(q.error());
    }
    qint64 rowVersion = stored->rowVersion;
    if (changed) {
        // Edit versus delete: the edit wins and the record is restored.
        auto q = m_db.run(u"UPDATE records SET owner_id = ?, row_version = ?, deleted = 0, fields = ?, meta = ? "
                          u"WHERE tbl = ? AND id = ?"_s,
                          {newOwner, sv, compact(fields), compact(meta), m.table, m.recordId});
        if (!q)
            return std::unexpected(q.error());
        rowVersion = sv;
    }
    MutationResult r = result(
        m, conflicts.isEmpty() ? (merged ? MutationStatus::Merged : MutationStatus::Applied) : MutationStatus::Conflict,
        rowVersion);
    r.conflictFields = conflicts;
    return r;
}

Result<Wire::PullPage> SyncService::pull(const Caller& caller, const QString& cursor, int limit) {
    auto scope = m_users.scopeOf(caller.userId);
    if (!scope)
        return fail(ErrorCode::PermissionDenied, scope.error().message);
    const auto after = parseCursor(cursor);
    if (!after)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("SyncService", "The sync position '%1' is not one this server gave.")
                        .arg(cursor));
    limit = std::clamp(limit, 1, Wire::Limits{}.maxPullLimit);
    const QList<QString> owners(scope->owners.cbegin(), scope->owners.cend());
    QVariantList ownerValues(owners.cbegin(), owners.cend());

    struct Item {
        qint64 key;
        Wire::Change change;
    };
    QList<Item> items;
    std::optional<qint64> boundary; ///< the last key read of a list cut by LIMIT: nothing after it is known

    // Reads one list of at most limit + 1 rows in key order; `change` makes the item of a row (or
    // nothing, for a row that is not for this caller). A list cut by LIMIT moves the boundary.
    auto readList = [&](const QString& sql, const QVariantList& values, int keyColumn,
                        const std::function<std::optional<Wire::Change>(const QSqlQuery&)>& change) -> Result<void> {
        auto q = m_db.run(sql, values);
        if (!q)
            return std::unexpected(q.error());
        int read = 0;
        qint64 lastKey = 0;
        while ((*q)->next()) {
            ++read;
            lastKey = (*q)->value(keyColumn).toLongLong();
            if (auto c = change(**q))
                items.append({lastKey, std::move(*c)});
        }
        (*q)->finish();
        if (read > limit)
            boundary = boundary ? std::min(*boundary, lastKey) : lastKey;
        return {};
    };

    QString recordsSql = u"SELECT tbl, id, row_version, deleted, fields FROM records WHERE row_version > ?"_s;
    QVariantList recordValues{*after};
    if (!scope->everything) {
        recordsSql += u" AND (owner_id IN ("_s + placeholders(owners.size()) + u") OR tbl IN ("_s +
                      organisationTables() + u"))"_s;
        recordValues += ownerValues;
    }
    recordsSql += u" ORDER BY row_version LIMIT ?"_s;
    recordValues.append(limit + 1);
    if (auto ok = readList(recordsSql, recordValues, 2,
                           [](const QSqlQuery& r) -> std::optional<Wire::Change> {
                               return Wire::Change{Wire::Change::Kind::Upsert, r.value(0).toString(),
                                                   r.value(1).toString(),      r.value(2).toLongLong(),
                                                   r.value(3).toInt() != 0,    parseObject(r.value(4).toString())};
                           });
        !ok)
        return std::unexpected(ok.error());
    if (!scope->everything) {
        auto ok = readList(u"SELECT v.sv, v.tbl, v.id, r.owner_id FROM revocations v LEFT JOIN records r "
                           u"ON r.tbl = v.tbl AND r.id = v.id WHERE v.sv > ? AND v.former_owner_id IN ("_s +
                               placeholders(owners.size()) + u") ORDER BY v.sv LIMIT ?"_s,
                           QVariantList{*after} + ownerValues + QVariantList{limit + 1}, 0,
                           [&](const QSqlQuery& r) -> std::optional<Wire::Change> {
                               if (scope->contains(r.value(3).toString()))
                                   return std::nullopt; // still visible through the new owner
                               return Wire::Change{Wire::Change::Kind::Revoke,
                                                   r.value(1).toString(),
                                                   r.value(2).toString(),
                                                   r.value(0).toLongLong(),
                                                   false,
                                                   {}};
                           });
        if (!ok)
            return std::unexpected(ok.error());
    }

    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    Wire::PullPage page;
    qint64 position = *after;
    for (const Item& item : std::as_const(items)) {
        if ((boundary && item.key > *boundary) || page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        page.changes.append(item.change);
        position = item.key;
    }
    if (boundary) {
        page.hasMore = true;
        if (page.changes.size() < limit)
            position = std::max(position, *boundary); // all up to the boundary was read, for this user or not
    }
    page.nextCursor = cursorFor(position);
    if (*after == 0 && page.hasMore) {
        // The first page of a first sync says how much is coming, for the client's progress.
        QString countSql = u"SELECT count(*) FROM records"_s;
        if (!scope->everything)
            countSql += u" WHERE owner_id IN ("_s + placeholders(owners.size()) + u") OR tbl IN ("_s +
                        organisationTables() + u')';
        auto total = m_db.scalar(countSql, scope->everything ? QVariantList{} : ownerValues);
        if (!total)
            return std::unexpected(total.error());
        page.total = total->toLongLong();
    }
    return page;
}

} // namespace Fieldbook::Server
