#include "CallListRepository.h"

#include "UserRepository.h"
#include "common/Uuid7.h"
#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/SqlConnection.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordRows.h"
#include "store/write/RecordWriter.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kMaxAttempts = 20;
constexpr int kMaxRetryMinutes = 60 * 24 * 30;

const RecordType& listType() {
    return RecordType::callLists();
}

const RecordType& entryType() {
    return RecordType::callListEntries();
}

CallList toList(const RecordRow& r) {
    return {.id = r.id(),
            .name = r.text(u"name"),
            .source = parseCallListSource(r.text(u"source")).value_or(CallListSource::Contacts),
            .filter = r.text(u"filter"),
            .priority = int(r.integer(u"priority")),
            .retryMinutes = int(r.integer(u"retry_minutes")),
            .maxAttempts = int(r.integer(u"max_attempts")),
            .script = r.text(u"script"),
            .team = r.text(u"audience") != u"owner"_s,
            .closed = r.flag(u"closed"),
            .reps = FieldCodec::decodeTags(r.text(u"reps")),
            .ownerId = r.text(u"owner_id")};
}

CallListEntry toEntry(const RecordRow& r) {
    return {.id = r.id(),
            .listId = r.text(u"list_id"),
            .contactId = r.text(u"contact_id"),
            .leadId = r.text(u"lead_id"),
            .accountId = r.text(u"account_id"),
            .name = r.text(u"name"),
            .phone = r.text(u"phone"),
            .priority = int(r.integer(u"priority")),
            .status = parseCallEntryStatus(r.text(u"status")),
            .attempts = int(r.integer(u"attempts")),
            .lastCalledAt = r.integer(u"last_called_at"),
            .retryAt = r.integer(u"retry_at"),
            .callbackAt = r.integer(u"callback_at"),
            .lastOutcome = r.text(u"last_outcome"),
            .ownerId = r.text(u"owner_id")};
}

QVariantList listValues(const CallList& l) {
    RecordValues v(listType());
    v.set(u"name", l.name)
        .set(u"source", callListSourceKey(l.source))
        .set(u"filter", l.filter.isEmpty() ? u"{}"_s : l.filter)
        .set(u"priority", l.priority)
        .set(u"retry_minutes", l.retryMinutes)
        .set(u"max_attempts", l.maxAttempts)
        .set(u"script", l.script)
        .set(u"audience", l.team ? u"team"_s : u"owner"_s)
        .set(u"closed", l.closed)
        .set(u"reps", FieldCodec::encode(l.reps))
        .reference(u"owner_id", l.ownerId);
    return v.list();
}

QVariantList entryValues(const CallListEntry& e) {
    RecordValues v(entryType());
    v.reference(u"list_id", e.listId)
        .reference(u"contact_id", e.contactId)
        .reference(u"lead_id", e.leadId)
        .reference(u"account_id", e.accountId)
        .set(u"name", e.name)
        .set(u"phone", e.phone)
        .set(u"priority", e.priority)
        .set(u"status", callEntryStatusKey(e.status))
        .set(u"attempts", e.attempts)
        .set(u"last_called_at", e.lastCalledAt)
        .set(u"retry_at", e.retryAt)
        .set(u"callback_at", e.callbackAt)
        .set(u"last_outcome", e.lastOutcome)
        .reference(u"owner_id", e.ownerId);
    return v.list();
}

/// The first entry `sql` (a WHERE/ORDER clause over call_list_entries) selects, if any.
Result<std::optional<CallListEntry>> firstEntry(Database& db, const QString& sql, const QVariantList& values) {
    auto found = listOf<CallListEntry>(db, entryType(), sql + u" LIMIT 1"_s, values, u"read the call queue"_s, toEntry);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

} // namespace

CallListRepository::CallListRepository(Database& db)
    : m_db(db) {}

