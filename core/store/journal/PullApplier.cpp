#include "PullApplier.h"

#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Clock.h"
#include "protocol/RecordCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Q_LOGGING_CATEGORY(lcPull, "fieldbook.sync.pull")

PullApplier::PullApplier(Database& db)
    : m_db(db) {}

/// What one transaction of pulled pages shares.
struct PullApplier::Batch {
    explicit Batch(Database& db)
        : derived(db) {}
    bool checkDirty = false;     ///< unsent local changes exist: look for them per record
    bool checkConflicts = false; ///< conflicts wait for the server's value: look for them per record
    bool checkAside = false;     ///< records were set aside before: a version that applies clears its entry
    DerivedState derived;
};

Result<PullTally> PullApplier::apply(const Wire::PullPage& page) {
    return apply(QList<Wire::PullPage>{page});
}

Result<PullTally> PullApplier::apply(const QList<Wire::PullPage>& pages) {
    PullTally tally;
    if (pages.isEmpty())
        return tally;
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        Batch batch(m_db);
        // Most pulls (and all of a first sync) meet no local change and no open conflict: skip
        // looking for them per record.
        auto unsent = c.scalar(u"SELECT EXISTS (SELECT 1 FROM outbox WHERE state IN ('pending', 'sent'))"_s, {},
                               u"look for unsent changes"_s);
        if (!unsent)
            return std::unexpected(unsent.error());
        batch.checkDirty = unsent->toInt() != 0;
        auto waiting =
            c.scalar(u"SELECT EXISTS (SELECT 1 FROM conflicts WHERE resolved_at IS NULL AND theirs IS NULL)"_s, {},
                     u"look for open conflicts"_s);
        if (!waiting)
            return std::unexpected(waiting.error());
        batch.checkConflicts = waiting->toInt() != 0;
        auto aside = c.scalar(u"SELECT EXISTS (SELECT 1 FROM pull_set_aside)"_s, {}, u"look for set-aside records"_s);
        if (!aside)
            return std::unexpected(aside.error());
        batch.checkAside = aside->toInt() != 0;
        for (const Wire::PullPage& page : pages) {
            for (const Wire::Change& change : page.changes) {
                if (auto r = applyChange(change, batch, tally); !r)
                    return r;
            }
        }
        auto cursor = c.write(u"UPDATE sync_state SET pull_cursor = ? WHERE id = 1"_s, {pages.last().nextCursor},
                              u"advance the pull cursor"_s);
        if (!cursor)
            return std::unexpected(cursor.error());
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return tally;
}

Result<void> PullApplier::applyChange(const Wire::Change& change, Batch& batch, PullTally& tally) {
    const RecordType* type = RecordType::find(change.table);
    if (!type)
        return {}; // a record type of a newer server: this client cannot show it
    if (change.kind == Wire::Change::Kind::Revoke) {
        ++tally.revokes;
        if (auto r = clearAside(change, batch); !r)
            return r;
        return revoke(change, batch);
    }
    if (const auto problem = RecordCheck::record(*type, change.fields)) {
        ++tally.setAside;
        return setAside(change, problem->text());
    }
    auto applied = upsert(change, batch);
    // A rule of this store the declaration does not know of: the statement wrote nothing, the
    // transaction goes on without this record.
    if (!applied && SqlConnection::isConstraintFailure(applied.error())) {
        ++tally.setAside;
        return setAside(change, applied.error().detail);
    }
    if (!applied)
        return applied;
    ++tally.upserts;
    return clearAside(change, batch);
}

Result<void> PullApplier::setAside(const Wire::Change& change, const QString& reason) {
    qCWarning(lcPull) << "set aside" << change.table << change.id << "version" << change.rowVersion << ":" << reason;
    auto r = m_db.connection().write(
        u"INSERT INTO pull_set_aside (table_name, record_id, row_version, deleted, fields_json, reason, set_aside_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET row_version = "
        u"excluded.row_version, deleted = excluded.deleted, fields_json = excluded.fields_json, reason = "
        u"excluded.reason, set_aside_at = excluded.set_aside_at"_s,
        {change.table, change.id, change.rowVersion, change.deleted ? 1 : 0,
         QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)), reason, Clock::nowMs()},
        u"set a pulled record aside"_s);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> PullApplier::clearAside(const Wire::Change& change, const Batch& batch) {
    if (!batch.checkAside)
        return {};
    auto r = m_db.connection().write(u"DELETE FROM pull_set_aside WHERE table_name = ? AND record_id = ?"_s,
                                     {change.table, change.id}, u"clear a set-aside record"_s);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> PullApplier::upsert(const Wire::Change& change, Batch& batch) {
    SqlConnection& c = m_db.connection();
    QSet<QString> dirty;
    bool localDeleteOrRestore = false;
    if (batch.checkDirty) {
        auto q = c.run(u"SELECT op, fields_json FROM outbox WHERE record_id = ? AND state IN ('pending', 'sent')"_s,
                       {change.id}, u"find unsent changes of a record"_s);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            const QString op = (*q)->value(0).toString();
            localDeleteOrRestore |= op == u"delete"_s || op == u"restore"_s;
            const QJsonObject fields = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                dirty.insert(it.key());
        }
        (*q)->finish();
    }
    const RecordType& type = *RecordType::find(change.table);
    auto applied = RecordWriter(m_db, type)
                       .applyRemote(change.id, change.fields, change.rowVersion, change.deleted, dirty,
                                    localDeleteOrRestore, batch.derived.derive(change.table));
    if (!applied)
        return std::unexpected(applied.error());
    if (auto r = batch.derived.written(change.table, change.id, *applied); !r)
        return r;
    if (!batch.checkConflicts)
        return {};
    // A conflict recorded at push shows the server's value once it arrives.
    auto open =
        c.run(u"SELECT id, field FROM conflicts WHERE record_id = ? AND resolved_at IS NULL AND theirs IS NULL"_s,
              {change.id}, u"find open conflicts"_s);
    if (!open)
        return std::unexpected(open.error());
    QList<std::pair<qint64, QString>> conflicts;
    while ((*open)->next())
        conflicts.append({(*open)->value(0).toLongLong(), (*open)->value(1).toString()});
    (*open)->finish();
    for (const auto& [id, field] : std::as_const(conflicts)) {
        const QString theirs = field == u"deleted"_s ? (change.deleted ? u"true"_s : u"false"_s)
                                                     : RecordWriter::jsonText(change.fields.value(field));
        if (auto r = c.write(u"UPDATE conflicts SET theirs = ? WHERE id = ?"_s, {theirs, id}, u"complete a conflict"_s);
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<void> PullApplier::revoke(const Wire::Change& change, Batch& batch) {
    // Unsent changes to the record stay in the outbox: they go out in sequence like any other, and
    // the server's refusal turns them into visible rejected items (never skipped: the server
    // expects every sequence number).
    auto rid = RecordWriter(m_db, *RecordType::find(change.table)).removeLocal(change.id);
    if (!rid)
        return std::unexpected(rid.error());
    if (!*rid)
        return {};
    return batch.derived.removed(change.table, change.id, **rid);
}

} // namespace Fieldbook
