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

private:
    Database& m_db;
};

} // namespace Fieldbook
