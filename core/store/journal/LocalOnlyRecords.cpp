#include "LocalOnlyRecords.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/write/RecordKind.h"
#include "store/write/RecordWriter.h"
#include "protocol/RecordType.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kDemoKey = u"demo_data"_s;

/// Records of this type may belong to a user made on this device (RecordKind::localUsers: the
/// users themselves are not taken over).
bool takenOver(const RecordType& type) {
    return type.indexOf(u"owner_id"_s) >= 0 && !RecordKind::of(type).localUsers;
}

/// Users made on this device: the server never takes them (it manages the user directory), so
/// their insert stays unacknowledged. One bound value: the local user's id.
QString localOnlyUsers() {
    return u"SELECT record_id FROM outbox WHERE table_name = '"_s + RecordType::users().table +
           u"' AND op = 'insert' AND state <> 'acknowledged' AND record_id <> ?"_s;
}

} // namespace

LocalOnlyRecords::LocalOnlyRecords(Database& db)
    : m_db(db) {}

Result<qint64> LocalOnlyRecords::count() const {
    qint64 total = 0;
    for (const RecordType* type : RecordType::all()) {
        if (!takenOver(*type))
            continue;
        auto n = m_db.connection().scalar(u"SELECT count(*) FROM "_s + type->table +
                                              u" WHERE deleted = 0 AND owner_id IN ("_s + localOnlyUsers() + u")"_s,
                                          {m_db.localUserId()}, u"count records of local users"_s);
        if (!n)
            return std::unexpected(n.error());
        total += n->toLongLong();
    }
    return total;
}

Result<qint64> LocalOnlyRecords::takeOver() {
    const QString local = m_db.localUserId();
    qint64 taken = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        auto counted = count();
        if (!counted)
            return std::unexpected(counted.error());
        taken = *counted;
        for (const RecordType* type : RecordType::all()) {
            if (!takenOver(*type))
                continue;
            auto r = c.write(u"UPDATE "_s + type->table + u" SET owner_id = ? WHERE owner_id IN ("_s +
                                 localOnlyUsers() + u")"_s,
                             {local, local}, u"take over records of local users"_s);
            if (!r)
                return std::unexpected(r.error());
        }
        for (const QString& column : {u"fields_json"_s, u"base_json"_s}) {
            if (auto r = c.write(u"UPDATE outbox SET "_s + column + u" = json_set("_s + column +
                                     u", '$.owner_id', ?) WHERE state <> 'acknowledged' AND json_extract("_s + column +
                                     u", '$.owner_id') IN ("_s + localOnlyUsers() + u")"_s,
                                 {local, local}, u"take over pending changes of local users"_s);
                !r)
                return std::unexpected(r.error());
        }
        if (auto r = removeLocalUsers(); !r)
            return r;
        if (auto r = requeueRejected(); !r)
            return r;
        return m_db.setSetting(kDemoKey, {});
    });
    if (!ok)
        return std::unexpected(ok.error());
    m_db.notifyReset(RecordType::users().table);
    return taken;
}

Result<void> LocalOnlyRecords::requeueRejected() {
    // Refused for the owner they had then (a store that synced before the takeover): sent again,
    // as new changes, since the server keeps its answer to a change it has seen.
    auto q = m_db.connection().run(
        u"SELECT seq, table_name, record_id, op, fields_json, base_json FROM outbox WHERE state = 'rejected'"_s, {},
        u"read refused changes"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<std::tuple<qint64, QString, QString, QString, QStringList, QJsonObject>> refused;
    while ((*q)->next()) {
        const auto fields = QJsonDocument::fromJson((*q)->value(4).toString().toUtf8()).object();
        const auto base = QJsonDocument::fromJson((*q)->value(5).toString().toUtf8()).object();
        refused.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString(),
                        (*q)->value(3).toString(), fields.keys(), base});
    }
    (*q)->finish();
    for (const auto& [seq, table, id, op, columns, base] : std::as_const(refused)) {
        const RecordType* type = RecordType::find(table);
        if (!type)
            continue;
        if (auto r = RecordWriter(m_db, *type).requeue(id, op, columns, base); !r)
            return r;
        if (auto r =
                m_db.connection().write(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}, u"replace a refused change"_s);
            !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<void> LocalOnlyRecords::removeLocalUsers() {
    // The user directory belongs to the server: users made here would be refused, and nothing
    // refers to them any more.
    SqlConnection& c = m_db.connection();
    const QString users = RecordType::users().table;
    if (auto r = c.write(u"DELETE FROM "_s + users + u" WHERE id IN ("_s + localOnlyUsers() + u")"_s,
                         {m_db.localUserId()}, u"remove local users"_s);
        !r)
        return std::unexpected(r.error());
    if (auto r = c.write(u"DELETE FROM outbox WHERE table_name = ? AND record_id <> ? AND state <> 'acknowledged'"_s,
                         {users, m_db.localUserId()}, u"drop changes of local users"_s);
        !r)
        return std::unexpected(r.error());
    return {};
}

Result<void> LocalOnlyRecords::backUp(const QString& backupPath) {
    if (QFileInfo::exists(backupPath))
        return fail(ErrorCode::Io, tr("The backup %1 already exists.").arg(QDir::toNativeSeparators(backupPath)));
    QString escaped = backupPath;
    escaped.replace(u"'"_s, u"''"_s);
    // VACUUM INTO copies through SQLite: a consistent copy, and the store's file is never opened twice.
    if (auto ok = m_db.connection().execDirect(u"VACUUM INTO '%1'"_s.arg(escaped), u"back up the store"_s); !ok) {
        Error error = ok.error();
        error.message =
            tr("Could not back up the store to %1: %2").arg(QDir::toNativeSeparators(backupPath), error.message);
        return std::unexpected(error);
    }
    return {};
}

Result<void> LocalOnlyRecords::startFresh(const QString& backupPath) {
    if (auto ok = backUp(backupPath); !ok)
        return ok;
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        if (auto r = c.execDirect(u"PRAGMA defer_foreign_keys = ON"_s, u"empty the store"_s); !r)
            return r;
        QStringList tables = RecordKind::derivedTables();
        tables += {u"outbox"_s, u"conflicts"_s, u"sync_state"_s};
        for (const QString& table : std::as_const(tables))
            if (auto r = c.write(u"DELETE FROM "_s + table, {}, u"empty the store"_s); !r)
                return std::unexpected(r.error());
        for (const RecordType* type : RecordType::all()) {
            // The local user's own record stays: the store is still theirs.
            const bool keepSelf = RecordKind::of(*type).localUsers;
            if (auto r = c.write(u"DELETE FROM "_s + type->table + (keepSelf ? u" WHERE id <> ?"_s : QString()),
                                 keepSelf ? QVariantList{m_db.localUserId()} : QVariantList{}, u"empty the store"_s);
                !r)
                return std::unexpected(r.error());
        }
        return m_db.setSetting(kDemoKey, {});
    });
    if (!ok)
        return ok;
    for (const RecordType* type : RecordType::all())
        m_db.notifyReset(type->table);
    return {};
}

QString LocalOnlyRecords::backupPathFor(const QString& storePath) {
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = storePath + u".before-sync-"_s + stamp + u".sqlite"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = storePath + u".before-sync-"_s + stamp + u"-"_s + QString::number(n) + u".sqlite"_s;
    return path;
}

bool LocalOnlyRecords::isDemo(const Database& db) {
    return db.setting(kDemoKey) == u"1"_s;
}

Result<void> LocalOnlyRecords::markDemo(Database& db) {
    return db.setSetting(kDemoKey, u"1"_s);
}

} // namespace Fieldbook