Result<CallList> CallListRepository::save(CallList list) {
    list.name = list.name.trimmed();
    if (list.name.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A call list needs a name."));
    if (list.maxAttempts < 1 || list.maxAttempts > kMaxAttempts)
        return fail(ErrorCode::InvalidInput, tr("A list allows from 1 to %1 calls per number.").arg(kMaxAttempts));
    if (list.retryMinutes < 0 || list.retryMinutes > kMaxRetryMinutes)
        return fail(ErrorCode::InvalidInput, tr("The delay before calling again is from 0 minutes to 30 days."));
    if (list.ownerId.isEmpty())
        list.ownerId = m_db.localUserId();
    const bool isNew = list.id.isEmpty();
    if (isNew)
        list.id = createUuid7();
    auto ok = m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, listType());
        auto previous = isNew ? Result<std::optional<StoredRecord>>(std::nullopt) : writer.load(list.id);
        if (!previous)
            return std::unexpected(previous.error());
        auto saved = writer.save(list.id, listValues(list), *previous);
        return saved ? Result<void>() : std::unexpected(saved.error());
    });
    if (!ok)
        return std::unexpected(ok.error());
    return list;
}

Result<std::optional<CallList>> CallListRepository::list(const QString& id) const {
    auto found =
        listOf<CallList>(m_db, listType(), u"WHERE id = ? AND deleted = 0"_s, {id}, u"read a call list"_s, toList);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<CallList>> CallListRepository::lists() const {
    return listOf<CallList>(m_db, listType(), u"WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"_s, {},
                            u"list call lists"_s, toList);
}

Result<CallList> CallListRepository::find(const QString& nameOrId) const {
    auto all = lists();
    if (!all)
        return std::unexpected(all.error());
    for (const CallList& l : std::as_const(*all))
        if (l.id == nameOrId || l.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return l;
    return fail(ErrorCode::NotFound, tr("There is no call list '%1'.").arg(nameOrId));
}

Result<void> CallListRepository::remove(const QString& id) {
    auto all = entries(id);
    if (!all)
        return std::unexpected(all.error());
    return m_db.transaction([&]() -> Result<void> {
        for (const CallListEntry& e : std::as_const(*all))
            if (auto ok = setRecordDeleted(m_db, entryType(), e.id, true); !ok)
                return ok;
        return setRecordDeleted(m_db, listType(), id, true);
    });
}

Result<void> CallListRepository::add(const QString& listId, QList<CallListEntry> entries) {
    auto owner = list(listId);
    if (!owner)
        return std::unexpected(owner.error());
    if (!*owner)
        return fail(ErrorCode::NotFound, tr("The call list no longer exists."));
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, entryType());
        for (CallListEntry& e : entries) {
            e.id = createUuid7();
            e.listId = listId;
            if (e.ownerId.isEmpty())
                e.ownerId = (*owner)->ownerId;
            if (auto saved = writer.save(e.id, entryValues(e), std::nullopt); !saved)
                return std::unexpected(saved.error());
        }
        return refreshReps({listId});
    });
}

Result<std::optional<CallListEntry>> CallListRepository::entry(const QString& id) const {
    return firstEntry(m_db, u"WHERE id = ? AND deleted = 0"_s, {id});
}

Result<QList<CallListEntry>> CallListRepository::entries(const QString& listId) const {
    return listOf<CallListEntry>(m_db, entryType(), u"WHERE list_id = ? AND deleted = 0 ORDER BY rid"_s, {listId},
                                 u"list call list entries"_s, toEntry);
}

Result<QList<CallListEntry>> CallListRepository::openWithPhone(const QString& phone) const {
    return listOf<CallListEntry>(m_db, entryType(),
                                 u"WHERE phone = ? AND deleted = 0 AND status = 'open' ORDER BY rid"_s, {phone},
                                 u"find a number's call list entries"_s, toEntry);
}

Result<void> CallListRepository::update(const CallListEntry& entry) {
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, entryType());
        auto previous = writer.load(entry.id);
        if (!previous)
            return std::unexpected(previous.error());
        if (!*previous || (*previous)->deleted)
            return fail(ErrorCode::NotFound, tr("The call list entry no longer exists."));
        auto saved = writer.save(entry.id, entryValues(entry), *previous);
        return saved ? Result<void>() : std::unexpected(saved.error());
    });
}

