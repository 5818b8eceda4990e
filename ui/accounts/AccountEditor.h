#pragma once

#include "domain/Account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Fieldbook {

class MoneyField;

class AccountPicker;
class AddressEditor;
class ContactPointsEditor;
class Database;
class OwnerCombo;

/// The form of one account. Revenue is typed in major units and kept in minor units.
class AccountEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AccountEditor(Database& db, QWidget* parent = nullptr);

    void setAccount(const Account& account);
    /// The loaded account with the form's values; nullopt (and `problem` set) when the revenue
    /// or the parent account cannot be read.
    std::optional<Account> account(QString* problem) const;
    bool isDirty() const { return m_dirty; }
    void focusFirstField();

signals:
    void dirtyChanged(bool dirty);

private:
    void markDirty();
    void showLanguage(const QString& language);
    QLineEdit* lineEdit(const QString& objectName);

    Database& m_db;
    Account m_loaded;
    bool m_dirty = false;
    bool m_loading = false;
    QLineEdit* m_name;
    QLineEdit* m_industry;
    QLineEdit* m_website;
    ContactPointsEditor* m_phones;
    AddressEditor* m_address;
    MoneyField* m_revenue;
    QSpinBox* m_employees;
    AccountPicker* m_parent;
    QLineEdit* m_tags;
    QComboBox* m_language;
    OwnerCombo* m_owner;
    QPlainTextEdit* m_notes;
};

} // namespace Fieldbook
