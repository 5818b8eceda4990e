#include "PriceListsTab.h"

#include "CatalogueViews.h"
#include "PriceEditor.h"
#include "PriceListEditor.h"
#include "domain/DecimalText.h"
#include "models/PriceEntryModel.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QKeySequence kAddPriceKey(Qt::CTRL | Qt::Key_N);
const QKeySequence kNewListKey(Qt::CTRL | Qt::SHIFT | Qt::Key_N);

enum ListColumn { ListName, ListCurrency, ListStatus };

} // namespace

PriceListsTab::PriceListsTab(Database& db, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_model(new PriceEntryModel(db, QLocale(), this))
    , m_proxy(CatalogueViews::proxy(PriceEntryModel::SortRole, PriceEntryModel::SearchRole, this))
    , m_lists(new QTreeWidget(this))
    , m_listsHint(CatalogueViews::hint(u"priceListsHint"_s, this))
    , m_heading(new QLabel(this))
    , m_search(CatalogueViews::searchField(tr("Search SKU or product…"), u"priceSearch"_s, this))
    , m_pricePages(new QStackedWidget(this))
    , m_empty(CatalogueViews::hint(u"pricesEmpty"_s, this))
    , m_count(CatalogueViews::hint(u"priceCount"_s, this))
    , m_newList(CatalogueViews::action(tr("&New price list…"), u"newPriceListAction"_s, kNewListKey, this))
    , m_editList(CatalogueViews::action(tr("&Edit list…"), u"editPriceListAction"_s, {}, this))
    , m_addPrice(CatalogueViews::action(tr("Add pri&ce…"), u"addListPriceAction"_s, kAddPriceKey, this))
    , m_editPrice(CatalogueViews::action(tr("Edi&t price…"), u"editListPriceAction"_s, Qt::Key_Return, this))
    , m_removePrice(
          CatalogueViews::action(tr("Re&move price…"), u"removeListPriceAction"_s, QKeySequence::Delete, this, true)) {
    m_proxy->setSourceModel(m_model);
    m_lists->setObjectName(u"priceListTree"_s);
    m_lists->setRootIsDecorated(false);
    m_lists->setUniformRowHeights(true);
    m_lists->setAlternatingRowColors(true);
    m_lists->setHeaderLabels({tr("Price list"), tr("Currency"), tr("Status")});
    m_lists->header()->setStretchLastSection(false);
    m_lists->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lists->header()->setSectionResizeMode(ListName, QHeaderView::Stretch);
    m_lists->setSortingEnabled(true);
    m_lists->sortByColumn(ListName, Qt::AscendingOrder);

    auto* listButtons = new QHBoxLayout;
    for (QAction* a : {m_newList, m_editList})
        listButtons->addWidget(CatalogueViews::button(a, this));
    listButtons->addStretch();
    auto* lists = new QWidget(this);
    auto* listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addLayout(listButtons);
    listsLayout->addWidget(m_lists, 1);
    listsLayout->addWidget(m_listsHint);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"priceListsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lists);
    splitter->addWidget(createPrices());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_newList, &QAction::triggered, this, &PriceListsTab::newList);
    connect(m_editList, &QAction::triggered, this, &PriceListsTab::editList);
    connect(m_addPrice, &QAction::triggered, this, &PriceListsTab::addPrice);
    connect(m_editPrice, &QAction::triggered, this, &PriceListsTab::editPrice);
    connect(m_removePrice, &QAction::triggered, this, &PriceListsTab::removePrice);
    connect(m_lists, &QTreeWidget::currentItemChanged, this, &PriceListsTab::showList);
    connect(m_lists, &QTreeWidget::itemActivated, this, [this] {
        if (m_editable)
            editList();
    });
    connect(m_prices, &QTableView::activated, this, [this] {
        if (m_editable)
            editPrice();
    });
    connect(m_prices->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PriceListsTab::updateActions);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PriceListsTab::updateEmptyState);
    connect(m_model, &PriceEntryModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    RecordWatch(db, this).reload({&RecordType::priceLists()}, [this] { reloadLists(); });
    reloadLists();
}

