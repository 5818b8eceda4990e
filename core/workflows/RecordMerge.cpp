#include "RecordMerge.h"

#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace Fieldbook {

// The messages keep the translation contexts of the repositories that merged before the merge
// became a workflow: that is where users met them.

namespace {

void fill(QString& target, const QString& source) {
    if (target.isEmpty())
        target = source;
}

template<class List>
void unite(List& target, const List& source) {
    for (const auto& value : source)
        if (!target.contains(value))
            target.append(value);
}

void appendNotes(QString& target, const QString& source) {
    if (!source.isEmpty() && source != target)
        target = target.isEmpty() ? source : target + u"\n\n"_s + source;
}

/// Both records, refused unless both are live.
template<class Record, class Repository>
Result<std::pair<Record, Record>> liveRecords(const Repository& repository, const QString& keepId,
                                              const QString& otherId, const char* context, const char* deleted) {
    auto keep = repository.get(keepId);
    if (!keep)
        return std::unexpected(keep.error());
    auto other = repository.get(otherId);
    if (!other)
        return std::unexpected(other.error());
    if (keep->deleted || other->deleted)
        return fail(ErrorCode::NotFound, QCoreApplication::translate(context, deleted));
    return std::pair{*keep, *other};
}

} // namespace

RecordMerge::RecordMerge(Database& db)
    : m_db(db) {}

Contact RecordMerge::mergedContact(const Contact& keep, const Contact& other) {
    Contact m = keep;
    fill(m.firstName, other.firstName);
    fill(m.lastName, other.lastName);
    fill(m.title, other.title);
    fill(m.accountId, other.accountId);
    if (m.address.isEmpty())
        m.address = other.address;
    if (!m.birthday.isValid())
        m.birthday = other.birthday;
    unite(m.emails, other.emails);
    unite(m.phones, other.phones);
    unite(m.tags, other.tags);
    appendNotes(m.notes, other.notes);
    m.doNotCall = m.doNotCall || other.doNotCall;
    return m;
}

Account RecordMerge::mergedAccount(const Account& keep, const Account& other) {
    Account m = keep;
    fill(m.industry, other.industry);
    fill(m.website, other.website);
    fill(m.language, other.language);
    if (m.address.isEmpty())
        m.address = other.address;
    if (m.annualRevenue == 0) {
        m.annualRevenue = other.annualRevenue;
        m.currency = other.currency;
    }
    if (m.employees == 0)
        m.employees = other.employees;
    if (m.parentId.isEmpty() || m.parentId == other.id)
        m.parentId = other.parentId == keep.id ? QString() : other.parentId;
    unite(m.phones, other.phones);
    unite(m.tags, other.tags);
    appendNotes(m.notes, other.notes);
    return m;
}

Result<Contact> RecordMerge::contacts(const QString& keepId, const QString& otherId) {
    if (keepId == otherId)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("ContactRepository", "A contact cannot be merged with itself."));
    Contact merged;
    auto ok = m_db.transaction([&]() -> Result<void> {
        ContactRepository repository(m_db);
        auto both =
            liveRecords<Contact>(repository, keepId, otherId, "ContactRepository",
                                 QT_TRANSLATE_NOOP("ContactRepository", "One of the contacts to merge was deleted."));
        if (!both)
            return std::unexpected(both.error());
        const Contact m = mergedContact(both->first, both->second);
        if (auto r = ActivityRepository(m_db).moveToContact(otherId, keepId, m.accountId); !r)
            return std::unexpected(r.error());
        if (auto r = AttachmentRepository(m_db).moveToRecord(u"contacts"_s, otherId, keepId); !r)
            return std::unexpected(r.error());
        if (auto r = repository.remove(otherId); !r)
            return r;
        auto saved = repository.save(m);
        if (!saved)
            return std::unexpected(saved.error());
        merged = *saved;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return merged;
}

Result<void> RecordMerge::moveAccountHoldings(const QString& keepId, const QString& otherId) {
    ContactRepository contacts(m_db);
    auto people = contacts.forAccount(otherId);
    if (!people)
        return std::unexpected(people.error());
    for (auto person : std::as_const(*people)) {
        person.accountId = keepId;
        if (auto r = contacts.save(person); !r)
            return std::unexpected(r.error());
    }
    AccountRepository accounts(m_db);
    auto childIds = accounts.subsidiaryIds(otherId);
    if (!childIds)
        return std::unexpected(childIds.error());
    childIds->removeAll(keepId); // the kept account's own parent is settled by mergedAccount()
    for (const auto& childId : std::as_const(*childIds)) {
        auto child = accounts.get(childId);
        if (!child)
            return std::unexpected(child.error());
        child->parentId = keepId;
        if (auto r = accounts.save(*child); !r)
            return std::unexpected(r.error());
    }
    if (auto r = ActivityRepository(m_db).moveToAccount(otherId, keepId); !r)
        return std::unexpected(r.error());
    if (auto r = AttachmentRepository(m_db).moveToRecord(u"accounts"_s, otherId, keepId); !r)
        return std::unexpected(r.error());
    return {};
}

Result<Account> RecordMerge::accounts(const QString& keepId, const QString& otherId) {
    if (keepId == otherId)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AccountRepository", "An account cannot be merged with itself."));
    Account merged;
    auto ok = m_db.transaction([&]() -> Result<void> {
        AccountRepository repository(m_db);
        auto both =
            liveRecords<Account>(repository, keepId, otherId, "AccountRepository",
                                 QT_TRANSLATE_NOOP("AccountRepository", "One of the accounts to merge was deleted."));
        if (!both)
            return std::unexpected(both.error());
        const Account m = mergedAccount(both->first, both->second);
        if (auto r = moveAccountHoldings(keepId, otherId); !r)
            return r;
        if (auto r = repository.remove(otherId); !r)
            return r;
        auto saved = repository.save(m);
        if (!saved)
            return std::unexpected(saved.error());
        merged = *saved;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return merged;
}

} // namespace Fieldbook
