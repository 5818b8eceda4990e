#include "ExportNames.h"

#include "store/records/AccountRepository.h"
#include "store/records/UserRepository.h"

namespace Fieldbook {

namespace {
constexpr qsizetype kMaxCachedAccounts = 100'000;
}

ExportNames::ExportNames(Database& db)
    : m_db(db) {}

Result<QString> ExportNames::user(const QString& id) {
    if (!m_usersLoaded) {
        auto users = UserRepository(m_db).all();
        if (!users)
            return std::unexpected(users.error());
        for (const auto& u : *users)
            m_users.insert(u.id, u.name);
        m_usersLoaded = true;
    }
    return m_users.value(id);
}

Result<QString> ExportNames::account(const QString& id) {
    auto names = accountNames(id);
    if (!names)
        return std::unexpected(names.error());
    return names->name;
}

Result<QString> ExportNames::accountExternalId(const QString& id) {
    auto names = accountNames(id);
    if (!names)
        return std::unexpected(names.error());
    return names->externalId;
}

Result<ExportNames::AccountNames> ExportNames::accountNames(const QString& id) {
    if (id.isEmpty())
        return AccountNames{};
    if (const auto it = m_accounts.constFind(id); it != m_accounts.cend())
        return *it;
    auto account = AccountRepository(m_db).get(id);
    AccountNames names;
    if (account)
        names = {account->name, account->externalId};
    else if (account.error().code != ErrorCode::NotFound)
        return std::unexpected(account.error());
    if (m_accounts.size() >= kMaxCachedAccounts)
        m_accounts.clear();
    m_accounts.insert(id, names);
    return names;
}

} // namespace Fieldbook
