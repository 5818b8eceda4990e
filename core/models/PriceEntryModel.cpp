#include "PriceEntryModel.h"

#include "domain/DecimalText.h"
#include "domain/MoneyText.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

PriceEntryModel::PriceEntryModel(Database& db, const QLocale& locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_locale(locale) {
    RecordWatch(db, this).reload({&RecordType::priceListEntries(), &RecordType::products(), &RecordType::priceLists()},
                                 [this] { reload(); });
}

void PriceEntryModel::showProduct(const QString& productId) {
    m_productId = productId;
    m_priceListId.clear();
    reload();
}

void PriceEntryModel::showPriceList(const QString& priceListId) {
    m_priceListId = priceListId;
    m_productId.clear();
    reload();
}

Result<QList<PriceEntryModel::Row>> PriceEntryModel::load() const {
    QList<Row> rows;
    if (m_productId.isEmpty() && m_priceListId.isEmpty())
        return rows;
    CatalogRepository catalog(m_db);
    if (!m_productId.isEmpty()) {
        auto product = catalog.product(m_productId);
        if (!product && product.error().code != ErrorCode::NotFound)
            return std::unexpected(product.error());
        if (!product || product->deleted)
            return rows;
        auto lists = catalog.priceLists();
        if (!lists)
            return std::unexpected(lists.error());
        for (const PriceList& list : std::as_const(*lists)) {
            auto prices = catalog.prices(list.id, m_productId);
            if (!prices)
                return std::unexpected(prices.error());
            for (const PriceListEntry& e : std::as_const(*prices))
                rows.append({e, list.name, list.currency, list.active, product->sku, product->name, product->active});
        }
        return rows; // lists come by name, a list's prices by minimum quantity
    }
    auto list = catalog.priceList(m_priceListId);
    if (!list && list.error().code != ErrorCode::NotFound)
        return std::unexpected(list.error());
    if (!list || list->deleted)
        return rows;
    auto products = catalog.products(true);
    if (!products)
        return std::unexpected(products.error());
    QHash<QString, qsizetype> productAt;
    for (qsizetype i = 0; i < products->size(); ++i)
        productAt.insert(products->at(i).id, i);
    auto prices = catalog.prices(m_priceListId);
    if (!prices)
        return std::unexpected(prices.error());
    for (const PriceListEntry& e : std::as_const(*prices)) {
        const auto at = productAt.constFind(e.productId);
        if (at == productAt.cend())
            continue; // the product was removed
        const Product& p = products->at(*at);
        rows.append({e, list->name, list->currency, list->active, p.sku, p.name, p.active});
    }
    // Products in catalogue order (by name), each product's breaks by quantity.
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        return productAt.value(a.entry.productId) < productAt.value(b.entry.productId);
    });
    return rows;
}

bool PriceEntryModel::reload() {
    auto rows = load();
    if (!rows) {
        emit loadFailed(rows.error().message);
        return false;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    if (!m_priceListId.isEmpty()) {
        auto list = CatalogRepository(m_db).priceList(m_priceListId);
        m_listCurrency = list ? list->currency : QString();
    } else {
        m_listCurrency.clear();
    }
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, UnitPrice, UnitPrice);
    return true;
}

const PriceEntryModel::Row* PriceEntryModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PriceEntryModel::rowOf(const QString& entryId) const {
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).entry.id == entryId)
            return int(r);
    return -1;
}

QString PriceEntryModel::money(qint64 minorUnits, const QString& currency) const {
    return MoneyText::format(minorUnits, m_locale, MoneyText::decimalsFor(currency));
}

int PriceEntryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PriceEntryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceEntryModel::data(const QModelIndex& index, int role) const {
    const Row* r = row(index.row());
    if (!r)
        return {};
    const bool numeric = index.column() == MinQuantity || index.column() == UnitPrice;
    switch (role) {
    case IdRole:
        return r->entry.id;
    case SearchRole:
        return QStringList{r->sku, r->productName, r->listName}.join(u'\n');
    case SortRole:
        if (index.column() == MinQuantity)
            return r->entry.minQuantity.raw;
        if (index.column() == UnitPrice)
            return r->entry.unitPrice;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ListName:
        return r->listActive ? r->listName : tr("%1 (inactive)").arg(r->listName);
    case Sku:
        return r->sku;
    case ProductName:
        return r->productActive ? r->productName : tr("%1 (inactive)").arg(r->productName);
    case Currency:
        return r->currency;
    case MinQuantity:
        return DecimalText::format(r->entry.minQuantity, m_locale);
    case UnitPrice:
        return money(r->entry.unitPrice, r->currency);
    }
    return {};
}

QVariant PriceEntryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == MinQuantity || section == UnitPrice ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                              : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ListName:
        return tr("Price list");
    case Sku:
        return tr("SKU");
    case ProductName:
        return tr("Product");
    case Currency:
        return tr("Currency");
    case MinQuantity:
        return tr("From quantity");
    case UnitPrice:
        return m_listCurrency.isEmpty() ? tr("Unit price") : tr("Unit price (%1)").arg(m_listCurrency);
    }
    return {};
}

} // namespace Fieldbook
