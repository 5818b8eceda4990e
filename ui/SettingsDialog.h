#pragma once

#include <QDialog>

class QComboBox;

namespace Fieldbook {

class CompanyProfileEditor;
class CurrencyRatesEditor;
class Database;

/// Local preferences: the user interface language (applied on the next start), the reporting
/// currency and the exchange rates into it (CurrencySettings); and the company printed on quotes
/// (CompanyProfile).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    /// The Database::setting() key of the language override ("" follows the system).
    static QString languageKey();

    explicit SettingsDialog(Database& db, QWidget* parent = nullptr);

    void accept() override;

private:
    Database& m_db;
    QComboBox* m_language;
    CurrencyRatesEditor* m_currency;
    CompanyProfileEditor* m_company;
};

} // namespace Fieldbook
