#pragma once

#include "common/Error.h"
#include "domain/Account.h"
#include "domain/Contact.h"
#include "store/records/DuplicateCandidate.h"

#include <QList>

namespace Fieldbook {

class Database;

/// A record about to be saved, as checked: in its validated form, with the live records it may
/// duplicate.
template<class Record>
struct DuplicateCheck {
    Record record;
    QList<DuplicateCandidate> duplicates;
};

/// Saving a contact or an account the way the sections do (docs/workflows.md): a new record is
/// validated and compared with the existing ones first, and the user decides what a likely
/// duplicate means; saving it as a new record, or saving it and merging it into the existing one
/// in one transaction.
class DuplicateCheckedSave final {
public:
    explicit DuplicateCheckedSave(Database& db);

    /// A new record's refusal by validation, or the record validated with its likely duplicates.
    /// A record already stored is saved as it is, so it is not checked; a duplicate search that
    /// fails finds none rather than standing in the way of the save.
    [[nodiscard]] Result<DuplicateCheck<Contact>> check(const Contact& contact) const;
    [[nodiscard]] Result<DuplicateCheck<Account>> check(const Account& account) const;

    /// Saves the record (a new one, or changes of a stored one); the record as stored.
    [[nodiscard]] Result<Contact> save(const Contact& contact);
    [[nodiscard]] Result<Account> save(const Account& account);

    /// Saves the new record and merges it into `existingId` (RecordMerge), in one transaction;
    /// the existing record as merged. A refusal leaves no trace of the new one.
    [[nodiscard]] Result<Contact> saveInto(const Contact& contact, const QString& existingId);
    [[nodiscard]] Result<Account> saveInto(const Account& account, const QString& existingId);

private:
    Database& m_db;
};

} // namespace Fieldbook
