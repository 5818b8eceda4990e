#include "ProductsTab.h"

#include "CatalogueViews.h"
#include "PriceEditor.h"
#include "ProductEditor.h"
#include "domain/DecimalText.h"
#include "models/PriceEntryModel.h"
#include "models/ProductTableModel.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "store/db/StoreEvents.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QKeySequence kNewKey(Qt::CTRL | Qt::Key_N);
const QKeySequence kAddPriceKey(Qt::CTRL | Qt::SHIFT | Qt::Key_N);

} // namespace

ProductsTab::ProductsTab(Database& db, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_model(new ProductTableModel(db, QLocale(), this))
    , m_proxy(CatalogueViews::proxy(ProductTableModel::SortRole, ProductTableModel::SearchRole, this))
    , m_priceModel(new PriceEntryModel(db, QLocale(), this))
    , m_search(CatalogueViews::searchField(tr("Search SKU, name, family…"), u"productSearch"_s, this))
    , m_showInactive(new QCheckBox(tr("Show &inactive"), this))
    , m_listPages(new QStackedWidget(this))
    , m_empty(CatalogueViews::hint(u"productsEmpty"_s, this))
    , m_count(CatalogueViews::hint(u"productCount"_s, this))
    , m_detailPages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_pricesHint(CatalogueViews::hint(u"productPricesHint"_s, this))
    , m_newProduct(CatalogueViews::action(tr("&New product…"), u"newProductAction"_s, kNewKey, this))
    , m_editProduct(CatalogueViews::action(tr("&Edit…"), u"editProductAction"_s, Qt::Key_Return, this))
    , m_toggleActive(CatalogueViews::action(tr("De&activate"), u"toggleActiveAction"_s, {}, this))
    , m_removeProduct(
          CatalogueViews::action(tr("&Delete…"), u"deleteProductAction"_s, QKeySequence::Delete, this, true))
    , m_addPrice(CatalogueViews::action(tr("Add pri&ce…"), u"addPriceAction"_s, kAddPriceKey, this))
    , m_editPrice(CatalogueViews::action(tr("Edi&t price…"), u"editPriceAction"_s, Qt::Key_Return, this))
    , m_removePrice(
          CatalogueViews::action(tr("Re&move price…"), u"removePriceAction"_s, QKeySequence::Delete, this, true)) {
    m_proxy->setSourceModel(m_model);
    m_showInactive->setObjectName(u"showInactiveBox"_s);
    m_table = CatalogueViews::table(m_proxy, u"productTable"_s, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    m_table->addAction(m_removeProduct);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_listPages->addWidget(m_table);
    m_listPages->addWidget(m_empty);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showInactive);
    auto* productButtons = new QHBoxLayout;
    for (QAction* a : {m_newProduct, m_editProduct, m_toggleActive, m_removeProduct})
        productButtons->addWidget(CatalogueViews::button(a, this));
    productButtons->addStretch();
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addLayout(productButtons);
    listLayout->addWidget(m_listPages, 1);
    listLayout->addWidget(m_count);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"productsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    connect(m_showInactive, &QCheckBox::toggled, m_model, &ProductTableModel::setIncludeInactive);
    connect(m_newProduct, &QAction::triggered, this, &ProductsTab::newProduct);
    connect(m_editProduct, &QAction::triggered, this, &ProductsTab::editProduct);
    connect(m_toggleActive, &QAction::triggered, this, &ProductsTab::toggleActive);
    connect(m_removeProduct, &QAction::triggered, this, &ProductsTab::removeProduct);
    connect(m_addPrice, &QAction::triggered, this, &ProductsTab::addPrice);
    connect(m_editPrice, &QAction::triggered, this, &ProductsTab::editPrice);
    connect(m_removePrice, &QAction::triggered, this, &ProductsTab::removePrice);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_editable)
            editProduct();
    });
    connect(m_prices, &QTableView::activated, this, [this] {
        if (m_editable)
            editPrice();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_priceModel->showProduct(currentProductId());
        showDetails();
    });
    connect(m_prices->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProductsTab::updateActions);
    // The source's signals, not the proxy's: the proxy drops a row before the source has.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ProductsTab::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductsTab::updateEmptyState);
    connect(m_priceModel, &QAbstractItemModel::modelReset, this, &ProductsTab::showDetails);
    // A change to the shown product (here, by an import or by sync) shows at once.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProductsTab::showDetails);
    const auto showLoadError = [this](const QString& message) {
        m_banner->showMessage(message, MessageBanner::Type::Error);
    };
    connect(m_model, &ProductTableModel::loadFailed, this, showLoadError);
    connect(m_priceModel, &PriceEntryModel::loadFailed, this, showLoadError);
    updateEmptyState();
    showDetails();
}

