#include "SettingsDialog.h"

#include "opportunities/PipelineSettings.h"
#include "services/CurrencySettings.h"
#include "services/LanguageSettings.h"
#include "store/Database.h"
#include "widgets/CurrencyRatesEditor.h"
#include "widgets/MessageBox.h"
#include "widgets/SellerProfileEditor.h"

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

QString SettingsDialog::languageKey() {
    return LanguageSettings::key();
}

SettingsDialog::SettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(new QComboBox(this))
    , m_currency(new CurrencyRatesEditor(this))
    , m_company(new SellerProfileEditor(db, this))
    , m_pipelines(new PipelineSettings(db, this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Language names are shown in their own language so that anyone can find theirs.
    m_language->addItem(u"English"_s, u"en_US"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(db.setting(languageKey()))));
    auto* note = new QLabel(tr("The new language is used the next time Fieldbook starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_currency->setRates(CurrencySettings::load(db));
    auto* currencyBox = new QGroupBox(tr("Currency"), this);
    auto* currencyLayout = new QVBoxLayout(currencyBox);
    currencyLayout->addWidget(m_currency);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* general = new QWidget(this);
    auto* form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
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
    if (auto saved = m_db.setSetting(languageKey(), m_language->currentData().toString()); !saved) {
        MessageBox::critical(this, tr("Settings"), saved.error().message, saved.error().detail);
        return;
    }
    QDialog::accept();
}

} // namespace Fieldbook
