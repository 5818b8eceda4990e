#include "DuplicateCheckedSave.h"

#include "RecordMerge.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"

namespace Fieldbook {

namespace {

/// Validates a new `record` and looks for its duplicates through `repository`.
template<class Record, class Repository>
Result<DuplicateCheck<Record>> checked(const Repository& repository, const Record& record) {
    if (!record.id.isEmpty())
        return DuplicateCheck<Record>{.record = record, .duplicates = {}};
    auto valid = repository.validate(record);
    if (!valid)
        return std::unexpected(valid.error());
    auto duplicates = repository.findDuplicates(*valid);
    return DuplicateCheck<Record>{.record = *valid, .duplicates = duplicates.value_or(QList<DuplicateCandidate>{})};
}

/// Saves `record` through `repository` and merges it into `existingId` with `merge`, at once.
template<class Record, class Repository, class Merge>
Result<Record> savedAndMerged(Database& db, Repository repository, const Record& record, Merge merge) {
    Record merged;
    auto ok = db.transaction([&]() -> Result<void> {
        auto saved = repository.save(record);
        if (!saved)
            return std::unexpected(saved.error());
        auto result = merge(saved->id);
        if (!result)
            return std::unexpected(result.error());
        merged = *result;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return merged;
}

} // namespace

DuplicateCheckedSave::DuplicateCheckedSave(Database& db)
    : m_db(db) {}

Result<DuplicateCheck<Contact>> DuplicateCheckedSave::check(const Contact& contact) const {
    return checked(ContactRepository(m_db), contact);
}

Result<DuplicateCheck<Account>> DuplicateCheckedSave::check(const Account& account) const {
    return checked(AccountRepository(m_db), account);
}

Result<Contact> DuplicateCheckedSave::save(const Contact& contact) {
    return ContactRepository(m_db).save(contact);
}

Result<Account> DuplicateCheckedSave::save(const Account& account) {
    return AccountRepository(m_db).save(account);
}

Result<Contact> DuplicateCheckedSave::saveInto(const Contact& contact, const QString& existingId) {
    return savedAndMerged(m_db, ContactRepository(m_db), contact,
                          [&](const QString& newId) { return RecordMerge(m_db).contacts(existingId, newId); });
}

Result<Account> DuplicateCheckedSave::saveInto(const Account& account, const QString& existingId) {
    return savedAndMerged(m_db, AccountRepository(m_db), account,
                          [&](const QString& newId) { return RecordMerge(m_db).accounts(existingId, newId); });
}

} // namespace Fieldbook
