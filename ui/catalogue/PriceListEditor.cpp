#include "PriceListEditor.h"

#include "store/records/CatalogRepository.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

PriceListEditor::PriceListEditor(Database& db, const PriceList& list, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(list)
    , m_banner(new MessageBanner(this))
    , m_name(new QLineEdit(list.name, this))
    , m_currency(new QComboBox(this))
    , m_active(new QCheckBox(tr("A&ctive: offered for new quotes"), this)) {
    setObjectName(u"priceListEditor"_s);
    setWindowTitle(list.id.isEmpty() ? tr("New price list") : tr("Price list %1").arg(list.name));
    m_banner->setObjectName(u"dialogBanner"_s);
    m_name->setObjectName(u"priceListNameField"_s);
    m_currency->setObjectName(u"priceListCurrencyCombo"_s);
    m_active->setObjectName(u"priceListActiveBox"_s);
    m_name->setPlaceholderText(tr("Europe, Distributors 2026…"));
    m_currency->setEditable(true);
    m_currency->addItems(
        {u"EUR"_s, u"USD"_s, u"CNY"_s, u"GBP"_s, u"JPY"_s, u"CHF"_s, u"HKD"_s, u"SGD"_s, u"AUD"_s, u"CAD"_s});
    m_currency->setCurrentText(list.currency.isEmpty() ? u"EUR"_s : list.currency);
    m_currency->setEnabled(list.id.isEmpty());
    if (!list.id.isEmpty())
        m_currency->setToolTip(tr("The list's prices are amounts in this currency; for another currency, make a "
                                  "new price list."));
    m_active->setChecked(list.active);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceListEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_name->setFocus(Qt::OtherFocusReason);
}

QString PriceListEditor::problem() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool PriceListEditor::save() {
    PriceList list = m_list;
    list.name = m_name->text();
    list.currency = m_currency->currentText();
    list.active = m_active->isChecked();
    auto saved = CatalogRepository(m_db).savePriceList(list);
    if (!saved) {
        m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
        return false;
    }
    m_list = *saved;
    m_banner->hideMessage();
    emit priceListSaved(saved->id);
    QDialog::accept();
    return true;
}

} // namespace Fieldbook
