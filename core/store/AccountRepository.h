#pragma once

#include "DuplicateCandidate.h"
#include "common/Error.h"
#include "domain/Account.h"

#include <QVariant>

#include <optional>
#include <utility>

namespace Fieldbook {

class Database;

/// Reads and writes accounts; the only write path for them.
class AccountRepository final {
public:
    explicit AccountRepository(Database& db);

    [[nodiscard]] Result<Account> get(const QString& id) const;
    [[nodiscard]] Result<std::optional<Account>> findByExternalId(const QString& externalId) const;
    /// Live accounts whose name equals `name` ignoring case; used by imports to resolve references.
    [[nodiscard]] Result<QList<Account>> findByName(const QString& name) const;
    [[nodiscard]] Result<int> count() const;
    /// Up to `limit` live accounts in storage order after the row `afterRid` (0: from the start);
    /// `*lastRid` receives the cursor for the next page. Exports stream with it.
    [[nodiscard]] Result<QList<Account>> page(qint64 afterRid, int limit, qint64* lastRid) const;

    [[nodiscard]] Result<Account> validate(Account account) const;
    [[nodiscard]] Result<Account> save(Account account);
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

    /// Live accounts with the same phone or website domain, or a very similar name.
    [[nodiscard]] Result<QList<DuplicateCandidate>> findDuplicates(const Account& account) const;
    /// The live accounts whose parent is `parentId` (merging moves them: workflows/RecordMerge).
    [[nodiscard]] Result<QStringList> subsidiaryIds(const QString& parentId) const;

    /// Brings the sort key, the search index and match keys (and its contacts' company name) in
    /// line with the stored row after sync wrote it.
    [[nodiscard]] Result<void> refreshDerived(const QString& id, qint64 rid, bool isNew, bool deleted,
                                              bool nameChanged);

    // The parts of that derived state, for sync writing many rows at once (DerivedState).
    /// An account with these synced values (RecordType::accounts() field order).
    [[nodiscard]] static Account fromValues(const QString& id, const QVariantList& values);
    /// The local columns stored in an account's row: its sort key.
    [[nodiscard]] static QList<std::pair<QString, QVariant>> sortKeys(const Account& a);
    /// Writes the search entry and match keys of the account stored in row `rid`.
    [[nodiscard]] Result<void> index(const Account& a, qint64 rid, bool isNew);

private:
    Database& m_db;
};

} // namespace Fieldbook
