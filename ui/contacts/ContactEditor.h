#pragma once

#include "domain/Contact.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Fieldbook {

class AccountPicker;
class AddressEditor;
class ContactPointsEditor;
class Database;
class OwnerCombo;

/// The form of one contact. Knows nothing about saving: the section reads contact() and stores it.
class ContactEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ContactEditor(Database& db, QWidget* parent = nullptr);

    /// Loads `contact` into the form; the form is clean afterwards.
    void setContact(const Contact& contact);
    /// The loaded contact with the form's values.
    Contact contact() const;
    bool isDirty() const { return m_dirty; }
    void focusFirstField();
    /// The account field names no account (typed, not picked).
    bool hasUnresolvedAccount() const;
    QString accountText() const;
    void setAccount(const QString& id, const QString& name);

signals:
    void dirtyChanged(bool dirty);

private:
    void markDirty();
    QLineEdit* lineEdit(const QString& objectName);

    Database& m_db;
    Contact m_loaded;
    bool m_dirty = false;
    bool m_loading = false;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_title;
    AccountPicker* m_account;
    ContactPointsEditor* m_emails;
    ContactPointsEditor* m_phones;
    QCheckBox* m_doNotCall;
    AddressEditor* m_address;
    QDateEdit* m_birthday;
    QLineEdit* m_tags;
    OwnerCombo* m_owner;
    QPlainTextEdit* m_notes;
};

} // namespace Fieldbook