QWidget* PriceListsTab::createPrices() {
    auto* prices = new QWidget(this);
    QFont bold = m_heading->font();
    bold.setWeight(QFont::DemiBold);
    m_heading->setFont(bold);
    m_heading->setObjectName(u"priceListHeading"_s);
    m_heading->setWordWrap(true);
    m_prices = CatalogueViews::table(m_proxy, u"listPrices"_s, prices);
    m_prices->addAction(m_removePrice);
    m_prices->setSortingEnabled(true);
    m_prices->sortByColumn(PriceEntryModel::ProductName, Qt::AscendingOrder);
    QHeaderView* header = m_prices->horizontalHeader();
    header->setSectionHidden(PriceEntryModel::ListName, true);
    header->setSectionHidden(PriceEntryModel::Currency, true);
    header->setSectionResizeMode(PriceEntryModel::ProductName, QHeaderView::Stretch);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_pricePages->addWidget(m_prices);
    m_pricePages->addWidget(m_empty);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    for (QAction* a : {m_addPrice, m_editPrice, m_removePrice})
        searchRow->addWidget(CatalogueViews::button(a, prices));
    auto* layout = new QVBoxLayout(prices);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(searchRow);
    layout->addWidget(m_pricePages, 1);
    layout->addWidget(m_count);
    prices->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    return prices;
}

void PriceListsTab::setEditable(bool editable) {
    m_editable = editable;
    updateActions();
    updateEmptyState();
}

void PriceListsTab::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString PriceListsTab::currentListId() const {
    const QTreeWidgetItem* item = m_lists->currentItem();
    return item ? item->data(ListName, Qt::UserRole).toString() : QString();
}

