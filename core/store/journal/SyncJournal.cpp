#include "SyncJournal.h"

#include "store/db/Database.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "common/ServerAddress.h"
#include "common/Uuid7.h"
#include "protocol/RecordType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kKeepAcknowledgedMs = 30LL * 24 * 60 * 60 * 1000;
constexpr int kKeepLogLines = 2000;
constexpr auto kServerIdSetting = "sync.server_id";

bool isSameServer(const SyncState& known, const QString& serverUrl, const QString& serverId) {
    if (!known.serverId.isEmpty() && !serverId.isEmpty())
        return known.serverId == serverId;
    return ServerAddress::same(known.serverUrl, serverUrl);
}

/// A conflict's value as stored: compact JSON text, or SQL NULL when the side has none.
QVariant jsonText(const QJsonValue& value) {
    if (value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    return RecordWriter::jsonText(value);
}

QList<OutboxEntry> readEntries(QSqlQuery& q) {
    QList<OutboxEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(),
                     QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object(), q.value(8).toString(),
                     q.value(9).toString()});
    q.finish();
    return list;
}

} // namespace

SyncJournal::SyncJournal(Database& db)
    : m_db(db) {}

Result<std::optional<SyncState>> SyncJournal::state() const {
    auto row = m_db.connection().firstRow(
        u"SELECT client_id, server_url, user_name, user_id, pull_cursor, seq_base, skew_ms, last_sync_at, last_error "
        u"FROM sync_state WHERE id = 1"_s,
        {}, u"read sync state"_s);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncState>{};
    const QVariantList& v = **row;
    return std::optional<SyncState>(SyncState{v.at(0).toString(), v.at(1).toString(), v.at(2).toString(),
                                              v.at(3).toString(), v.at(4).toString(), v.at(5).toLongLong(),
                                              v.at(6).toLongLong(), v.at(7).toLongLong(), v.at(8).toString(),
                                              m_db.setting(QString::fromLatin1(kServerIdSetting))});
}

Result<SyncState> SyncJournal::connect(const QString& serverUrl, const QString& serverId, const QString& userName) {
    std::optional<SyncState> result;
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        auto existing = state();
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing && (*existing)->userName == userName && isSameServer(**existing, serverUrl, serverId)) {
            result = **existing;
            if (result->serverUrl == serverUrl && (serverId.isEmpty() || result->serverId == serverId))
                return {};
            result->serverUrl = serverUrl; // reached another way now: sync on that way
            if (!serverId.isEmpty())
                result->serverId = serverId;
            return write(*result, u"record the server's address"_s);
        }
        // A new client for the server: its sequence starts at the first change it has not seen.
        auto firstUnsent = c.scalar(u"SELECT min(seq) FROM outbox WHERE state IN ('pending', 'sent')"_s, {},
                                    u"find first unsent change"_s);
        if (!firstUnsent)
            return std::unexpected(firstUnsent.error());
        auto lastSeq =
            c.scalar(u"SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"_s, {}, u"find last outbox sequence"_s);
        if (!lastSeq)
            return std::unexpected(lastSeq.error());
        result = SyncState{};
        result->clientId = *existing ? createUuid7() : m_db.deviceId();
        result->serverUrl = serverUrl;
        result->serverId = serverId;
        result->userName = userName;
        result->seqBase = firstUnsent->isNull() ? lastSeq->toLongLong() : firstUnsent->toLongLong() - 1;
        return write(*result, u"connect to server"_s);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return *result;
}

Result<void> SyncJournal::write(const SyncState& state, const QString& what) {
    return m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(
            u"INSERT OR REPLACE INTO sync_state (id, client_id, server_url, user_name, user_id, pull_cursor, seq_base, "
            u"skew_ms, last_sync_at, last_error) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {state.clientId, state.serverUrl, state.userName, state.userId.isNull() ? u""_s : state.userId,
             state.pullCursor.isNull() ? u""_s : state.pullCursor, state.seqBase, state.skewMs, state.lastSyncAt,
             state.lastError.isNull() ? u""_s : state.lastError},
            what);
        if (!r)
            return std::unexpected(r.error());
        return m_db.setSetting(QString::fromLatin1(kServerIdSetting), state.serverId);
    });
}

