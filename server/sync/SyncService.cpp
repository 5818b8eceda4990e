#include "SyncService.h"

#include "protocol/PushPlan.h"
#include "protocol/RecordCheck.h"
#include "protocol/RecordType.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientStore.h"
#include "storage/MutationLedger.h"
#include "storage/RecordStore.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

using Wire::MutationResult;
using Wire::MutationStatus;

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

MutationResult rejected(const Wire::Mutation& m, QString message) {
    return {m.seq, m.mutationId, MutationStatus::Rejected, 0, {}, std::move(message)};
}

/// The milliseconds of a clock "<13 digits>-<4 hex digits>-<device>", or -1 when it is malformed.
/// The device part is up to 64 letters, digits and hyphens (empty in stores from before device ids): clocks are
/// compared as text, and a suffix of other characters ("\uffff") would win every tie.
qint64 clockMs(const QString& hlc) {
    static const QRegularExpression format(u"^[0-9]{13}-[0-9a-f]{4}-[0-9A-Za-z-]{0,64}$"_s);
    return format.match(hlc).hasMatch() ? hlc.left(13).toLongLong() : -1;
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

/// What one pull read, by change number, and where a list cut short by its row limit stopped:
/// nothing after that point is known yet.
struct PullRead {
    struct Item {
        qint64 key;
        Wire::Change change;
    };
    QList<Item> items;
    std::optional<qint64> boundary;

    /// Notes a list read with at most limit + 1 rows, its last row numbered `lastKey`.
    void noteList(qsizetype rows, qint64 lastKey, int limit) {
        if (rows > limit)
            boundary = boundary ? std::min(*boundary, lastKey) : lastKey;
    }

    /// The page of at most `limit` changes after `after`, oldest first (moves the changes into it).
    Wire::PullPage page(qint64 after, int limit) {
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
        Wire::PullPage page;
        qint64 position = after;
        for (Item& item : items) {
            if ((boundary && item.key > *boundary) || page.changes.size() == limit) {
                page.hasMore = true;
                break;
            }
            page.changes.append(std::move(item.change));
            position = item.key;
        }
        if (boundary) {
            page.hasMore = true;
            if (page.changes.size() < limit)
                position = std::max(position, *boundary); // all up to the boundary was read, for this user or not
        }
        page.nextCursor = cursorFor(position);
        return page;
    }
};

/// What the caller may read of a record of a shared type (RecordSharing): private records of others
/// and the team's records arrive as busy blocks.
void redact(Wire::Change& change, const Scope& scope) {
    const RecordType* type = RecordType::find(change.table);
    if (!type || type->sharing.busyFields.isEmpty() || change.deleted)
        return;
    const QString owner = change.fields.value(u"owner_id").toString();
    if (type->sharing.viewOf(change.fields, owner, scope.userId, scope.contains(owner)) == RecordSharing::View::Busy)
        change.fields = type->busyView(change.fields);
}

/// Whether the caller reads a record only because it belongs to a manager above them, and its fields
/// do not share it down (RecordSharing::downField): it is then sent as a revocation, so that a
/// record that stopped being shared leaves the reps' devices too.
bool notSharedDown(const Wire::Change& change, const Scope& scope) {
    const RecordType* type = RecordType::find(change.table);
    if (!type || type->sharing.downField.isEmpty())
        return false;
    const QString owner = change.fields.value(u"owner_id").toString();
    return !scope.contains(owner) && !type->sharing.readBelow(change.fields);
}

/// The records changed after `after` within `scope` and the revocations of those that left it,
/// each list at most limit + 1 rows.
Result<PullRead> readChanges(ChangeFeed& feed, const Scope& scope, qint64 after, int limit) {
    const OwnerFilter readers = scope.filter();
    PullRead read;
    auto records = feed.records(after, readers, limit + 1);
    if (!records)
        return std::unexpected(records.error());
    if (!records->isEmpty())
        read.noteList(records->size(), records->last().rowVersion, limit);
    for (Wire::Change& change : *records) {
        if (notSharedDown(change, scope))
            change = {Wire::Change::Kind::Revoke, change.table, change.id, change.rowVersion, false, {}};
        redact(change, scope);
        read.items.append({change.rowVersion, std::move(change)});
    }
    auto fromReaders = feed.readerRevocations(after, scope.userId, limit + 1);
    if (!fromReaders)
        return std::unexpected(fromReaders.error());
    if (!fromReaders->isEmpty())
        read.noteList(fromReaders->size(), fromReaders->last().change.rowVersion, limit);
    // A former reader keeps what the scope rule or the team still shows them (the record's change
    // at the same number brings its new view); the team sees only the types shown to it.
    for (Revocation& revocation : *fromReaders) {
        const RecordType* type = RecordType::find(revocation.change.table);
        const bool teamSees = type && !type->sharing.busyFields.isEmpty() && scope.team.contains(revocation.ownerNow);
        if (!scope.contains(revocation.ownerNow) && !teamSees)
            read.items.append({revocation.change.rowVersion, std::move(revocation.change)});
    }
    if (scope.everything)
        return read;
    auto revoked = feed.revocations(after, readers.owners, limit + 1);
    if (!revoked)
        return std::unexpected(revoked.error());
    if (!revoked->isEmpty())
        read.noteList(revoked->size(), revoked->last().change.rowVersion, limit);
    for (Revocation& revocation : *revoked)
        if (!scope.contains(revocation.ownerNow)) // else still visible through the new owner
            read.items.append({revocation.change.rowVersion, std::move(revocation.change)});
    return read;
}

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
    // One transaction for the whole request, its change numbers reserved at once: the counter's
    // row lock (PostgreSQL) or the write lock (SQLite) is taken once, and the request is stored
    // whole or not at all (the client sends it again; what was applied answers from the ledger).
    // The lock also serialises pushes across server processes, so what follows sees every ledger
    // entry committed before, and writes commit in change-number order. A duplicate or a gap
    // leaves its number unused, which pulls do not mind.
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (request.mutations.isEmpty())
            return {};
        auto first = m_db.reserveChangeSequences(int(request.mutations.size()));
        if (!first)
            return std::unexpected(first.error());
        qint64 sv = *first;
        for (const Wire::Mutation& m : request.mutations) {
            auto one = pushOne(caller, *scope, m, sv++, &outcome.expectedSeq);
            if (!one)
                return std::unexpected(one.error());
            if (!*one)
                break; // a gap: the client sends again from expectedSeq
            outcome.response.results.append(**one);
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return outcome;
}

Result<std::optional<MutationResult>> SyncService::pushOne(const Caller& caller, const Scope& scope,
                                                           const Wire::Mutation& m, qint64 sv,
                                                           std::optional<qint64>* expectedSeq) {
    MutationLedger ledger(m_db);
    auto last = deviceSequence(caller);
    if (!last)
        return std::unexpected(last.error());
    auto stored = storedAnswer(ledger, caller, m, *last);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return *stored; // a repeated delivery: the same answer, nothing applied twice
    if (m.seq != *last + 1) {
        *expectedSeq = *last + 1;
        return std::nullopt;
    }
    auto applied = apply(caller, scope, m, sv);
    if (!applied)
        return std::unexpected(applied.error());
    const QString json = compact(Wire::toJson(Wire::PushResponse{{*applied}}));
    if (auto r =
            ledger.record({caller.clientId, m.seq, m.mutationId, json.toUtf8()}, Wire::statusName(applied->status), sv);
        !r)
        return std::unexpected(r.error());
    return *applied;
}

Result<qint64> SyncService::deviceSequence(const Caller& caller) {
    ClientStore clients(m_db);
    auto client = clients.find(caller.clientId);
    if (!client)
        return std::unexpected(client.error());
    if (!*client) {
        if (auto added = clients.add(caller.clientId, caller.userId, m_clock()); !added)
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
            if (auto moved = ClientStore(m_db).advance(caller.clientId, m.seq); !moved)
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
    // Validate: the change against its type's declaration, the caller's rights and the clock ...
    if (const auto refusal = refusalOf(scope, m))
        return rejected(m, *refusal);
    const RecordType& type = *RecordType::find(m.table);
    RecordStore records(m_db);
    auto held = records.load(m.table, m.recordId);
    if (!held)
        return std::unexpected(held.error());
    // A record the caller receives as a busy block is not theirs to change.
    if (*held && !(*held)->deleted &&
        type.sharing.viewOf((*held)->fields, (*held)->ownerId, caller.userId, scope.contains((*held)->ownerId)) ==
            RecordSharing::View::Busy)
        return rejected(m, u"this is a private record of another user; only its owner can change it"_s);
    // ... and against the records its references name.
    auto unknown = unknownReference(records, type, m, *held);
    if (!unknown)
        return std::unexpected(unknown.error());
    if (*unknown)
        return rejected(m, **unknown);
    auto lending = lendingRefusal(records, scope, type, m, *held);
    if (!lending)
        return std::unexpected(lending.error());
    if (*lending)
        return rejected(m, **lending);
    // A record lent to the caller (RecordSharing::lends) is theirs to change, not to give away or delete.
    auto lentOwner = lentOwnerOf(records, scope, m, *held);
    if (!lentOwner)
        return std::unexpected(lentOwner.error());
    if (*lentOwner && (m.op == Wire::Op::Delete || m.op == Wire::Op::Restore ||
                       (m.fields.contains(u"owner_id") && m.fields.value(u"owner_id").toString() != **lentOwner)))
        return rejected(m, u"this record is lent to you by a call list entry: you can change its fields, "
                           u"but only its owner and their managers can delete it or give it to someone else"_s);
    // Plan: what the change does to the record, decided without storage.
    const PushPlan plan =
        planPush(type, m, *held, {sv, caller.userId, caller.clientId, [&scope, &lentOwner](const QString& ownerId) {
                                      return scope.contains(ownerId) || (*lentOwner && ownerId == **lentOwner);
                                  }});
    // Persist.
    if (auto saved = records.save(m.table, m.recordId, plan, sv); !saved)
        return std::unexpected(saved.error());
    return plan.answer;
}

Result<std::optional<QString>> SyncService::lentOwnerOf(RecordStore& records, const Scope& scope,
                                                        const Wire::Mutation& m,
                                                        const std::optional<HeldRecord>& held) {
    if (!held || scope.contains(held->ownerId))
        return std::optional<QString>();
    auto lent = records.isLent(m.table, m.recordId, scope.userId);
    if (!lent)
        return std::unexpected(lent.error());
    return *lent ? std::optional(held->ownerId) : std::nullopt;
}

Result<std::optional<QString>> SyncService::lendingRefusal(RecordStore& records, const Scope& scope,
                                                           const RecordType& type, const Wire::Mutation& m,
                                                           const std::optional<HeldRecord>& held) {
    // Only what starts a loan is checked: a new record, another record named, another owner.
    const bool newOwner =
        !held || (m.fields.contains(u"owner_id") && m.fields.value(u"owner_id").toString() != held->ownerId);
    for (const QString& field : type.sharing.lends) {
        const QJsonValue before = held ? held->fields.value(field) : QJsonValue();
        const QString target = (m.fields.contains(field) ? m.fields.value(field) : before).toString();
        if (target.isEmpty() || (!newOwner && target == before.toString()))
            continue;
        const FieldSpec* spec = type.field(field);
        const RecordType* lent = spec ? RecordType::find(spec->references) : nullptr;
        auto record = lent ? records.load(lent->table, target) : Result<std::optional<HeldRecord>>(std::nullopt);
        if (!record)
            return std::unexpected(record.error());
        if (!*record || scope.reaches(*lent, (*record)->ownerId))
            continue; // an unknown one is refused as such
        auto alreadyLent = records.isLent(lent->table, target, scope.userId);
        if (!alreadyLent)
            return std::unexpected(alreadyLent.error());
        if (!*alreadyLent)
            return std::optional<QString>(u"the value of %1 names a record outside your scope, which you cannot "
                                          u"lend to anyone"_s.arg(field));
    }
    return std::optional<QString>();
}

std::optional<QString> SyncService::refusalOf(const Scope& scope, const Wire::Mutation& m) const {
    const RecordType* type = RecordType::find(m.table);
    // The user directory belongs to the server: users are managed with `fieldbook-server user`.
    if (!type || m.table == u"users"_s)
        return u"records of type '%1' cannot be pushed"_s.arg(m.table);
    if (type->scope == RecordScope::Organisation && !scope.writesOrganisation)
        return u"only managers and admins can change the product catalogue and price lists"_s;
    if (type->managersOnly && !scope.writesOrganisation)
        return u"only managers and admins can change %1"_s.arg(m.table);
    const qint64 ms = clockMs(m.hlc);
    if (ms < 0)
        return u"the edit's clock '%1' is malformed"_s.arg(m.hlc);
    if (ms > m_clock() + kMaxClockAheadMs)
        return u"the device's clock is ahead of the server's by more than 5 minutes; correct it and edit again"_s;
    for (const QJsonObject* values : {&m.fields, &m.base})
        for (auto it = values->constBegin(); it != values->constEnd(); ++it)
            if (!type->field(it.key()))
                return u"'%1' is not a field of %2"_s.arg(it.key(), m.table);
    // Every value against the type's declaration: one bad value would otherwise stop every device's pull.
    if (const auto problem =
            m.op == Wire::Op::Insert ? RecordCheck::record(*type, m.fields) : RecordCheck::values(*type, m.fields))
        return u"the value of %1 is not valid: %2"_s.arg(problem->field, problem->problem);
    return std::nullopt;
}

Result<std::optional<QString>> SyncService::unknownReference(RecordStore& records, const RecordType& type,
                                                             const Wire::Mutation& m,
                                                             const std::optional<HeldRecord>& held) {
    // A reference must name a record the server holds: otherwise every colleague's client would
    // have to set the record aside (docs/sync-protocol.md, "Every value against its declaration").
    for (const NamedRecord& named : RecordCheck::references(type, m.fields, held ? held->fields : QJsonObject{})) {
        auto found = records.exists(named.table, named.id);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return u"the value of %1 names a record the server does not have: %2 '%3'"_s.arg(named.field, named.table,
                                                                                             named.id);
    }
    return std::nullopt;
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
    ChangeFeed feed(m_db);
    auto read = readChanges(feed, *scope, *after, limit);
    if (!read)
        return std::unexpected(read.error());
    Wire::PullPage page = read->page(*after, limit);
    if (*after == 0 && page.hasMore) {
        // The first page of a first sync says how much is coming, for the client's progress.
        auto total = feed.count(scope->filter());
        if (!total)
            return std::unexpected(total.error());
        page.total = *total;
    }
    return page;
}

} // namespace Fieldbook::Server