Result<std::optional<CallListEntry>> CallListRepository::next(const QString& userId, qint64 now,
                                                              const QString& onlyList) const {
    const QString only = onlyList.isNull() ? u""_s : onlyList; // a null QString would bind as NULL
    // Due callbacks first, earliest first; a callback of a closed list waits with its list.
    auto callback =
        firstEntry(m_db,
                   u"INDEXED BY call_list_entries_callbacks WHERE owner_id = ? AND deleted = 0 AND status = 'open' "
                   u"AND callback_at > 0 AND callback_at <= ? AND list_id IN "
                   u"(SELECT id FROM call_lists WHERE deleted = 0 AND closed = 0 AND (? = '' OR id = ?)) "
                   u"ORDER BY callback_at, id"_s,
                   {userId, now, only, only});
    if (!callback || *callback)
        return callback;
    // Then list by list, the highest priority first: each a short walk of call_list_entries_next.
    QStringList lists;
    auto read = m_db.connection().eachRow(
        u"SELECT id FROM call_lists WHERE deleted = 0 AND closed = 0 AND (? = '' OR id = ?) "
        u"ORDER BY priority DESC, name, id"_s,
        {only, only}, u"read the call queue"_s, [&](const SqlRow& row) { lists.append(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    for (const QString& listId : std::as_const(lists)) {
        auto found = firstEntry(m_db,
                                u"INDEXED BY call_list_entries_next WHERE owner_id = ? AND list_id = ? AND deleted = 0 "
                                u"AND status = 'open' AND callback_at = 0 AND retry_at <= ? "
                                u"ORDER BY priority DESC, last_called_at, id"_s,
                                {userId, listId, now});
        if (!found || *found)
            return found;
    }
    return std::optional<CallListEntry>();
}

Result<void> CallListRepository::checkAssignee(const QString& userId) const {
    auto user = UserRepository(m_db).get(userId);
    return user ? Result<void>() : std::unexpected(user.error());
}

Result<int> CallListRepository::assignRoundRobin(const QString& listId, const QStringList& users) {
    if (users.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Name at least one person to assign the list to."));
    for (const QString& u : users)
        if (auto ok = checkAssignee(u); !ok)
            return std::unexpected(ok.error());
    auto all = entries(listId);
    if (!all)
        return std::unexpected(all.error());
    // The entries as just read, each written once: no reading again or checking the user per entry.
    int assigned = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        for (CallListEntry& e : *all) {
            if (e.status != CallEntryStatus::Open)
                continue;
            const QString& user = users[assigned++ % users.size()];
            if (e.ownerId == user)
                continue;
            e.ownerId = user;
            if (auto saved = update(e); !saved)
                return saved;
        }
        return refreshReps({listId});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return assigned;
}

Result<int> CallListRepository::assign(const QStringList& ids, const QString& userId) {
    if (auto ok = checkAssignee(userId); !ok)
        return std::unexpected(ok.error());
    int changed = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        QStringList lists;
        for (const QString& id : ids) {
            auto e = entry(id);
            if (!e)
                return std::unexpected(e.error());
            if (!*e || (*e)->ownerId == userId)
                continue;
            (*e)->ownerId = userId;
            if (auto saved = update(**e); !saved)
                return saved;
            if (!lists.contains((*e)->listId))
                lists.append((*e)->listId);
            ++changed;
        }
        return refreshReps(lists);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return changed;
}

Result<int> CallListRepository::moveOpen(const QString& listId, const QString& fromUser, int count,
                                         const QString& toUser) {
    if (auto ok = checkAssignee(toUser); !ok)
        return std::unexpected(ok.error());
    auto all = entries(listId);
    if (!all)
        return std::unexpected(all.error());
    int moved = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        for (CallListEntry& e : *all) {
            if (moved == count)
                break;
            if (e.status != CallEntryStatus::Open || e.ownerId != fromUser)
                continue;
            e.ownerId = toUser;
            if (auto saved = update(e); !saved)
                return saved;
            ++moved;
        }
        return refreshReps({listId});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return moved;
}

Result<void> CallListRepository::refreshReps(const QStringList& listIds) {
    for (const QString& listId : listIds) {
        QStringList reps;
        auto read = m_db.connection().eachRow(
            u"SELECT DISTINCT owner_id FROM call_list_entries WHERE list_id = ? AND deleted = 0 "
            u"AND status = 'open' AND owner_id IS NOT NULL ORDER BY owner_id"_s,
            {listId}, u"read who works a call list"_s, [&](const SqlRow& row) { reps.append(row.text(0)); });
        if (!read)
            return read;
        auto current = list(listId);
        if (!current)
            return std::unexpected(current.error());
        if (!*current || (*current)->reps == reps)
            continue;
        (*current)->reps = reps;
        if (auto saved = save(**current); !saved)
            return std::unexpected(saved.error());
    }
    return {};
}

} // namespace Fieldbook
