#pragma once

#include "protocol/RecordType.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace Fieldbook {

class Database;

/// A row as stored: bookkeeping plus the synced field values in RecordType::fields order.
struct StoredRecord {
    qint64 rid = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QVariantList values;
};

/// The single write path for synced records: writes the row and, in the same transaction, one
/// outbox mutation with exactly the fields that changed (docs/architecture.md, The journey of a saved contact).
/// Callers must already be inside Database::transaction().
class RecordWriter final {
public:
    RecordWriter(Database& database, const RecordType& type);

    /// The stored row, tombstoned or not; nullopt when the id is unknown.
    [[nodiscard]] Result<std::optional<StoredRecord>> load(const QString& id) const;

    struct Saved {
        bool inserted = false;
        QStringList changedFields; ///< empty when nothing changed
        qint64 rid = 0;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
    };
    using LocalColumns = QList<std::pair<QString, QVariant>>;

    /// Inserts or updates `id` with `values` (RecordType::fields order). `previous` is the row as
    /// loaded by the caller (saves a query); `local` are derived, unsynced columns such as sort keys.
    [[nodiscard]] Result<Saved> save(const QString& id, const QVariantList& values,
                                     const std::optional<StoredRecord>& previous, const LocalColumns& local = {});

    /// Tombstones (`deleted` true) or restores a record; records a delete/restore mutation.
    /// Returns false when the record was already in that state.
    [[nodiscard]] Result<bool> setDeleted(const QString& id, bool deleted);

    struct Applied {
        bool inserted = false;
        qint64 rid = 0;
        QStringList changedFields; ///< synced fields whose stored value changed
        bool deletedChanged = false;
        bool deleted = false; ///< the row's tombstone flag afterwards
        QVariantList values;  ///< the synced values stored afterwards (RecordType::fields order)
    };
    /// The local, unsynced columns (sort keys) that follow from a row's synced values.
    using Derive = std::function<Result<LocalColumns>(const QVariantList& values)>;
    /// Stores the server's state of `id` (pulled): every field in `fields` except those in
    /// `keepLocal` (dirty here: they are re-applied on top, the rebase), the server's row version
    /// and, unless `keepLocalDeleted`, its tombstone. Writes no outbox entry: this is not a local edit.
    /// When a synced value changes, `derive` (if given) supplies local columns written in the same statement.
    [[nodiscard]] Result<Applied> applyRemote(const QString& id, const QJsonObject& fields, qint64 rowVersion,
                                              bool deleted, const QSet<QString>& keepLocal, bool keepLocalDeleted,
                                              const Derive& derive = {});
    /// Records `op` for `id` again as a new outbox entry carrying the current values of `columns`
    /// (a rejected change the user sends again); `base` is the values before the refused change.
    [[nodiscard]] Result<void> requeue(const QString& id, const QString& op, const QStringList& columns,
                                       const QJsonObject& base);
    /// Removes `id` from this device entirely (it left the user's scope): its former local rowid,
    /// or nullopt when it was not here.
    [[nodiscard]] Result<std::optional<qint64>> removeLocal(const QString& id);
    /// The column value of a field as it travels in JSON (outbox, push, pull), and back.
    static QVariant fromJson(const FieldSpec& field, const QJsonValue& value);
    /// A JSON value as compact text (a conflict's base, theirs and yours).
    static QString jsonText(const QJsonValue& value);

    /// Canonical form of a value for comparison and storage (QString, qint64 or int 0/1).
    static QVariant normalized(const FieldSpec& field, const QVariant& value);

private:
    /// The synced columns a save changes, with their new values (normalized).
    struct Changes {
        QStringList columns;
        QVariantList values;
    };
    [[nodiscard]] Result<Saved> insert(const QString& id, const Changes& changes, const LocalColumns& local);
    [[nodiscard]] Result<Saved> update(const QString& id, const Changes& changes, const StoredRecord& previous,
                                       const LocalColumns& local);
    /// `previous` holds the stored row before the change (its values of `columns` become the base).
    [[nodiscard]] Result<void> appendOutbox(const QString& id, const QString& op, qint64 baseRowVersion,
                                            const QStringList& columns, const QVariantList& values,
                                            const StoredRecord* previous = nullptr);

    Database& m_db;
    const RecordType& m_type;
};

} // namespace Fieldbook
