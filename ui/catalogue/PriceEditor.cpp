#include "PriceEditor.h"

#include "domain/DecimalText.h"
#include "domain/MoneyText.h"
#include "store/records/CatalogRepository.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

PriceEditor::PriceEditor(Database& db, const PriceListEntry& entry, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_entry(entry)
    , m_banner(new MessageBanner(this))
    , m_quantity(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QLabel(this)) {
    setObjectName(u"priceEditor"_s);
    setWindowTitle(entry.id.isEmpty() ? tr("New price") : tr("Price"));
    m_banner->setObjectName(u"dialogBanner"_s);
    m_quantity->setObjectName(u"minQuantityField"_s);
    m_price->setObjectName(u"unitPriceField"_s);
    m_currency->setObjectName(u"currencyLabel"_s);
    CatalogRepository catalog(db);
    if (auto lists = catalog.priceLists())
        m_lists = *lists;

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addListRow(form, catalog);
    addProductRow(form, catalog);
    addAmountRows(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    showCurrency();
    if (m_product)
        m_product->setFocus(Qt::OtherFocusReason);
    else if (m_list)
        m_list->setFocus(Qt::OtherFocusReason);
    else
        m_price->setFocus(Qt::OtherFocusReason);
}

void PriceEditor::addListRow(QFormLayout* form, const CatalogRepository& catalog) {
    if (m_entry.priceListId.isEmpty()) {
        m_list = new QComboBox(this);
        m_list->setObjectName(u"priceListCombo"_s);
        for (const PriceList& list : std::as_const(m_lists))
            m_list->addItem(list.active ? tr("%1 (%2)").arg(list.name, list.currency)
                                        : tr("%1 (%2, inactive)").arg(list.name, list.currency),
                            list.id);
        form->addRow(tr("Price &list:"), m_list);
        connect(m_list, &QComboBox::currentIndexChanged, this, &PriceEditor::showCurrency);
    } else {
        auto list = catalog.priceList(m_entry.priceListId);
        form->addRow(tr("Price list:"),
                     new QLabel(list ? tr("%1 (%2)").arg(list->name, list->currency) : QString(), this));
    }
}

void PriceEditor::addProductRow(QFormLayout* form, const CatalogRepository& catalog) {
    if (m_entry.productId.isEmpty()) {
        m_product = new QComboBox(this);
        m_product->setObjectName(u"productCombo"_s);
        m_product->setEditable(true);
        m_product->setInsertPolicy(QComboBox::NoInsert);
        m_product->completer()->setFilterMode(Qt::MatchContains);
        m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
        if (auto products = catalog.products(true))
            for (const Product& p : std::as_const(*products))
                m_product->addItem(
                    p.active ? tr("%1 · %2").arg(p.sku, p.name) : tr("%1 · %2 (inactive)").arg(p.sku, p.name), p.id);
        m_product->setMinimumContentsLength(30);
        m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        form->addRow(tr("&Product:"), m_product);
    } else {
        auto product = catalog.product(m_entry.productId);
        auto* name = new QLabel(product ? tr("%1 · %2").arg(product->sku, product->name) : QString(), this);
        name->setWordWrap(true);
        form->addRow(tr("Product:"), name);
    }
}

void PriceEditor::addAmountRows(QFormLayout* form) {
    const bool isNew = m_entry.id.isEmpty();
    m_quantity->setText(isNew ? QString() : DecimalText::format(m_entry.minQuantity, QLocale()));
    m_quantity->setPlaceholderText(DecimalText::format({}, QLocale()));
    m_quantity->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_quantity->setToolTip(tr("The price applies from this quantity up; 0 means any quantity. For quantity "
                              "breaks, add one price per minimum quantity."));
    m_price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int fieldWidth = fontMetrics().horizontalAdvance(u"0,000,000,000.000"_s);
    m_quantity->setMaximumWidth(fieldWidth);
    m_price->setMaximumWidth(fieldWidth);
    auto* quantityLabel = new QLabel(tr("From &quantity:"), this);
    quantityLabel->setBuddy(m_quantity);
    auto* quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity);
    auto* hint = new QLabel(tr("0 or empty: any quantity"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    quantityRow->addWidget(hint);
    quantityRow->addStretch();
    form->addRow(quantityLabel, quantityRow);
    auto* priceLabel = new QLabel(tr("&Unit price:"), this);
    priceLabel->setBuddy(m_price);
    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price);
    priceRow->addWidget(m_currency);
    priceRow->addStretch();
    form->addRow(priceLabel, priceRow);
    if (!isNew)
        m_price->setText(MoneyText::format(m_entry.unitPrice, QLocale(), MoneyText::decimalsFor(currency())));
}

QString PriceEditor::chosenListId() const {
    return m_list ? m_list->currentData().toString() : m_entry.priceListId;
}

QString PriceEditor::chosenProductId() const {
    if (!m_product)
        return m_entry.productId;
    // The field is editable: what counts is the product whose text was typed or picked.
    const int index = m_product->findText(m_product->currentText().trimmed());
    return index < 0 ? QString() : m_product->itemData(index).toString();
}

QString PriceEditor::currency() const {
    const QString listId = chosenListId();
    for (const PriceList& list : m_lists)
        if (list.id == listId)
            return list.currency;
    return {};
}

void PriceEditor::showCurrency() {
    const QString code = currency();
    m_currency->setText(code);
    m_price->setPlaceholderText(MoneyText::format(0, QLocale(), MoneyText::decimalsFor(code)));
}

QString PriceEditor::problem() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool PriceEditor::refuse(const QString& message, QWidget* field) {
    m_banner->showMessage(message, MessageBanner::Type::Error);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
    return false;
}

bool PriceEditor::save() {
    PriceListEntry e = m_entry;
    e.priceListId = chosenListId();
    if (e.priceListId.isEmpty())
        return refuse(tr("Choose a price list; make one in the Price lists tab first if there is none."), m_list);
    e.productId = chosenProductId();
    if (e.productId.isEmpty())
        return refuse(m_product->currentText().trimmed().isEmpty()
                          ? tr("Choose a product.")
                          : tr("No product in the catalogue is called “%1”; choose one from the list.")
                                .arg(m_product->currentText().trimmed()),
                      m_product);
    const QString quantityText = m_quantity->text().trimmed();
    const auto quantity =
        quantityText.isEmpty() ? std::optional<Decimal4>(Decimal4{}) : DecimalText::parse(quantityText, QLocale());
    if (!quantity)
        return refuse(tr("The quantity “%1” is not a number such as 1 or 2.5.").arg(quantityText), m_quantity);
    e.minQuantity = *quantity;
    const QString code = currency();
    const QString priceText = m_price->text().trimmed();
    const auto price = MoneyText::parse(priceText, QLocale(), MoneyText::decimalsFor(code));
    if (priceText.isEmpty() || !price)
        return refuse(priceText.isEmpty() ? tr("Enter the unit price in %1.").arg(code)
                                          : tr("“%1” is not a price in %2.").arg(priceText, code),
                      m_price);
    e.unitPrice = *price;
    CatalogRepository catalog(m_db);
    if (e.id.isEmpty()) {
        // The catalogue replaces a price with the same quantity; here that is more likely a slip.
        auto existing = catalog.prices(e.priceListId, e.productId);
        if (!existing)
            return refuse(existing.error().message, nullptr);
        for (const PriceListEntry& other : std::as_const(*existing))
            if (other.minQuantity == e.minQuantity)
                return refuse(tr("The list already has a price for this product from quantity %1 (%2 %3); change "
                                 "that price or choose another quantity.")
                                  .arg(DecimalText::format(e.minQuantity, QLocale()),
                                       MoneyText::format(other.unitPrice, QLocale(), MoneyText::decimalsFor(code)),
                                       code),
                              m_quantity);
    }
    auto saved = catalog.setPrice(e);
    if (!saved)
        return refuse(saved.error().message, nullptr);
    m_entry = *saved;
    m_banner->hideMessage();
    emit priceSaved(saved->id);
    QDialog::accept();
    return true;
}

} // namespace Fieldbook
