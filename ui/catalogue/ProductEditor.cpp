#include "ProductEditor.h"

#include "domain/DecimalText.h"
#include "store/records/CatalogRepository.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Offers the values other products already use, so that families and units stay consistent.
void completeFrom(QLineEdit* field, const QList<Product>& products, QString Product::*member) {
    QSet<QString> seen;
    QStringList values;
    for (const Product& p : products) {
        const QString value = (p.*member).trimmed();
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    auto* completer = new QCompleter(values, field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    field->setCompleter(completer);
}

} // namespace

ProductEditor::ProductEditor(Database& db, const Product& product, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_product(product)
    , m_banner(new MessageBanner(this))
    , m_sku(new QLineEdit(product.sku, this))
    , m_name(new QLineEdit(product.name, this))
    , m_family(new QLineEdit(product.family, this))
    , m_unit(new QLineEdit(product.unit, this))
    , m_taxCategory(new QLineEdit(product.taxCategory, this))
    , m_taxRate(new QLineEdit(DecimalText::format(product.taxRate, QLocale()), this))
    , m_active(new QCheckBox(tr("A&ctive: offered for new quote lines"), this))
    , m_description(new QPlainTextEdit(product.description, this)) {
    setObjectName(u"productEditor"_s);
    setWindowTitle(product.id.isEmpty() ? tr("New product") : tr("Product %1").arg(product.sku));
    m_banner->setObjectName(u"dialogBanner"_s);
    m_sku->setObjectName(u"skuField"_s);
    m_name->setObjectName(u"nameField"_s);
    m_family->setObjectName(u"familyField"_s);
    m_unit->setObjectName(u"unitField"_s);
    m_taxCategory->setObjectName(u"taxCategoryField"_s);
    m_taxRate->setObjectName(u"taxRateField"_s);
    m_active->setObjectName(u"activeBox"_s);
    m_description->setObjectName(u"descriptionField"_s);
    m_sku->setPlaceholderText(tr("The article number, unique in the catalogue"));
    m_unit->setPlaceholderText(tr("pcs, h, licence…"));
    m_taxCategory->setPlaceholderText(tr("standard, reduced…"));
    m_taxRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_taxRate->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000000000"_s));
    m_active->setChecked(product.active);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    if (auto products = CatalogRepository(db).products(true)) {
        completeFrom(m_family, *products, &Product::family);
        completeFrom(m_unit, *products, &Product::unit);
        completeFrom(m_taxCategory, *products, &Product::taxCategory);
    }

    auto* rate = new QHBoxLayout;
    rate->addWidget(m_taxRate);
    rate->addWidget(new QLabel(tr("%"), this));
    rate->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Family:"), m_family);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("Tax cate&gory:"), m_taxCategory);
    auto* rateLabel = new QLabel(tr("Tax &rate:"), this);
    rateLabel->setBuddy(m_taxRate);
    form->addRow(rateLabel, rate);
    form->addRow(QString(), m_active);
    form->addRow(tr("&Description:"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"dialogButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    (product.id.isEmpty() ? m_sku : m_name)->setFocus(Qt::OtherFocusReason);
}

QString ProductEditor::problem() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ProductEditor::showProblem(const QString& message, QWidget* field) {
    m_banner->showMessage(message, MessageBanner::Type::Error);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool ProductEditor::save() {
    Product p = m_product;
    p.sku = m_sku->text();
    p.name = m_name->text();
    p.family = m_family->text();
    p.unit = m_unit->text();
    p.taxCategory = m_taxCategory->text();
    p.active = m_active->isChecked();
    p.description = m_description->toPlainText().trimmed();
    const QString rateText = m_taxRate->text().trimmed();
    if (rateText.isEmpty()) {
        p.taxRate = {};
    } else if (const auto rate = DecimalText::parse(rateText, QLocale())) {
        p.taxRate = *rate;
    } else {
        showProblem(tr("The tax rate “%1” is not a percentage; use a number such as 19 or 7.5.").arg(rateText),
                    m_taxRate);
        return false;
    }
    auto saved = CatalogRepository(m_db).saveProduct(p);
    if (!saved) {
        showProblem(saved.error().message, nullptr);
        return false;
    }
    m_product = *saved;
    m_banner->hideMessage();
    emit productSaved(saved->id);
    QDialog::accept();
    return true;
}

} // namespace Fieldbook