Result<void> SyncJournal::adoptUser(const QString& userId) {
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(u"UPDATE sync_state SET user_id = ? WHERE id = 1"_s, {userId},
                                         u"record the server user"_s);
        if (!r)
            return std::unexpected(r.error());
        return passRecordsTo(userId);
    });
    if (!ok)
        return ok;
    m_db.reloadLocalUser();
    return {};
}

Result<void> SyncJournal::adoptDeviceNumber(qint64 number) {
    if (number <= 0 || m_db.setting(u"device_number"_s) == QString::number(number))
        return {};
    return m_db.setSetting(u"device_number"_s, QString::number(number));
}

Result<void> SyncJournal::passRecordsTo(const QString& userId) {
    const QString local = m_db.localUserId();
    if (userId.isEmpty() || local == userId)
        return {};
    SqlConnection& c = m_db.connection();
    for (const RecordType* type : RecordType::all()) {
        if (type->indexOf(u"owner_id"_s) < 0)
            continue;
        if (auto r = c.write(u"UPDATE "_s + type->table + u" SET owner_id = ? WHERE owner_id = ?"_s, {userId, local},
                             u"pass records to the server user"_s);
            !r)
            return std::unexpected(r.error());
    }
    for (const QString& column : {u"fields_json"_s, u"base_json"_s}) {
        if (auto r = c.write(u"UPDATE outbox SET "_s + column + u" = json_set("_s + column +
                                 u", '$.owner_id', ?) WHERE state IN ('pending', 'sent') AND json_extract("_s + column +
                                 u", '$.owner_id') = ?"_s,
                             {userId, local}, u"pass pending changes to the server user"_s);
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = c.write(u"UPDATE users SET id = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM users WHERE id = ?)"_s,
                         {userId, local, userId}, u"rename the local user"_s);
        !r)
        return std::unexpected(r.error());
    return m_db.setSetting(u"local_user_id"_s, userId);
}

Result<void> SyncJournal::disconnect() {
    return m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(u"DELETE FROM sync_state"_s, {}, u"forget the server"_s);
        if (!r)
            return std::unexpected(r.error());
        return m_db.setSetting(QString::fromLatin1(kServerIdSetting), {});
    });
}

Result<void> SyncJournal::restore(const SyncState& state) {
    return write(state, u"restore the connection"_s);
}

