#pragma once

#include "common/Error.h"
#include "protocol/RecordType.h"

#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace Fieldbook {

class Database;
class SqlConnection;
class SqlRow;
struct StoredRecord;

/// One synced record's row, its fields read by name (RecordType order is kept in one place).
/// For repositories inside core/store.
class RecordRow final {
public:
    RecordRow(const RecordType& type, QString id, const StoredRecord& stored);
    /// A row selected with recordColumns(type).
    RecordRow(const RecordType& type, const QSqlQuery& query);
    /// The same, on the row SqlConnection::eachRow stands on: it decodes a field when asked, and
    /// is valid only as long as that row (forEachRecord's callback). Keep values(), not the row.
    RecordRow(const RecordType& type, const SqlRow& row);

    const QString& id() const { return m_id; }
    QVariant value(QStringView column) const;
    /// The synced values in RecordType order.
    const QVariantList& values() const;
    QString text(QStringView column) const;
    qint64 integer(QStringView column) const;
    bool flag(QStringView column) const { return integer(column) != 0; }
    qint64 createdAt() const { return m_createdAt; }
    qint64 updatedAt() const { return m_updatedAt; }
    qint64 rowVersion() const { return m_rowVersion; }
    bool deleted() const { return m_deleted; }

private:
    /// The field's index in the type (-1 for a column the type does not have).
    qsizetype indexOf(QStringView column) const;

    const RecordType* m_type;
    const SqlRow* m_row = nullptr; ///< the statement's row, for a row read by forEachRecord
    QString m_id;
    mutable QVariantList m_values; ///< for a statement's row, made when values() is asked for
    qint64 m_createdAt = 0;
    qint64 m_updatedAt = 0;
    qint64 m_rowVersion = 0;
    bool m_deleted = false;
    mutable qsizetype m_next = 0; ///< where value() looks first
};

/// "id, <the synced fields in RecordType order>, created_at, updated_at, row_version, deleted".
QString recordColumns(const RecordType& type);

/// A record's synced values set by name, in RecordType order for RecordWriter::save. A field not
/// set is null (SQL NULL), which is how empty references are stored.
class RecordValues final {
public:
    explicit RecordValues(const RecordType& type);
    /// A null QString is stored as the empty text, never as NULL.
    RecordValues& set(QStringView column, const QVariant& value);
    /// An id, or NULL when empty.
    RecordValues& reference(QStringView column, const QString& id);
    const QVariantList& list() const { return m_values; }

private:
    const RecordType* m_type;
    QVariantList m_values;
};

/// Every reference `values` (RecordType order) set names a live record of its table; else NotFound
/// with `missing` (a translated "The %1 this … is linked to no longer exists.") naming the record's kind.
[[nodiscard]] Result<void> checkReferences(Database& db, const RecordType& type, const QVariantList& values,
                                           const QString& missing);

/// Which records an external id must differ from: all of its type (the schema's unique index
/// covers deleted rows too), or the live ones only.
enum class ExternalIdScope { AllRecords, LiveRecords };

/// Refuses (InvalidInput, the message `taken()` makes) an `externalId` that a record of `type`
/// other than `id` in `scope` has already; an empty external id is always free.
[[nodiscard]] Result<void> requireFreeExternalId(Database& db, const RecordType& type, const QString& id,
                                                 const QString& externalId, ExternalIdScope scope,
                                                 const std::function<QString()>& taken);

/// How many live (not deleted) records of `type` the store holds.
[[nodiscard]] Result<int> countLive(Database& db, const RecordType& type);

/// Runs `sql` (which selects recordColumns(type)) and calls `take` for every row.
[[nodiscard]] Result<void> forEachRecord(Database& db, const RecordType& type, const QString& sql,
                                         const QVariantList& values, const QString& context,
                                         const std::function<void(const RecordRow&)>& take);

/// The rows of `type` selected by `where` (a WHERE/ORDER clause), each turned into a T by `convert`.
template<typename T, typename Convert>
Result<QList<T>> listOf(Database& db, const RecordType& type, const QString& where, const QVariantList& values,
                        const QString& context, Convert convert) {
    QList<T> list;
    auto ok = forEachRecord(db, type,
                            QStringLiteral("SELECT ") + recordColumns(type) + QStringLiteral(" FROM ") + type.table +
                                u' ' + where,
                            values, context, [&](const RecordRow& r) { list.append(convert(r)); });
    if (!ok)
        return std::unexpected(ok.error());
    return list;
}

} // namespace Fieldbook
