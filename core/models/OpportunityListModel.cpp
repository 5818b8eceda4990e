#include "OpportunityListModel.h"

#include "store/Database.h"
#include "store/StoreEvents.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

OpportunitySort sortOf(int column) {
    switch (column) {
    case OpportunityListModel::Name:
        return OpportunitySort::Name;
    case OpportunityListModel::Account:
        return OpportunitySort::Account;
    case OpportunityListModel::Stage:
        return OpportunitySort::Stage;
    case OpportunityListModel::Amount:
        return OpportunitySort::Amount;
    case OpportunityListModel::Probability:
        return OpportunitySort::Probability;
    case OpportunityListModel::Owner:
        return OpportunitySort::Owner;
    default:
        return OpportunitySort::CloseDate;
    }
}

} // namespace

OpportunityListModel::OpportunityListModel(Database& db, Pipeline pipeline, QObject* parent)
    : QAbstractTableModel(parent)
    , m_pipeline(std::move(pipeline))
    , m_query(db, m_pipeline) {
    m_filter.pipeline = m_pipeline.key;
    connect(db.events(), &StoreEvents::recordsChanged, this, &OpportunityListModel::onRecordsChanged);
    connect(db.events(), &StoreEvents::tableReset, this, &OpportunityListModel::onTableReset);
    load(false);
}

void OpportunityListModel::setFilter(const OpportunityFilter& filter) {
    OpportunityFilter f = filter;
    f.pipeline = m_pipeline.key;
    if (f == m_filter)
        return;
    m_filter = f;
    load(false);
}

void OpportunityListModel::sort(int column, Qt::SortOrder order) {
    const OpportunitySort sort = sortOf(column);
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    load(true);
}

int OpportunityListModel::totalCount() const {
    if (m_totalCount < 0) {
        auto n = m_query.count(m_filter);
        m_totalCount = n ? *n : 0;
    }
    return m_totalCount;
}

QString OpportunityListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int OpportunityListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void OpportunityListModel::load(bool keepLoaded) {
    const int keep = keepLoaded ? std::max<int>(int(m_rows.size()), kPageSize) : kPageSize;
    auto rows = m_query.page(m_filter, m_sort, m_order, nullptr, keep);
    beginResetModel();
    m_totalCount = -1;
    if (rows) {
        m_rows = std::move(*rows);
        m_atEnd = m_rows.size() < keep;
    } else {
        m_rows.clear();
        m_atEnd = true;
    }
    endResetModel();
    if (!rows)
        setError(rows.error());
    emit totalCountChanged();
}

int OpportunityListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpportunityListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OpportunitySummary& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case AmountRole:
        return row.amount;
    case CurrencyRole:
        return row.currency;
    case StageKeyRole:
        return row.stage;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Account:
        return row.accountName;
    case Stage: {
        const PipelineStage* stage = m_pipeline.stage(row.stage);
        return stage ? stage->name : row.stage;
    }
    case Amount:
        return row.amount;
    case CloseDate:
        return row.closeDate;
    case Probability:
        return row.probability;
    case Owner:
        return row.ownerName;
    default:
        return {};
    }
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Opportunity");
    case Account:
        return tr("Account");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case CloseDate:
        return tr("Close date");
    case Probability:
        return tr("Probability");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

bool OpportunityListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void OpportunityListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_atEnd)
        return;
    auto rows = m_query.page(m_filter, m_sort, m_order, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), kPageSize);
    if (!rows) {
        m_atEnd = true;
        setError(rows.error());
        return;
    }
    m_atEnd = rows->size() < kPageSize;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(std::move(*rows));
    endInsertRows();
}

QHash<int, QByteArray> OpportunityListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(AmountRole, "amount");
    names.insert(CurrencyRole, "currency");
    names.insert(StageKeyRole, "stageKey");
    return names;
}

bool OpportunityListModel::lessThan(const OpportunitySummary& a, const OpportunitySummary& b) const {
    const bool ascending = m_order == Qt::AscendingOrder;
    const auto ordering = QVariant::compare(a.sortValue, b.sortValue);
    if (ordering == QPartialOrdering::Equivalent)
        return ascending ? a.rid < b.rid : a.rid > b.rid;
    return ordering == (ascending ? QPartialOrdering::Less : QPartialOrdering::Greater);
}

void OpportunityListModel::applyChange(const QString& id) {
    const int current = rowOf(id);
    auto fresh = m_query.row(id, m_filter, m_sort);
    if (!fresh) {
        setError(fresh.error());
        return;
    }
    if (current >= 0 && *fresh && (*fresh)->sortValue == m_rows.at(current).sortValue) {
        m_rows[current] = std::move(**fresh);
        emit dataChanged(index(current, 0), index(current, ColumnCount - 1));
        return;
    }
    if (current >= 0) {
        beginRemoveRows({}, current, current);
        m_rows.removeAt(current);
        endRemoveRows();
    }
    if (!*fresh)
        return;
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), **fresh,
                         [this](const OpportunitySummary& a, const OpportunitySummary& b) { return lessThan(a, b); });
    const int position = int(it - m_rows.cbegin());
    if (position == m_rows.size() && !m_atEnd)
        return; // beyond the loaded rows: a later fetchMore brings it
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(**fresh));
    endInsertRows();
}

void OpportunityListModel::onRecordsChanged(const QString& table, const QStringList& ids) {
    if (table == u"opportunities") {
        m_totalCount = -1;
        for (const QString& id : ids)
            applyChange(id);
        emit totalCountChanged();
    } else if (table == u"accounts") {
        QStringList affected;
        for (const OpportunitySummary& row : std::as_const(m_rows))
            if (ids.contains(row.accountId))
                affected.append(row.id);
        for (const QString& id : std::as_const(affected))
            applyChange(id);
    }
}

void OpportunityListModel::onTableReset(const QString& table) {
    if (table == u"opportunities" || table == u"accounts" || table == u"users")
        load(true);
}

void OpportunityListModel::setError(const Error& error) {
    m_lastError = error.message;
    emit loadFailed(error.message);
}

} // namespace Fieldbook