bool PriceListsTab::selectList(const QString& priceListId) {
    for (int i = 0; i < m_lists->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_lists->topLevelItem(i);
        if (item->data(ListName, Qt::UserRole).toString() == priceListId) {
            m_lists->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void PriceListsTab::reloadLists() {
    auto lists = CatalogRepository(m_db).priceLists();
    if (!lists)
        return m_banner->showMessage(lists.error().message, MessageBanner::Type::Error);
    const QString current = currentListId();
    {
        const QSignalBlocker blocker(m_lists);
        m_lists->clear();
        for (const PriceList& list : std::as_const(*lists)) {
            auto* item =
                new QTreeWidgetItem(m_lists, {list.name, list.currency, list.active ? tr("Active") : tr("Inactive")});
            item->setData(ListName, Qt::UserRole, list.id);
            item->setToolTip(ListName, list.name);
            item->setSizeHint(ListName, QSize(0, m_lists->fontMetrics().height() + 8)); // as the tables' rows
        }
    }
    if (!selectList(current) && m_lists->topLevelItemCount() > 0)
        m_lists->setCurrentItem(m_lists->topLevelItem(0));
    showList();
}

void PriceListsTab::showList() {
    const QString id = currentListId();
    if (id != m_model->priceListId() || id.isEmpty())
        m_model->showPriceList(id);
    const QTreeWidgetItem* item = m_lists->currentItem();
    m_heading->setText(item ? tr("Prices in %1 (%2)").arg(item->text(ListName), item->text(ListCurrency))
                            : tr("Prices"));
    if (m_lists->topLevelItemCount() == 0)
        m_listsHint->setText(m_editable ? tr("No price lists yet — add one with New price list (%1).")
                                              .arg(kNewListKey.toString(QKeySequence::NativeText))
                                        : tr("No price lists yet."));
    else
        m_listsHint->setText(tr("Each list holds prices in one currency."));
    updateEmptyState();
}

void PriceListsTab::updateActions() {
    const bool list = !currentListId().isEmpty();
    const bool price = m_prices->currentIndex().isValid();
    m_newList->setEnabled(m_editable);
    m_editList->setEnabled(m_editable && list);
    m_addPrice->setEnabled(m_editable && list);
    m_editPrice->setEnabled(m_editable && price);
    m_removePrice->setEnabled(m_editable && price);
}

void PriceListsTab::updateEmptyState() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (currentListId().isEmpty())
        m_empty->setText(tr("Choose a price list to see its prices."));
    else if (m_editable)
        m_empty->setText(tr("No prices in this list yet — add one with Add price (%1).")
                             .arg(kAddPriceKey.toString(QKeySequence::NativeText)));
    else
        m_empty->setText(tr("No prices in this list yet."));
    m_pricePages->setCurrentIndex(total == 0 ? 1 : 0);
    if (total > 0 && shown == 0)
        m_count->setText(tr("No price matches “%1”.").arg(m_search->text().trimmed()));
    else if (shown < total)
        m_count->setText(tr("%1 of %n price(s)", "", total).arg(shown));
    else
        m_count->setText(tr("%n price(s)", "", total));
    m_count->setVisible(total > 0);
    updateActions();
}

PriceListEditor* PriceListsTab::openListEditor(const QString& priceListId) {
    PriceList list;
    if (!priceListId.isEmpty()) {
        auto loaded = CatalogRepository(m_db).priceList(priceListId);
        if (!loaded) {
            m_banner->showMessage(loaded.error().message, MessageBanner::Type::Error);
            return nullptr;
        }
        list = *loaded;
    }
    auto* editor = new PriceListEditor(m_db, list, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PriceListEditor::priceListSaved, this, [this](const QString& id) {
        m_banner->hideMessage();
        reloadLists();
        selectList(id);
        m_lists->setFocus(Qt::OtherFocusReason);
    });
    editor->open();
    return editor;
}

PriceListEditor* PriceListsTab::newList() {
    return m_editable ? openListEditor({}) : nullptr;
}

PriceListEditor* PriceListsTab::editList() {
    const QString id = currentListId();
    return m_editable && !id.isEmpty() ? openListEditor(id) : nullptr;
}

PriceEditor* PriceListsTab::openPriceEditor(const QString& entryId) {
    PriceListEntry entry;
    entry.priceListId = currentListId();
    if (!entryId.isEmpty())
        if (const auto* row = m_model->row(m_model->rowOf(entryId)))
            entry = row->entry;
    auto* editor = new PriceEditor(m_db, entry, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PriceEditor::priceSaved, this, [this](const QString& id) {
        m_banner->hideMessage();
        m_search->clear();
        CatalogueViews::selectId(m_prices, PriceEntryModel::IdRole, id);
        m_prices->setFocus(Qt::OtherFocusReason);
    });
    editor->open();
    return editor;
}

PriceEditor* PriceListsTab::addPrice() {
    return m_editable && !currentListId().isEmpty() ? openPriceEditor({}) : nullptr;
}

PriceEditor* PriceListsTab::editPrice() {
    const QString id = CatalogueViews::currentId(m_prices, PriceEntryModel::IdRole);
    return m_editable && !id.isEmpty() ? openPriceEditor(id) : nullptr;
}

void PriceListsTab::removePrice() {
    const QString id = CatalogueViews::currentId(m_prices, PriceEntryModel::IdRole);
    const PriceEntryModel::Row* row = m_model->row(m_model->rowOf(id));
    if (!m_editable || !row)
        return;
    const QString price = m_model->money(row->entry.unitPrice, row->currency) + u' ' + row->currency;
    if (MessageBox::question(this, tr("Remove price"),
                             tr("Remove the price of %1 for “%2” from quantity %3?")
                                 .arg(price, row->productName, DecimalText::format(row->entry.minQuantity, QLocale())),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto removed = CatalogRepository(m_db).removePrice(id); !removed)
        m_banner->showMessage(removed.error().message, MessageBanner::Type::Error);
}

} // namespace Fieldbook
