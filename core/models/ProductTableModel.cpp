#include "ProductTableModel.h"

#include "domain/DecimalText.h"
#include "store/records/CatalogRepository.h"
#include "store/db/Database.h"
#include "protocol/RecordType.h"
#include "store/db/RecordWatch.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

ProductTableModel::ProductTableModel(Database& db, const QLocale& locale, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_locale(locale) {
    RecordWatch(db, this)
        .changed(RecordType::products(), [this](const QStringList& ids) { onRecordsChanged(ids); })
        .reset(RecordType::products(), [this] { reload(); });
    reload();
}

void ProductTableModel::setIncludeInactive(bool include) {
    if (include == m_includeInactive)
        return;
    m_includeInactive = include;
    reload();
}

bool ProductTableModel::reload() {
    auto products = CatalogRepository(m_db).products(m_includeInactive);
    if (!products) {
        emit loadFailed(products.error().message);
        return false;
    }
    beginResetModel();
    m_products = std::move(*products);
    endResetModel();
    return true;
}

const Product* ProductTableModel::product(int row) const {
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowOf(const QString& id) const {
    for (qsizetype row = 0; row < m_products.size(); ++row)
        if (m_products.at(row).id == id)
            return int(row);
    return -1;
}

bool ProductTableModel::shows(const Product& product) const {
    return !product.deleted && (product.active || m_includeInactive);
}

void ProductTableModel::onRecordsChanged(const QStringList& ids) {
    for (const QString& id : ids)
        applyChange(id);
}

void ProductTableModel::applyChange(const QString& id) {
    auto stored = CatalogRepository(m_db).product(id);
    const int row = rowOf(id);
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        emit loadFailed(stored.error().message);
        return;
    }
    if (!stored || !shows(*stored)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_products.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_products[row] = *stored;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // New rows go last: the proxy sorts them into place.
    const int end = int(m_products.size());
    beginInsertRows({}, end, end);
    m_products.append(*stored);
    endInsertRows();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const {
    const Product* p = product(index.row());
    if (!p)
        return {};
    switch (role) {
    case IdRole:
        return p->id;
    case SearchRole:
        return QStringList{p->sku, p->name, p->family, p->unit, p->taxCategory}.join(u'\n');
    case SortRole:
        if (index.column() == TaxRate)
            return p->taxRate.raw;
        if (index.column() == Active)
            return int(p->active);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == TaxRate ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Sku:
        return p->sku;
    case Name:
        return p->name;
    case Family:
        return p->family;
    case Unit:
        return p->unit;
    case TaxRate:
        return tr("%1 %").arg(DecimalText::format(p->taxRate, m_locale));
    case Active:
        return p->active ? tr("Active") : tr("Inactive");
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TaxRate ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Family:
        return tr("Family");
    case Unit:
        return tr("Unit");
    case TaxRate:
        return tr("Tax");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace Fieldbook
