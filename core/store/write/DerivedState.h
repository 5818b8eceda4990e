#pragma once

#include "RecordKind.h"
#include "RecordWriter.h"
#include "common/Error.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Fieldbook {

class Database;

/// Removes a record's search entry and match keys (a tombstone, or a record that left this device).
[[nodiscard]] Result<void> forgetDerived(Database& db, const QString& table, const QString& id, qint64 rid);

/// DerivedState::setDeleted in a transaction (joining the caller's): what the repositories'
/// remove() and restore() do.
[[nodiscard]] Result<void> setRecordDeleted(Database& db, const RecordType& type, const QString& id, bool deleted,
                                            const QString& missing = {});

/// Keeps the local state derived from records' synced fields (sort keys, the search index, match
/// keys; RecordKind::derive) in line with what the write path wrote. It reads only declarations and
/// rows: repositories call it, never the other way round. Values of other records that a type
/// shows (RecordKind::derivedFrom, a contact's company) are looked up once and remembered until
/// that record is written here.
class DerivedState final {
public:
    explicit DerivedState(Database& db);

    // One record, as its repository writes it.
    /// The derived state of a record of `kind` with `values` (RecordType order).
    [[nodiscard]] DerivedRecord of(const RecordKind& kind, const QVariantList& values);
    /// Writes the search entry and match keys of the record `id` stored in row `rid` (`isNew`: the
    /// row was just inserted, so there is nothing to replace).
    [[nodiscard]] Result<void> index(const RecordKind& kind, const QString& id, qint64 rid,
                                     const DerivedRecord& derived, bool isNew);
    /// After `changedFields` of `id` were written (or it was `inserted`): re-derives the records
    /// that show them (the contacts of a renamed account).
    [[nodiscard]] Result<void> dependents(const RecordType& type, const QString& id, const QStringList& changedFields,
                                          bool inserted);
    /// Reads `id` (row `rid`) back after it was written directly (sync, a conflict decision, a
    /// restore) and brings its derived state in line; `deleted`: it is a tombstone now or was removed.
    [[nodiscard]] Result<void> refresh(const QString& table, const QString& id, qint64 rid, bool deleted,
                                       const QStringList& changedFields);

    /// Deletes (or restores) the record `id` of `type` with its derived state: a deleted record is
    /// not found or matched, a restored one is again. In the caller's transaction; `missing` is the
    /// error when there is no such record (empty: RecordWriter's "The record no longer exists.").
    /// Deleting a deleted record or restoring a live one changes nothing.
    [[nodiscard]] Result<void> setDeleted(const RecordType& type, const QString& id, bool deleted,
                                          const QString& missing);

    // Many rows in one transaction (a pulled batch), without reading any row back: the sort keys
    // are written with the row itself (derive() for RecordWriter::applyRemote), the search index
    // and match keys follow from the values written (written()).
    /// The local columns of a `table` row with these synced values; none for types without.
    [[nodiscard]] const RecordWriter::Derive& derive(const QString& table);
    /// After applyRemote wrote `id`: its search entry and match keys (removed for a tombstone), what
    /// its type does after a pull, and the records that show its changed fields.
    [[nodiscard]] Result<void> written(const QString& table, const QString& id, const RecordWriter::Applied& applied);
    /// After `id` left this device (row `rid`).
    [[nodiscard]] Result<void> removed(const QString& table, const QString& id, qint64 rid);

private:
    /// The values of other records that `kind` shows (RecordKind::derivedFrom) for `values`.
    QStringList related(const RecordKind& kind, const QVariantList& values);
    QString lookUp(const QString& table, const QString& column, const QString& id);
    /// Forgets what was looked up of `id` in `table` (it was written).
    void forgetLookUps(const QString& table, const QString& id);
    [[nodiscard]] Result<void> rederive(const RecordKind& kind, const QString& reference, const QString& id);

    Database& m_db;
    QHash<QString, QString> m_lookedUp; ///< "table\ncolumn\nid" -> the value
    /// What derive() just computed: written() indexes it without deriving again.
    std::optional<DerivedRecord> m_derived;
    QHash<QString, RecordWriter::Derive> m_derives; ///< table -> derive() for applyRemote
};

} // namespace Fieldbook
