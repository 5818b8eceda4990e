#include "DerivedState.h"

#include "store/db/Database.h"
#include "RecordKeys.h"
#include "RecordRows.h"
#include "SearchIndex.h"
#include "store/db/SqlConnection.h"

#include <QSqlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString lookUpKey(const QString& table, const QString& column, const QString& id) {
    return table + u'\n' + column + u'\n' + id;
}

/// Writes the local columns of row `rid` of `type`.
Result<void> writeLocalColumns(Database& db, const RecordType& type, qint64 rid,
                               const RecordWriter::LocalColumns& columns) {
    if (columns.isEmpty())
        return {};
    QStringList set;
    QVariantList values;
    for (const auto& [column, value] : columns) {
        set.append(column + u" = ?"_s);
        values.append(value);
    }
    values.append(rid);
    // Table and columns come from the declarations, never from data.
    auto written =
        db.connection().write(u"UPDATE "_s + type.table + u" SET "_s + set.join(u", "_s) + u" WHERE rid = ?"_s, values,
                              u"update sort keys"_s);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace

Result<void> forgetDerived(Database& db, const QString& table, const QString& id, qint64 rid) {
    const RecordKind* kind = RecordKind::find(table);
    if (!kind)
        return {};
    if (kind->searchIndexed)
        if (auto r = SearchIndex::remove(db, table, rid); !r)
            return r;
    return kind->matchKeys ? RecordKeys::clear(db, id) : Result<void>();
}

DerivedState::DerivedState(Database& db)
    : m_db(db) {}

Result<void> setRecordDeleted(Database& db, const RecordType& type, const QString& id, bool deleted,
                              const QString& missing) {
    return db.transaction([&] { return DerivedState(db).setDeleted(type, id, deleted, missing); });
}

Result<void> DerivedState::setDeleted(const RecordType& type, const QString& id, bool deleted, const QString& missing) {
    RecordWriter writer(m_db, type);
    auto stored = writer.load(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored && !missing.isEmpty())
        return fail(ErrorCode::NotFound, missing, id);
    auto changed = writer.setDeleted(id, deleted); // NotFound without a record
    if (!changed)
        return std::unexpected(changed.error());
    if (deleted)
        return forgetDerived(m_db, type.table, id, (*stored)->rid);
    // The records it showed may have changed meanwhile; it is found by its own data.
    return *changed ? refresh(type.table, id, (*stored)->rid, false, {}) : Result<void>();
}

DerivedRecord DerivedState::of(const RecordKind& kind, const QVariantList& values) {
    return kind.derived(values, related(kind, values));
}

Result<void> DerivedState::index(const RecordKind& kind, const QString& id, qint64 rid, const DerivedRecord& derived,
                                 bool isNew) {
    if (kind.searchIndexed)
        if (auto r = SearchIndex::put(m_db, kind.type->table, rid, derived.searchName, derived.searchBody, isNew); !r)
            return r;
    return kind.matchKeys ? RecordKeys::replace(m_db, kind.type->table, id, derived.matchKeys, isNew) : Result<void>();
}

Result<void> DerivedState::dependents(const RecordType& type, const QString& id, const QStringList& changedFields,
                                      bool inserted) {
    for (const RecordKind* kind : RecordKind::all()) {
        for (const DerivedFrom& from : kind->derivedFrom) {
            if (kind->referencedTable(from.reference) != type.table)
                continue;
            if (!inserted && !changedFields.contains(from.column))
                continue;
            forgetLookUps(type.table, id);
            if (auto r = rederive(*kind, from.reference, id); !r)
                return r;
        }
    }
    return {};
}

Result<void> DerivedState::rederive(const RecordKind& kind, const QString& reference, const QString& id) {
    const RecordType& type = *kind.type;
    // Table and columns come from the declarations, never from data.
    auto q = m_db.connection().run(u"SELECT "_s + recordColumns(type) + u", rid FROM "_s + type.table + u" WHERE "_s +
                                       reference + u" = ? AND deleted = 0"_s,
                                   {id}, u"list records showing another"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, RecordRow>> rows;
    const int ridColumn = int(type.fields.size()) + 5;
    while ((*q)->next())
        rows.append({(*q)->value(ridColumn).toLongLong(), RecordRow(type, **q)});
    (*q)->finish();
    for (const auto& [rid, row] : std::as_const(rows)) {
        const DerivedRecord derived = of(kind, row.values());
        if (kind.searchIndexed)
            if (auto r = SearchIndex::put(m_db, type.table, rid, derived.searchName, derived.searchBody, false); !r)
                return r;
        if (auto r = writeLocalColumns(m_db, type, rid, derived.localColumns); !r)
            return r;
    }
    return {};
}

Result<void> DerivedState::refresh(const QString& table, const QString& id, qint64 rid, bool deleted,
                                   const QStringList& changedFields) {
    const RecordKind* kind = RecordKind::find(table);
    if (!kind || !kind->derive)
        return {}; // the type keeps nothing derived
    forgetLookUps(table, id);
    if (deleted)
        return forgetDerived(m_db, table, id, rid);
    auto stored = RecordWriter(m_db, *kind->type).load(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return {}; // nothing left to derive from
    const DerivedRecord derived = of(*kind, (*stored)->values);
    if (auto r = writeLocalColumns(m_db, *kind->type, rid, derived.localColumns); !r)
        return r;
    if (auto r = index(*kind, id, rid, derived, false); !r)
        return r;
    return dependents(*kind->type, id, changedFields, false);
}

const RecordWriter::Derive& DerivedState::derive(const QString& table) {
    static const RecordWriter::Derive none;
    m_derived.reset();
    const RecordKind* kind = RecordKind::find(table);
    if (!kind || !kind->derive)
        return none;
    auto known = m_derives.find(table);
    if (known == m_derives.end())
        known = m_derives.insert(table, [this, kind](const QVariantList& values) -> Result<RecordWriter::LocalColumns> {
            m_derived = of(*kind, values);
            return m_derived->localColumns;
        });
    return *known;
}

Result<void> DerivedState::written(const QString& table, const QString& id, const RecordWriter::Applied& applied) {
    if (!applied.inserted && !applied.deletedChanged && applied.changedFields.isEmpty())
        return {};
    const RecordKind* kind = RecordKind::find(table);
    if (!kind)
        return {};
    forgetLookUps(table, id);
    if (kind->afterPull)
        if (auto r = kind->afterPull(m_db, applied); !r)
            return r;
    if (!kind->derive)
        return {};
    if (applied.deleted) // a tombstone that arrives first was never indexed
        return applied.inserted ? Result<void>() : removed(table, id, applied.rid);
    auto derived = std::exchange(m_derived, std::nullopt);
    if (!derived)
        derived = of(*kind, applied.values);
    if (auto r = index(*kind, id, applied.rid, *derived, applied.inserted); !r)
        return r;
    // Records pulled before this one show it (search, "by company" order) from now on.
    return dependents(*kind->type, id, applied.changedFields, applied.inserted);
}

Result<void> DerivedState::removed(const QString& table, const QString& id, qint64 rid) {
    forgetLookUps(table, id);
    return forgetDerived(m_db, table, id, rid);
}

QStringList DerivedState::related(const RecordKind& kind, const QVariantList& values) {
    QStringList found;
    for (const DerivedFrom& from : kind.derivedFrom) {
        const QString id = values.value(kind.type->indexOf(from.reference)).toString();
        found.append(id.isEmpty() ? QString() : lookUp(kind.referencedTable(from.reference), from.column, id));
    }
    return found;
}

QString DerivedState::lookUp(const QString& table, const QString& column, const QString& id) {
    const QString key = lookUpKey(table, column, id);
    if (auto known = m_lookedUp.constFind(key); known != m_lookedUp.constEnd())
        return *known;
    // The other record may not have arrived yet, or lie outside this user's scope: then it shows nothing.
    auto value =
        m_db.connection().scalar(u"SELECT "_s + column + u" FROM "_s + table + u" WHERE id = ? AND deleted = 0"_s, {id},
                                 u"look up a related record"_s);
    const QString text = value ? value->toString() : QString();
    m_lookedUp.insert(key, text);
    return text;
}

void DerivedState::forgetLookUps(const QString& table, const QString& id) {
    if (m_lookedUp.isEmpty())
        return;
    for (const RecordKind* kind : RecordKind::all())
        for (const DerivedFrom& from : kind->derivedFrom)
            if (kind->referencedTable(from.reference) == table)
                m_lookedUp.remove(lookUpKey(table, from.column, id));
}

} // namespace Fieldbook
