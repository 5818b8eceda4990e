#pragma once

#include "store/write/RecordWriter.h"
#include "common/Error.h"
#include "domain/Lead.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Fieldbook {

class Database;

/// Reads and writes leads; the only write path for them (outbox, search index and match keys are
/// updated in the same transaction). Enforces the lead's status machine (domain/Lead.h): a
/// converted lead is final and cannot be edited, a disqualified one needs a reason, and only
/// markConverted() (used by LeadConversion) makes a lead converted.
class LeadRepository final {
public:
    explicit LeadRepository(Database& db);

    /// The lead, tombstoned or not; NotFound when the id is unknown.
    [[nodiscard]] Result<Lead> get(const QString& id) const;
    [[nodiscard]] Result<std::optional<Lead>> findByExternalId(const QString& externalId) const;
    /// Live leads that have `email` (compared like duplicates are); for imports.
    [[nodiscard]] Result<QList<Lead>> findByEmail(const QString& email) const;
    [[nodiscard]] Result<int> count() const;

    /// Checks and normalises: a person's name, a valid e-mail and phone, a reason when
    /// disqualified, a status the lead may reach from its stored one. Inserts (empty id) or updates.
    [[nodiscard]] Result<Lead> save(Lead lead);
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

    /// An open or disqualified lead becomes qualified (a disqualification reason is cleared).
    [[nodiscard]] Result<Lead> qualify(const QString& id);
    /// An open lead becomes disqualified for `reason`, which must not be empty.
    [[nodiscard]] Result<Lead> disqualify(const QString& id, const QString& reason);
    /// Gives each lead to `ownerId`, a live and active user; converted leads keep their owner and
    /// refuse (nothing is changed then). One transaction.
    [[nodiscard]] Result<void> assign(const QStringList& ids, const QString& ownerId);
    /// Marks an open lead converted into these records, now. For LeadConversion, which calls it
    /// inside the transaction that created them; `opportunityId` may be empty.
    [[nodiscard]] Result<Lead> markConverted(const QString& id, const QString& accountId, const QString& contactId,
                                             const QString& opportunityId);

    /// A lead with these synced values (RecordType::leads() field order).
    [[nodiscard]] static Lead fromValues(const QString& id, const QVariantList& values);

private:
    [[nodiscard]] Result<Lead> validate(Lead lead) const;
    /// Writes `lead` (already validated) over `previous` in the current transaction.
    [[nodiscard]] Result<Lead> write(Lead lead, const std::optional<StoredRecord>& previous);
    /// Loads a live lead for an action; NotFound when it is unknown or deleted.
    [[nodiscard]] Result<std::pair<Lead, StoredRecord>> loadLive(const QString& id) const;
    /// Loads the live lead `id` in a transaction, refuses a converted one, applies `edit` (which
    /// may refuse too) and writes the result.
    [[nodiscard]] Result<Lead> change(const QString& id, const std::function<Result<void>(Lead&)>& edit);
    Database& m_db;
};

} // namespace Fieldbook