QWidget* ProductsTab::createDetails() {
    auto* none = CatalogueViews::hint(u"noProductHint"_s, this);
    none->setText(tr("Choose a product to see its details and prices."));
    none->setAlignment(Qt::AlignCenter);

    auto* details = new QWidget(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setWeight(QFont::DemiBold);
    m_heading->setFont(big);
    m_heading->setObjectName(u"productHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& label : {tr("SKU:"), tr("Family:"), tr("Unit:"), tr("Tax:"), tr("Status:")}) {
        auto* value = new QLabel(details);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        facts->addRow(label, value);
        m_facts.append(value);
    }
    m_description->setObjectName(u"productDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_priceModel);
    m_prices = CatalogueViews::table(proxy, u"productPrices"_s, details);
    m_prices->addAction(m_removePrice);
    QHeaderView* header = m_prices->horizontalHeader();
    header->setSectionHidden(PriceEntryModel::Sku, true);
    header->setSectionHidden(PriceEntryModel::ProductName, true);
    header->setSectionResizeMode(PriceEntryModel::ListName, QHeaderView::Stretch);
    auto* pricesTitle = new QLabel(tr("Prices"), details);
    QFont bold = pricesTitle->font();
    bold.setWeight(QFont::DemiBold);
    pricesTitle->setFont(bold);
    auto* priceButtons = new QHBoxLayout;
    priceButtons->addWidget(pricesTitle);
    priceButtons->addStretch();
    for (QAction* a : {m_addPrice, m_editPrice, m_removePrice})
        priceButtons->addWidget(CatalogueViews::button(a, details));

    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(facts);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addLayout(priceButtons);
    layout->addWidget(m_prices, 1);
    layout->addWidget(m_pricesHint);
    m_detailPages->addWidget(none);
    m_detailPages->addWidget(details);
    m_detailPages->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    return m_detailPages;
}

void ProductsTab::setEditable(bool editable) {
    m_editable = editable;
    updateActions();
    updateEmptyState();
    showDetails();
}

void ProductsTab::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ProductsTab::currentProductId() const {
    return CatalogueViews::currentId(m_table, ProductTableModel::IdRole);
}

bool ProductsTab::selectProduct(const QString& productId) {
    if (CatalogueViews::selectId(m_table, ProductTableModel::IdRole, productId))
        return true;
    // Hidden by the search or by being inactive: show everything rather than lose it from view.
    m_search->clear();
    if (m_model->rowOf(productId) < 0 && !m_showInactive->isChecked())
        m_showInactive->setChecked(true);
    return CatalogueViews::selectId(m_table, ProductTableModel::IdRole, productId);
}

void ProductsTab::showDetails() {
    const int row = m_model->rowOf(currentProductId());
    const Product* p = m_model->product(row);
    m_detailPages->setCurrentIndex(p ? 1 : 0);
    if (p) {
        m_heading->setText(p->name);
        const QString tax = DecimalText::format(p->taxRate, QLocale()) + u" %"_s;
        const QStringList values{p->sku, p->family, p->unit,
                                 p->taxCategory.isEmpty() ? tax : tr("%1, %2").arg(p->taxCategory, tax),
                                 p->active ? tr("Active") : tr("Inactive: not offered for new quote lines")};
        for (qsizetype i = 0; i < m_facts.size(); ++i)
            m_facts.at(i)->setText(values.at(i).isEmpty() ? tr("—") : values.at(i));
        m_description->setText(p->description);
        m_description->setVisible(!p->description.isEmpty());
        bool anyList = true;
        if (m_priceModel->rowCount() == 0)
            if (auto lists = CatalogRepository(m_db).priceLists())
                anyList = !lists->isEmpty();
        if (!anyList)
            m_pricesHint->setText(m_editable ? tr("No price lists yet — make one in the Price lists tab, then add "
                                                  "this product's prices here.")
                                             : tr("No price lists yet."));
        else if (m_priceModel->rowCount() == 0)
            m_pricesHint->setText(m_editable ? tr("No prices for this product yet — add one with Add price (%1).")
                                                   .arg(kAddPriceKey.toString(QKeySequence::NativeText))
                                             : tr("No prices for this product yet."));
        else if (hasBreaks())
            m_pricesHint->setText(tr("Several prices in one list are quantity breaks: each applies from its "
                                     "quantity up."));
        else
            m_pricesHint->clear();
        m_pricesHint->setVisible(!m_pricesHint->text().isEmpty());
    }
    updateActions();
}

bool ProductsTab::hasBreaks() const {
    QSet<QString> lists;
    for (int row = 0; row < m_priceModel->rowCount(); ++row) {
        const QString list = m_priceModel->row(row)->entry.priceListId;
        if (lists.contains(list))
            return true;
        lists.insert(list);
    }
    return false;
}

void ProductsTab::updateActions() {
    const QString id = currentProductId();
    const Product* p = m_model->product(m_model->rowOf(id));
    const bool price = m_prices->currentIndex().isValid();
    m_newProduct->setEnabled(m_editable);
    m_editProduct->setEnabled(m_editable && p);
    m_toggleActive->setEnabled(m_editable && p);
    m_toggleActive->setText(p && !p->active ? tr("Re&activate") : tr("De&activate"));
    m_removeProduct->setEnabled(m_editable && p);
    m_addPrice->setEnabled(m_editable && p);
    m_editPrice->setEnabled(m_editable && price);
    m_removePrice->setEnabled(m_editable && price);
}

void ProductsTab::updateEmptyState() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == 0) {
        bool inactiveOnly = false;
        if (!m_model->includesInactive())
            if (auto all = CatalogRepository(m_db).products(true))
                inactiveOnly = !all->isEmpty();
        if (inactiveOnly)
            m_empty->setText(tr("No active products. Tick Show inactive to see the others."));
        else if (m_editable)
            m_empty->setText(tr("No products yet — add one with New product (%1) or import a CSV file with "
                                "File › Import in the main window.")
                                 .arg(kNewKey.toString(QKeySequence::NativeText)));
        else
            m_empty->setText(tr("No products yet. Managers and admins add them; they arrive here with the next sync."));
    }
    m_listPages->setCurrentIndex(total == 0 ? 1 : 0);
    if (total > 0 && shown == 0)
        m_count->setText(tr("No product matches “%1”.").arg(m_search->text().trimmed()));
    else if (shown < total)
        m_count->setText(tr("%1 of %n product(s)", "", total).arg(shown));
    else
        m_count->setText(tr("%n product(s)", "", total));
    m_count->setVisible(total > 0);
}

