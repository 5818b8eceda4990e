#include "LeadListModel.h"

#include "store/Database.h"
#include "store/StoreEvents.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

LeadSort sortOf(int column) {
    switch (column) {
    case LeadListModel::Company:
        return LeadSort::Company;
    case LeadListModel::Status:
        return LeadSort::Status;
    case LeadListModel::Rating:
        return LeadSort::Rating;
    case LeadListModel::Source:
        return LeadSort::Source;
    case LeadListModel::Owner:
        return LeadSort::Owner;
    case LeadListModel::Created:
        return LeadSort::Created;
    default:
        return LeadSort::Name; // e-mail and phone sort by name: their order means nothing
    }
}

} // namespace

LeadListModel::LeadListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db) {
    connect(db.events(), &StoreEvents::recordsChanged, this, &LeadListModel::onRecordsChanged);
    connect(db.events(), &StoreEvents::tableReset, this, &LeadListModel::onTableReset);
    load(false);
}

void LeadListModel::setFilter(const LeadFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    load(false);
}

void LeadListModel::sort(int column, Qt::SortOrder order) {
    const LeadSort sort = sortOf(column);
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    load(true);
}

int LeadListModel::totalCount() const {
    if (m_totalCount < 0) {
        auto n = m_query.count(m_filter);
        m_totalCount = n ? *n : 0;
    }
    return m_totalCount;
}

QString LeadListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int LeadListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int LeadListModel::ensureLoaded(const QString& id) {
    if (id.isEmpty())
        return -1;
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowOf(id);
    }
    return row;
}

void LeadListModel::load(bool keepLoaded) {
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

int LeadListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LeadSummary& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return leadStatusKey(row.status);
    case RatingRole:
        return leadRatingKey(row.rating);
    case OwnerIdRole:
        return row.ownerId;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Company:
        return row.company;
    case Status:
        return leadStatusName(row.status);
    case Rating:
        return row.rating == LeadRating::None ? QString() : leadRatingName(row.rating);
    case Source:
        return row.source;
    case Email:
        return row.email;
    case Phone:
        return row.phone;
    case Owner:
        return row.ownerName;
    case Created:
        return QDateTime::fromMSecsSinceEpoch(row.createdAt, Qt::UTC);
    default:
        return {};
    }
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Status:
        return tr("Status");
    case Rating:
        return tr("Rating");
    case Source:
        return tr("Source");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

bool LeadListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void LeadListModel::fetchMore(const QModelIndex& parent) {
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

QHash<int, QByteArray> LeadListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StatusRole, "status");
    names.insert(RatingRole, "rating");
    names.insert(OwnerIdRole, "ownerId");
    return names;
}

bool LeadListModel::lessThan(const LeadSummary& a, const LeadSummary& b) const {
    const bool ascending = m_order == Qt::AscendingOrder;
    const auto ordering = QVariant::compare(a.sortValue, b.sortValue);
    if (ordering == QPartialOrdering::Equivalent)
        return ascending ? a.rid < b.rid : a.rid > b.rid;
    return ordering == (ascending ? QPartialOrdering::Less : QPartialOrdering::Greater);
}

void LeadListModel::applyChange(const QString& id) {
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
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), **fresh,
                                     [this](const LeadSummary& a, const LeadSummary& b) { return lessThan(a, b); });
    const int position = int(it - m_rows.cbegin());
    if (position == m_rows.size() && !m_atEnd)
        return; // beyond the loaded rows: a later fetchMore brings it
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(**fresh));
    endInsertRows();
}

void LeadListModel::onRecordsChanged(const QString& table, const QStringList& ids) {
    if (table == u"leads") {
        m_totalCount = -1;
        for (const QString& id : ids)
            applyChange(id);
        emit totalCountChanged();
    } else if (table == u"users") {
        // Owner names appear in the rows; a renamed user is rare, so reload what is loaded.
        load(true);
    }
}

void LeadListModel::onTableReset(const QString& table) {
    if (table == u"leads" || table == u"users")
        load(true);
}

void LeadListModel::setError(const Error& error) {
    m_lastError = error.message;
    emit loadFailed(error.message);
}

} // namespace Fieldbook
