#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>

namespace Fieldbook {

class Database;

/// Names of referenced users and accounts during one export, looked up once each.
class ExportNames final {
public:
    explicit ExportNames(Database& db);
    /// The name of user `id`; empty for an empty or unknown id.
    [[nodiscard]] Result<QString> user(const QString& id);
    /// The name of account `id`; empty for an empty or unknown id.
    [[nodiscard]] Result<QString> account(const QString& id);
    /// The external id of account `id`; empty when it has none or is unknown.
    [[nodiscard]] Result<QString> accountExternalId(const QString& id);

private:
    Database& m_db;
    bool m_usersLoaded = false;
    QHash<QString, QString> m_users;
    struct AccountNames {
        QString name;
        QString externalId;
    };
    [[nodiscard]] Result<AccountNames> accountNames(const QString& id);
    QHash<QString, AccountNames> m_accounts;
};

} // namespace Fieldbook