ProductEditor* ProductsTab::openProductEditor(const QString& productId) {
    Product product;
    if (!productId.isEmpty()) {
        auto loaded = CatalogRepository(m_db).product(productId);
        if (!loaded) {
            m_banner->showMessage(loaded.error().message, MessageBanner::Type::Error);
            return nullptr;
        }
        product = *loaded;
    }
    auto* editor = new ProductEditor(m_db, product, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ProductEditor::productSaved, this, [this](const QString& id) {
        m_banner->hideMessage();
        selectProduct(id);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    editor->open();
    return editor;
}

ProductEditor* ProductsTab::newProduct() {
    return m_editable ? openProductEditor({}) : nullptr;
}

ProductEditor* ProductsTab::editProduct() {
    const QString id = currentProductId();
    return m_editable && !id.isEmpty() ? openProductEditor(id) : nullptr;
}

void ProductsTab::toggleActive() {
    const Product* p = m_model->product(m_model->rowOf(currentProductId()));
    if (!m_editable || !p)
        return;
    setProductActive(p->id, !p->active);
}

void ProductsTab::setProductActive(QString productId, bool active) {
    CatalogRepository catalog(m_db);
    auto product = catalog.product(productId);
    if (!product)
        return m_banner->showMessage(product.error().message, MessageBanner::Type::Error);
    product->active = active;
    auto saved = catalog.saveProduct(*product);
    if (!saved)
        return m_banner->showMessage(saved.error().message, MessageBanner::Type::Error);
    if (active) {
        m_banner->showMessage(tr("“%1” is active again.").arg(saved->name), MessageBanner::Type::Positive, 5000);
        return;
    }
    m_banner->showAction(tr("“%1” is inactive: quotes keep it, new quote lines no longer offer it.").arg(saved->name),
                         MessageBanner::Type::Positive, tr("Reactivate"),
                         [this, productId] { setProductActive(productId, true); });
}

void ProductsTab::removeProduct() {
    const QString id = currentProductId();
    const Product* p = m_model->product(m_model->rowOf(id));
    if (!m_editable || !p)
        return;
    const QString name = p->name;
    if (MessageBox::question(this, tr("Delete product"),
                             tr("Delete “%1” (%2) from the catalogue? Quotes that list it keep their lines. To stop "
                                "offering it but keep it, deactivate it instead.")
                                 .arg(name, p->sku),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto removed = CatalogRepository(m_db).removeProduct(id); !removed)
        return m_banner->showMessage(removed.error().message, MessageBanner::Type::Error);
    m_banner->showMessage(tr("Deleted “%1” from the catalogue.").arg(name), MessageBanner::Type::Positive, 5000);
}

PriceEditor* ProductsTab::openPriceEditor(const QString& entryId) {
    PriceListEntry entry;
    entry.productId = currentProductId();
    if (!entryId.isEmpty())
        if (const auto* row = m_priceModel->row(m_priceModel->rowOf(entryId)))
            entry = row->entry;
    auto* editor = new PriceEditor(m_db, entry, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PriceEditor::priceSaved, this, [this](const QString& id) {
        m_banner->hideMessage();
        CatalogueViews::selectId(m_prices, PriceEntryModel::IdRole, id);
        m_prices->setFocus(Qt::OtherFocusReason);
    });
    editor->open();
    return editor;
}

PriceEditor* ProductsTab::addPrice() {
    return m_editable && !currentProductId().isEmpty() ? openPriceEditor({}) : nullptr;
}

PriceEditor* ProductsTab::editPrice() {
    const QString id = CatalogueViews::currentId(m_prices, PriceEntryModel::IdRole);
    return m_editable && !id.isEmpty() ? openPriceEditor(id) : nullptr;
}

void ProductsTab::removePrice() {
    const QString id = CatalogueViews::currentId(m_prices, PriceEntryModel::IdRole);
    const PriceEntryModel::Row* row = m_priceModel->row(m_priceModel->rowOf(id));
    if (!m_editable || !row)
        return;
    const QString price = m_priceModel->money(row->entry.unitPrice, row->currency) + u' ' + row->currency;
    if (MessageBox::question(this, tr("Remove price"),
                             tr("Remove the price of %1 from quantity %2 in “%3”?")
                                 .arg(price, DecimalText::format(row->entry.minQuantity, QLocale()), row->listName),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto removed = CatalogRepository(m_db).removePrice(id); !removed)
        m_banner->showMessage(removed.error().message, MessageBanner::Type::Error);
}

} // namespace Fieldbook
