#include "AttachmentIndex.h"

#include "ServerDatabase.h"
#include "protocol/RecordType.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

constexpr int kPageRows = 1000;

} // namespace

AttachmentIndex::AttachmentIndex(ServerDatabase& db)
    : m_db(db) {}

Result<void> AttachmentIndex::catchUp() {
    // Nothing written since the last catch-up (the usual case): no write transaction.
    auto latest = m_db.scalar(u"SELECT max(row_version) FROM records"_s, {});
    if (!latest)
        return std::unexpected(latest.error());
    auto indexed = m_db.scalar(u"SELECT value FROM counters WHERE name = 'attachment_index'"_s, {});
    if (!indexed)
        return std::unexpected(indexed.error());
    if (latest->isNull() || latest->toLongLong() <= indexed->toLongLong())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        // PostgreSQL keeps the row locked until commit: one process at a time moves the index on.
        // Records commit in change-sequence order (SyncService takes sv first), so what a statement
        // sees after the position is all that was written after it, without gaps.
        if (auto r = m_db.execute(u"UPDATE counters SET value = value WHERE name = 'attachment_index'"_s, {}); !r)
            return r;
        auto from = m_db.scalar(u"SELECT value FROM counters WHERE name = 'attachment_index'"_s, {});
        if (!from)
            return std::unexpected(from.error());
        qint64 position = from->toLongLong();
        for (;;) {
            auto next = indexAfter(position);
            if (!next)
                return std::unexpected(next.error());
            if (*next == position)
                break;
            position = *next;
        }
        return m_db.execute(u"UPDATE counters SET value = ? WHERE name = 'attachment_index'"_s, {position});
    });
}

Result<qint64> AttachmentIndex::indexAfter(qint64 position) {
    auto q = m_db.run(u"SELECT tbl, id, row_version, CASE WHEN tbl = 'attachments' THEN fields ELSE '' END "
                      u"FROM records WHERE row_version > ? ORDER BY row_version LIMIT ?"_s,
                      {position, kPageRows});
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, QString>> named; // attachment id, content
    while ((*q)->next()) {
        position = (*q)->value(2).toLongLong();
        if ((*q)->value(0).toString() != RecordType::attachments().table)
            continue;
        const QJsonObject fields = QJsonDocument::fromJson((*q)->value(3).toString().toUtf8()).object();
        named.append({(*q)->value(1).toString(), fields.value(u"sha256"_s).toString()});
    }
    (*q)->finish();
    for (const auto& [id, sha256] : std::as_const(named)) {
        auto r = m_db.execute(u"INSERT INTO attachment_index (attachment_id, sha256) VALUES (?, ?) "
                              u"ON CONFLICT (attachment_id) DO UPDATE SET sha256 = excluded.sha256"_s,
                              {id, sha256});
        if (!r)
            return std::unexpected(r.error());
    }
    return position;
}

Result<bool> AttachmentIndex::reaches(const OwnerFilter& readers, const QString& sha256) {
    QString sql = u"SELECT 1 FROM attachment_index i JOIN records r ON r.tbl = 'attachments' AND "
                  u"r.id = i.attachment_id WHERE i.sha256 = ? AND r.deleted = 0"_s;
    QVariantList values{sha256};
    if (!readers.everyone && readers.owners.isEmpty())
        return false;
    if (!readers.everyone) {
        for (const QString& owner : readers.owners)
            values.append(owner);
        sql += u" AND r.owner_id IN ("_s + ServerDatabase::placeholders(readers.owners.size()) + u')';
    }
    auto found = m_db.scalar(sql + u" LIMIT 1"_s, values);
    if (!found)
        return std::unexpected(found.error());
    return found->isValid();
}

} // namespace Fieldbook::Server
