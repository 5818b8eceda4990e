#pragma once

#include "domain/Lead.h"

#include <QKeySequence>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Fieldbook {

class Database;

/// One line to capture a lead while it is on the phone: the full name (split as people write it,
/// family name first for Chinese names), the company, and an e-mail address or phone number.
/// Return in any field adds the lead, owned by the local user, and clears the line.
class LeadQuickAdd final : public QWidget {
    Q_OBJECT
public:
    explicit LeadQuickAdd(Database& db, QWidget* parent = nullptr);

    /// Adds what the fields hold; emits added() or failed().
    void add();
    void focusName();
    /// The Leads section's key for focusName().
    static QKeySequence shortcut() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N); }

signals:
    void added(const Fieldbook::Lead& lead);
    /// Translated: what is wrong and in which field.
    void failed(const QString& message);

private:
    Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_company;
    QLineEdit* m_reach;
    QPushButton* m_add;
};

} // namespace Fieldbook
