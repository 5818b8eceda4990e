#include "ImportReferences.h"

#include "ImportRow.h"
#include "store/records/AccountRepository.h"
#include "store/records/UserRepository.h"

namespace Fieldbook {

ImportReferences::ImportReferences(Database& db)
    : m_db(db) {}

QString ImportReferences::key(const QString& name) {
    QString k = name.trimmed();
    for (QChar& c : k) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return k;
}

Result<QStringList> ImportReferences::users(const QString& name) {
    if (!m_usersLoaded) {
        auto all = UserRepository(m_db).all();
        if (!all)
            return std::unexpected(all.error());
        for (const auto& user : *all)
            m_users[key(user.name)].append(user.id);
        m_usersLoaded = true;
    }
    return m_users.value(key(name));
}

Result<QStringList> ImportReferences::accounts(const QString& name) {
    const QString k = key(name);
    if (const auto cached = m_accounts.constFind(k); cached != m_accounts.cend())
        return *cached;
    auto found = AccountRepository(m_db).findByName(name);
    if (!found)
        return std::unexpected(found.error());
    QStringList ids;
    for (const auto& account : *found)
        ids.append(account.id);
    m_accounts.insert(k, ids);
    return ids;
}

Result<QStringList> ImportReferences::accountsByExternalId(const QString& externalId) {
    if (const auto cached = m_accountByExternalId.constFind(externalId); cached != m_accountByExternalId.cend())
        return QStringList{*cached};
    auto found = AccountRepository(m_db).findByExternalId(externalId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found || (*found)->deleted)
        return QStringList();
    m_accountByExternalId.insert(externalId, (*found)->id);
    return QStringList{(*found)->id};
}

void ImportReferences::userSaved(const QString& id, const QString& oldName, const QString& newName) {
    if (!m_usersLoaded || key(oldName) == key(newName))
        return;
    if (!oldName.isEmpty())
        m_users[key(oldName)].removeAll(id);
    m_users[key(newName)].append(id);
}

void ImportReferences::accountSaved(const QString& id, const QString& oldName, const QString& newName) {
    if (key(oldName) == key(newName))
        return;
    if (!oldName.isEmpty()) {
        if (auto it = m_accounts.find(key(oldName)); it != m_accounts.end())
            it->removeAll(id);
    }
    // An uncached name is looked up when first needed and then finds the new row.
    if (auto it = m_accounts.find(key(newName)); it != m_accounts.end() && !it->contains(id))
        it->append(id);
}

Result<QString> ImportReferences::setUser(const ImportRow& row, const QString& field, QString* id) {
    if (!row.has(field))
        return QString();
    const QString name = row.value(field);
    if (name.isEmpty()) {
        id->clear();
        return QString();
    }
    auto ids = users(name);
    if (!ids)
        return std::unexpected(ids.error());
    auto one = single(*ids, field, name, true);
    if (!one)
        return one.error().message;
    *id = *one;
    return QString();
}

Result<QString> ImportReferences::setAccount(const ImportRow& row, const QString& field, const QString& externalField,
                                             QString* id) {
    const QString externalId = row.value(externalField);
    const bool byExternalId = !externalId.isEmpty();
    if (!byExternalId && !row.has(field))
        return QString();
    const QString name = byExternalId ? externalId : row.value(field);
    if (name.isEmpty()) {
        id->clear();
        return QString();
    }
    auto ids = byExternalId ? accountsByExternalId(name) : accounts(name);
    if (!ids)
        return std::unexpected(ids.error());
    auto one = single(*ids, byExternalId ? externalField : field, name, false);
    if (!one)
        return one.error().message;
    *id = *one;
    return QString();
}

Result<QString> ImportReferences::single(const QStringList& ids, const QString& field, const QString& name,
                                         bool isUser) {
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty())
        return fail(ErrorCode::NotFound, isUser ? tr("%1 '%2' does not match any user").arg(field, name)
                                                : tr("%1 '%2' does not match any account").arg(field, name));
    return fail(
        ErrorCode::InvalidInput,
        isUser
            ? tr("%1 '%2' matches %3 users; rename them to tell them apart").arg(field, name).arg(ids.size())
            : tr("%1 '%2' matches %3 accounts; use external ids to tell them apart").arg(field, name).arg(ids.size()));
}

} // namespace Fieldbook
