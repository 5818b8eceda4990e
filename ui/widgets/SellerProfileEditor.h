#pragma once

#include "common/Error.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Fieldbook {

class CompanyProfileEditor;
class Database;

/// Who sends quotes: the user's own name (the customer's contact person on every quote) and the
/// company (CompanyProfileEditor). A store signed in to a sync server takes the user's name from
/// the server's directory, so it is shown but not edited here.
class SellerProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SellerProfileEditor(Database& db, QWidget* parent = nullptr);

    CompanyProfileEditor* companyEditor() const { return m_company; }
    /// Stores the company profile and, when it changed, the user's name.
    [[nodiscard]] Result<void> save();

private:
    Database& m_db;
    QLineEdit* m_userName;
    QLabel* m_userNote;
    CompanyProfileEditor* m_company;
    QString m_loadedName;
};

} // namespace Fieldbook
