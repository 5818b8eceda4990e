#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Fieldbook {

class Database;

/// The people at one account; double-click opens one in the Contacts section.
class AccountContactsList final : public QWidget {
    Q_OBJECT
public:
    explicit AccountContactsList(Database& db, QWidget* parent = nullptr);

    void setAccount(const QString& accountId);
    int count() const;
    bool hasAccount() const { return !m_accountId.isEmpty(); }

signals:
    /// Open `contactId` (empty: the account's list) in the Contacts section.
    void contactActivated(const QString& contactId);
    /// The list was filled again (another account, or its contacts changed).
    void countChanged(int count);

private:
    void reload();

    Database& m_db;
    QString m_accountId;
    QListWidget* m_list;
    QLabel* m_empty;
};

} // namespace Fieldbook
