#pragma once

#include "services/CompanyProfile.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Fieldbook {

/// The seller's details printed on quotes: name, address, phone, e-mail, website, tax number,
/// default payment terms, the tax rate of items that are not products, and a logo (PNG, JPEG or
/// SVG, shown as a preview).
class CompanyProfileEditor final : public QWidget {
    Q_OBJECT
public:
    explicit CompanyProfileEditor(QWidget* parent = nullptr);

    void setProfile(const CompanyProfile& profile);
    CompanyProfile profile() const;
    /// Reads a logo file; false (and a message for the user in `problem`) when it is not an image
    /// or too large.
    bool loadLogo(const QString& path, QString* problem);

private:
    void showLogo();
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_taxId;
    QLineEdit* m_paymentTerms;
    QDoubleSpinBox* m_taxRate;
    QLabel* m_logo;
    QPushButton* m_removeLogo;
    QByteArray m_logoBytes;
};

} // namespace Fieldbook
