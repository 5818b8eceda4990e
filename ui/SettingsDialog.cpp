#include "SettingsDialog.h"

#include "Translations.h"
#include "calendar/TimeZoneCombo.h"
#include "domain/PhoneNumber.h"
#include "opportunities/PipelineSettings.h"
#include "store/records/CurrencySettings.h"
#include "services/DisplayZone.h"
#include "services/LanguageSettings.h"
#include "services/PhoneRegion.h"
#include "store/db/Database.h"
#include "widgets/CurrencyRatesEditor.h"
#include "widgets/MessageBox.h"
#include "widgets/SellerProfileEditor.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The languages Fieldbook speaks, named in their own language so that anyone can find theirs.
struct Language {
    const char* key;
    const char16_t* name;
};
constexpr Language kLanguages[] = {{"en_US", u"English"}, {"zh_CN", u"简体中文"}};

} // namespace

QString SettingsDialog::languageKey() {
    return LanguageSettings::key();
}

QString SettingsDialog::systemDefaultText(const QLocale& system) {
    // The language Fieldbook shows for the system's, which need not be the system's own.
    const QString used = translationLanguage(system);
    QString name = QString::fromUtf16(kLanguages[0].name);
    for (const auto& [key, native] : kLanguages)
        if (used == QLatin1StringView(key))
            name = QString::fromUtf16(native);
    return tr("System default (%1)").arg(name);
}

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(new QComboBox(this))
    , m_phoneRegion(new QComboBox(this))
    , m_zone(new TimeZoneCombo(this, true))
    , m_currency(new CurrencyRatesEditor(this))
    , m_company(new SellerProfileEditor(db, this))
    , m_pipelines(new PipelineSettings(db, this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(systemDefaultText(QLocale::system()), QString());
    for (const auto& [key, name] : kLanguages)
        m_language->addItem(QString::fromUtf16(name), QString::fromLatin1(key));
    m_language->setCurrentIndex(std::max(0, m_language->findData(db.setting(languageKey()))));
    auto* note = new QLabel(tr("The new language is used the next time Fieldbook starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    fillPhoneRegions();
    m_zone->setObjectName(u"displayZoneCombo"_s);
    m_zone->setToolTip(tr("The calendar shows times in this zone; events keep their own."));
    m_zone->setZoneId(DisplayZone::chosen(db));

    m_currency->setRates(CurrencySettings::load(db));
    auto* currencyBox = new QGroupBox(tr("Currency"), this);
    auto* currencyLayout = new QVBoxLayout(currencyBox);
    currencyLayout->addWidget(m_currency);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* general = new QWidget(this);
    auto* form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(tr("Default &phone region:"), m_phoneRegion);
    form->addRow(tr("Calendar &time zone:"), m_zone);
    form->addRow(currencyBox);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_company, tr("&Company"));
    m_tabs->addTab(m_pipelines, tr("&Pipelines"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // room for the rates table's two columns
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::fillPhoneRegions() {
    m_phoneRegion->setObjectName(u"phoneRegionCombo"_s);
    m_phoneRegion->setToolTip(tr("Phone numbers typed without a country code, such as 030 1234567, are read as "
                                 "numbers of this region and stored with its code (+49 30 1234567)."));
    QList<std::pair<QString, QString>> regions; // name, code
    for (const QString& code : PhoneNumber::regions())
        regions.append({PhoneNumber::regionName(code), code});
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    const QString system = PhoneNumber::regionOf(QLocale::system());
    m_phoneRegion->addItem(
        tr("System default (%1)")
            .arg(system.isEmpty() ? tr("none: numbers need their country code") : PhoneNumber::regionName(system)),
        QString());
    for (const auto& [name, code] : std::as_const(regions))
        m_phoneRegion->addItem(name, code);
    m_phoneRegion->setCurrentIndex(std::max(0, m_phoneRegion->findData(PhoneRegion::chosen(m_db))));
}

void SettingsDialog::accept() {
    const auto rates = m_currency->rates();
    if (!rates) {
        MessageBox::warning(this, tr("Settings"), rates.error().message);
        return;
    }
    if (auto saved = m_pipelines->save(); !saved) { // the most likely to be refused, so first
        m_tabs->setCurrentWidget(m_pipelines);
        MessageBox::warning(this, tr("Settings"), saved.error().message);
        return;
    }
    if (auto saved = CurrencySettings::save(m_db, *rates); !saved) {
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    if (auto saved = m_company->save(); !saved) {
        m_tabs->setCurrentWidget(m_company);
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    if (auto saved = PhoneRegion::save(m_db, m_phoneRegion->currentData().toString()); !saved) {
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    if (auto saved = DisplayZone::save(m_db, m_zone->zoneId()); !saved) {
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    if (auto saved = m_db.setSetting(languageKey(), m_language->currentData().toString()); !saved) {
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    QDialog::accept();
}

} // namespace Fieldbook
