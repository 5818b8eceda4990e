#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Fieldbook {

class Database;

/// A line edit that completes over account names (search index) and remembers the chosen id.
class AccountPicker final : public QLineEdit {
    Q_OBJECT
public:
    explicit AccountPicker(Database& db, QWidget* parent = nullptr);

    void setAccount(const QString& id, const QString& name);
    QString accountId() const { return m_id; }
    /// Text was typed that names no account.
    bool isUnresolved() const;
    /// An account that cannot be chosen (an account is not its own parent).
    void setExcludedId(const QString& id) { m_excludedId = id; }
    /// Resolves typed text to an account when exactly one has that name.
    void resolve();

signals:
    void accountChanged();

private:
    void onTextEdited(const QString& text);
    void choose(const QModelIndex& index);

    Database& m_db;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QString m_id;
    QString m_name;
    QString m_excludedId;
};

} // namespace Fieldbook
