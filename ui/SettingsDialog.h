#pragma once

#include <QDialog>
#include <QLocale>

class QComboBox;
class QTabWidget;

namespace Fieldbook {

class CurrencyRatesEditor;
class Database;
class PipelineSettings;
class SellerProfileEditor;
class TimeZoneCombo;

/// Local preferences: the user interface language (applied on the next start), the region phone
/// numbers without a country code are read in (PhoneRegion), the time zone the calendar shows
/// (DisplayZone: the system's, or one chosen), the reporting currency and the
/// exchange rates into it (CurrencySettings); the user's name and the company printed on quotes
/// (SellerProfileEditor); and the organisation's sales pipelines (PipelineSettings).
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    /// The Database::setting() key of the language override ("" follows the system).
    static QString languageKey();
    /// "System default (English)": the first entry of the language list, naming the language
    /// Fieldbook shows for the system language `system`.
    static QString systemDefaultText(const QLocale& system);

    explicit SettingsDialog(Database& db, QWidget* parent = nullptr);

    void accept() override;

private:
    void fillPhoneRegions();

    Database& m_db;
    QComboBox* m_language;
    QComboBox* m_phoneRegion;
    TimeZoneCombo* m_zone;
    CurrencyRatesEditor* m_currency;
    SellerProfileEditor* m_company;
    PipelineSettings* m_pipelines;
    QTabWidget* m_tabs;
};

} // namespace Fieldbook
