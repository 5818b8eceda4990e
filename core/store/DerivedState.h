#pragma once

#include "RecordWriter.h"
#include "common/Error.h"

#include "domain/Contact.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Fieldbook {

class Database;

/// Brings the local state derived from a record's synced fields (sort keys, the search index,
/// match keys) in line with its stored row after sync or a conflict decision wrote it directly.
/// `isNew`: the row was just inserted; `deleted`: it is a tombstone now or was removed.
[[nodiscard]] Result<void> refreshDerived(Database& db, const QString& table, const QString& id, qint64 rid, bool isNew,
                                          bool deleted, bool nameChanged);

/// Removes a record's search entry and match keys (a tombstone, or a record that left this device).
[[nodiscard]] Result<void> forgetDerived(Database& db, const QString& table, const QString& id, qint64 rid);

/// The same for many rows in one transaction (a pulled batch) without reading any row back: the
/// sort keys are written with the row itself (derive() for RecordWriter::applyRemote), the search
/// index and match keys follow from the values written (written()). Account names looked up for
/// contacts are remembered until an account is written.
class DerivedState final {
public:
    explicit DerivedState(Database& db);

    /// The local columns of a `table` row with these synced values; none for types without.
    [[nodiscard]] const RecordWriter::Derive& derive(const QString& table);
    /// After applyRemote wrote `id`: its search entry and match keys (removed for a tombstone); a
    /// new or renamed account also re-indexes its contacts.
    [[nodiscard]] Result<void> written(const QString& table, const QString& id, const RecordWriter::Applied& applied);
    /// After `id` left this device (row `rid`).
    [[nodiscard]] Result<void> removed(const QString& table, const QString& id, qint64 rid);

private:
    QString company(const QString& accountId);

    Database& m_db;
    QHash<QString, QString> m_companies; ///< account id -> name, as contacts are indexed by it
    /// The contact derive() just decoded with its company: written() indexes it without decoding again.
    std::optional<std::pair<Contact, QString>> m_derived;
    RecordWriter::Derive m_deriveContact;
    RecordWriter::Derive m_deriveAccount;
};

} // namespace Fieldbook
