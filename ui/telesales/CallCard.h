#pragma once

#include "domain/CallList.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Fieldbook {

class Database;

/// Everything needed for the next call (docs/telesales.md, The queue): who, every number they
/// have (each dials on a click), the account, the last interactions, the open opportunities and
/// quotes, and the list's script with its placeholders filled in. What this device does not hold (a
/// colleague's contact) is left out; the entry's own name and number always show.
class CallCard final : public QWidget {
    Q_OBJECT
public:
    CallCard(Database& db, QWidget* parent = nullptr);

    /// Shows `entry` of `list`.
    void show(const CallListEntry& entry, const CallList& list);
    /// The script as shown, placeholders filled in.
    QString script() const;

signals:
    void dialRequested(const QString& number);

private:
    struct Person;
    [[nodiscard]] Person personOf(const CallListEntry& entry) const;
    void showNumbers(const CallListEntry& entry, const QStringList& phones);
    void showHistory(const CallListEntry& entry);
    /// Shows the account's open opportunities; returns its last order for the script ("" when none).
    QString showOpportunities(const QString& accountId);
    /// Shows the account's quotes still open (draft or sent, not expired).
    void showQuotes(const QString& accountId);

    Database& m_db;
    QLabel* m_name;
    QLabel* m_context;
    QWidget* m_numbers;
    QLabel* m_history;
    QLabel* m_opportunities;
    QLabel* m_quotes;
    QLabel* m_script;
};

} // namespace Fieldbook
