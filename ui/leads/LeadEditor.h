#pragma once

#include "domain/Lead.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Fieldbook {

class Database;
class FieldCheck;
class OwnerCombo;

/// The form of one lead. The status offers the open statuses and Disqualified (which asks for the
/// reason in the form); a converted lead is shown read-only with what it became.
class LeadEditor final : public QWidget {
    Q_OBJECT
public:
    explicit LeadEditor(Database& db, QWidget* parent = nullptr);

    void setLead(const Lead& lead);
    /// The loaded lead with the form's values.
    Lead lead() const;
    bool isDirty() const { return m_dirty; }
    void focusFirstField();
    /// The sources offered follow the leads in the store.
    void reloadSources();

signals:
    void dirtyChanged(bool dirty);
    /// A link in the conversion note: "accounts" or "contacts" and the record's id.
    void recordRequested(const QString& table, const QString& id);

private:
    QLineEdit* lineEdit(const QString& objectName);
    void markDirty();
    void updateReasonState();
    void showConversion(const Lead& lead);

    Database& m_db;
    Lead m_loaded;
    bool m_dirty = false;
    bool m_loading = false;
    QLabel* m_conversion;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_company;
    QLineEdit* m_title;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_source;
    QComboBox* m_status;
    QComboBox* m_rating;
    QLineEdit* m_reason;
    OwnerCombo* m_owner;
    QPlainTextEdit* m_notes;
    FieldCheck* m_emailCheck;
    FieldCheck* m_phoneCheck;
    QList<QWidget*> m_fields; ///< what a converted lead makes read-only
};

} // namespace Fieldbook