Result<void> SyncJournal::setSkew(qint64 skewMs) {
    auto r =
        m_db.connection().write(u"UPDATE sync_state SET skew_ms = ? WHERE id = 1"_s, {skewMs}, u"record clock skew"_s);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> SyncJournal::finishRun(const QString& error) {
    return m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        const qint64 now = Clock::nowMs();
        if (auto r = c.write(u"UPDATE sync_state SET last_error = ?"_s +
                                 (error.isEmpty() ? u", last_sync_at = ?"_s : u""_s) + u" WHERE id = 1"_s,
                             // A null QString binds as NULL, and last_error is NOT NULL.
                             error.isEmpty() ? QVariantList{u""_s, now} : QVariantList{error}, u"finish sync"_s);
            !r)
            return std::unexpected(r.error());
        if (auto r = c.write(u"DELETE FROM outbox WHERE state = 'acknowledged' AND created_at < ?"_s,
                             {now - kKeepAcknowledgedMs}, u"prune the outbox"_s);
            !r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<QList<OutboxEntry>> SyncJournal::unsent(int limit) const {
    auto q = m_db.connection().run(
        u"SELECT seq, mutation_id, table_name, record_id, op, base_row_version, fields_json, base_json, hlc, state "
        u"FROM outbox WHERE state IN ('pending', 'sent') ORDER BY seq LIMIT ?"_s,
        {limit}, u"read unsent changes"_s);
    if (!q)
        return std::unexpected(q.error());
    return readEntries(**q);
}

Result<int> SyncJournal::unsentCount() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')"_s, {},
                                      u"count unsent changes"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> SyncJournal::markSent(const QList<OutboxEntry>& batch) {
    if (batch.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(
            u"UPDATE outbox SET state = 'sent', attempts = attempts + 1 WHERE seq BETWEEN ? AND ? AND state = 'pending'"_s,
            {batch.first().seq, batch.last().seq}, u"mark changes sent"_s);
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<PushTally> SyncJournal::recordResults(const SyncState& state, const QList<OutboxEntry>& batch,
                                             const QList<Wire::MutationResult>& results) {
    PushTally tally;
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        const qint64 now = Clock::nowMs();
        for (const Wire::MutationResult& result : results) {
            const qint64 seq = result.seq + state.seqBase;
            const auto entry = std::find_if(batch.cbegin(), batch.cend(), [&](const OutboxEntry& e) {
                return e.seq == seq && e.mutationId == result.mutationId;
            });
            if (entry == batch.cend())
                continue; // not ours to record: the server answered for another batch
            const bool rejected = result.status == Wire::MutationStatus::Rejected;
            if (auto r = c.write(u"UPDATE outbox SET state = ?, last_error = ? WHERE seq = ?"_s,
                                 {rejected ? u"rejected"_s : u"acknowledged"_s,
                                  rejected ? QVariant(result.message) : QVariant(QMetaType::fromType<QString>()), seq},
                                 u"record push result"_s);
                !r)
                return std::unexpected(r.error());
            if (rejected) {
                ++tally.rejected;
                continue;
            }
            if (result.status != Wire::MutationStatus::Conflict) {
                ++tally.acknowledged;
                continue;
            }
            ++tally.conflicts;
            for (const QString& field : result.conflictFields) {
                const bool deleted = field == u"deleted"_s;
                auto r = c.write(u"INSERT INTO conflicts (table_name, record_id, field, base, theirs, yours, "
                                 u"mutation_id, created_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)"_s,
                                 {entry->table, entry->recordId, field,
                                  deleted ? QVariant(u"false"_s) : jsonText(entry->base.value(field)),
                                  deleted ? QVariant(u"true"_s) : jsonText(entry->fields.value(field)),
                                  entry->mutationId, now},
                                 u"record a conflict"_s);
                if (!r)
                    return std::unexpected(r.error());
            }
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return tally;
}

Result<void> SyncJournal::resendFrom(const SyncState& state, qint64 wireSeq) {
    const qint64 seq = wireSeq + state.seqBase;
    auto have = m_db.connection().scalar(u"SELECT count(*) FROM outbox WHERE seq = ?"_s, {seq},
                                         u"find the change the server expects"_s);
    if (!have)
        return std::unexpected(have.error());
    if (have->toInt() == 0)
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate("SyncJournal",
                                                "The server lost changes this device sent before (from number %1), "
                                                "and they are no longer here to send again.")
                        .arg(wireSeq));
    return m_db.transaction([&]() -> Result<void> {
        auto r = m_db.connection().write(
            u"UPDATE outbox SET state = 'pending' WHERE seq >= ? AND state IN ('sent', 'acknowledged')"_s, {seq},
            u"send changes again"_s);
        if (!r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<void> SyncJournal::applyDirectory(const Wire::Directory& directory) {
    return m_db.transaction([&]() -> Result<void> {
        RecordWriter writer(m_db, RecordType::users());
        for (const Wire::DirectoryUser& user : directory.users) {
            const QJsonObject fields{{u"name"_s, user.name},
                                     {u"role"_s, user.role},
                                     {u"manager_id"_s, user.managerId},
                                     {u"team"_s, user.team},
                                     {u"active"_s, user.active}};
            auto applied = writer.applyRemote(user.id, fields, 0, false, {}, false);
            if (!applied)
                return std::unexpected(applied.error());
        }
        return {};
    });
}

Result<int> SyncJournal::openConflictCount() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s, {},
                                      u"count conflicts"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<int> SyncJournal::setAsideCount() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM pull_set_aside"_s, {}, u"count set-aside records"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<int> SyncJournal::rejectedCount() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s, {},
                                      u"count rejected changes"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> SyncJournal::log(const QString& level, const QString& message) {
    return m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        if (auto r = c.write(u"INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"_s,
                             {Clock::nowMs(), level, message}, u"write sync log"_s);
            !r)
            return std::unexpected(r.error());
        if (auto r = c.write(u"DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?"_s, {kKeepLogLines},
                             u"prune sync log"_s);
            !r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<QList<SyncLogLine>> SyncJournal::logLines(int limit) const {
    auto q = m_db.connection().run(
        u"SELECT at, level, message FROM (SELECT * FROM sync_log ORDER BY id DESC LIMIT ?) ORDER BY id"_s, {limit},
        u"read sync log"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<SyncLogLine> lines;
    while ((*q)->next())
        lines.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString()});
    (*q)->finish();
    return lines;
}

} // namespace Fieldbook
