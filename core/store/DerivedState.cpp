#include "DerivedState.h"

#include "AccountRepository.h"
#include "AttachmentContents.h"
#include "ContactRepository.h"
#include "LeadRepository.h"
#include "RecordKeys.h"
#include "search/SearchIndex.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Result<void> refreshDerived(Database& db, const QString& table, const QString& id, qint64 rid, bool isNew, bool deleted,
                            bool nameChanged) {
    if (table == u"contacts"_s)
        return ContactRepository(db).refreshDerived(id, rid, isNew, deleted);
    if (table == u"accounts"_s)
        return AccountRepository(db).refreshDerived(id, rid, isNew, deleted, nameChanged);
    if (table == u"leads"_s)
        return LeadRepository(db).refreshDerived(id, rid, isNew, deleted);
    return {}; // the other types keep nothing derived
}

Result<void> forgetDerived(Database& db, const QString& table, const QString& id, qint64 rid) {
    if (auto r = SearchIndex::remove(db, table, rid); !r)
        return r;
    return RecordKeys::clear(db, id);
}

DerivedState::DerivedState(Database& db)
    : m_db(db)
    , m_deriveContact([this](const QVariantList& values) -> Result<RecordWriter::LocalColumns> {
        Contact c = ContactRepository::fromValues({}, values);
        QString name = company(c.accountId);
        auto keys = ContactRepository::sortKeys(c, name);
        m_derived.emplace(std::move(c), std::move(name));
        return keys;
    })
    , m_deriveAccount([](const QVariantList& values) -> Result<RecordWriter::LocalColumns> {
        return AccountRepository::sortKeys(AccountRepository::fromValues({}, values));
    }) {}

QString DerivedState::company(const QString& accountId) {
    if (accountId.isEmpty())
        return {};
    auto known = m_companies.constFind(accountId);
    if (known != m_companies.constEnd())
        return *known;
    const QString name = ContactRepository(m_db).companyOf(accountId);
    m_companies.insert(accountId, name);
    return name;
}

const RecordWriter::Derive& DerivedState::derive(const QString& table) {
    static const RecordWriter::Derive none;
    m_derived.reset();
    if (table == u"contacts"_s)
        return m_deriveContact;
    if (table == u"accounts"_s)
        return m_deriveAccount;
    if (table == u"leads"_s) {
        static const RecordWriter::Derive lead = [](const QVariantList& values) -> Result<RecordWriter::LocalColumns> {
            return LeadRepository::sortKeys(LeadRepository::fromValues({}, values));
        };
        return lead;
    }
    return none;
}

Result<void> DerivedState::written(const QString& table, const QString& id, const RecordWriter::Applied& applied) {
    if (!applied.inserted && !applied.deletedChanged && applied.changedFields.isEmpty())
        return {};
    if (table == RecordType::attachments().table) {
        // Its bytes follow the row: fetched in the background or when it is opened.
        const QString sha256 = applied.values.value(RecordType::attachments().indexOf(u"sha256"_s)).toString();
        return applied.deleted ? Result<void>() : AttachmentContents(m_db).expect(sha256);
    }
    const bool isContact = table == u"contacts"_s;
    const bool isAccount = table == u"accounts"_s;
    if (table == u"leads"_s) {
        if (applied.deleted)
            return applied.inserted ? Result<void>() : removed(table, id, applied.rid);
        return LeadRepository(m_db).index(LeadRepository::fromValues(id, applied.values), applied.rid,
                                          applied.inserted);
    }
    if (!isContact && !isAccount)
        return {};
    if (isAccount)
        m_companies.remove(id);
    if (applied.deleted) {
        if (applied.inserted)
            return {}; // a tombstone that arrives first was never indexed
        return removed(table, id, applied.rid);
    }
    if (isContact) {
        auto derived = std::exchange(m_derived, std::nullopt);
        if (!derived) {
            Contact c = ContactRepository::fromValues(id, applied.values);
            QString name = company(c.accountId);
            derived.emplace(std::move(c), std::move(name));
        }
        derived->first.id = id;
        return ContactRepository(m_db).index(derived->first, applied.rid, derived->second, applied.inserted);
    }
    AccountRepository accounts(m_db);
    if (auto r = accounts.index(AccountRepository::fromValues(id, applied.values), applied.rid, applied.inserted); !r)
        return r;
    // Contacts pulled before their account show its name (search, "by company" order) from now on.
    if (applied.inserted || applied.changedFields.contains(u"name"_s))
        return ContactRepository(m_db).reindexAccount(id);
    return {};
}

Result<void> DerivedState::removed(const QString& table, const QString& id, qint64 rid) {
    if (table == u"accounts"_s)
        m_companies.remove(id);
    if (table == u"contacts"_s || table == u"accounts"_s || table == u"leads"_s)
        return forgetDerived(m_db, table, id, rid);
    return {};
}

} // namespace Fieldbook
