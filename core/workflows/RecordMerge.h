#pragma once

#include "common/Error.h"
#include "domain/Account.h"
#include "domain/Contact.h"

namespace Fieldbook {

class Database;

/// Merges two records of one type into the one kept (docs/workflows.md), in one transaction: what
/// the other one holds moves over and the other is tombstoned; a failure on the way leaves both
/// as they were.
class RecordMerge final {
public:
    explicit RecordMerge(Database& db);

    /// Merges contact `otherId` into `keepId`: empty fields are filled, e-mails, phones and tags
    /// united, notes appended, do-not-call kept if either had it, activities and attachments moved.
    [[nodiscard]] Result<Contact> contacts(const QString& keepId, const QString& otherId);
    /// Merges account `otherId` into `keepId`: empty fields filled, phones and tags united, notes
    /// appended; contacts, activities, attachments and child accounts moved.
    [[nodiscard]] Result<Account> accounts(const QString& keepId, const QString& otherId);

    /// The fields of `keep` after `other` was merged into it (contacts()).
    [[nodiscard]] static Contact mergedContact(const Contact& keep, const Contact& other);
    /// The fields of `keep` after `other` was merged into it (accounts()).
    [[nodiscard]] static Account mergedAccount(const Account& keep, const Account& other);

private:
    /// Gives `otherId`'s contacts, child accounts, activities and attachments to `keepId`.
    [[nodiscard]] Result<void> moveAccountHoldings(const QString& keepId, const QString& otherId);

    Database& m_db;
};

} // namespace Fieldbook
