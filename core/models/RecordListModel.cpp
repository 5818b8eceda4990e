#include "RecordListModel.h"

#include "store/Database.h"
#include "store/StoreEvents.h"

#include <algorithm>

namespace Fieldbook {

RecordListModel::RecordListModel(Database& db, ListQuery query, QString table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(std::move(query))
    , m_table(std::move(table)) {
    connect(db.events(), &StoreEvents::recordsChanged, this, &RecordListModel::onRecordsChanged);
    connect(db.events(), &StoreEvents::tableReset, this, &RecordListModel::onTableReset);
    // Contacts show their account's name: a renamed or merged account changes contact rows too.
    reload();
}

void RecordListModel::setFilter(const ListFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_rows.clear(); // start over with the first page, loaded inside the reset
    reload();
}

void RecordListModel::setSort(ListSort sort, Qt::SortOrder order) {
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    reload();
}

void RecordListModel::sort(int column, Qt::SortOrder order) {
    if (const auto sort = sortForColumn(column))
        setSort(*sort, order);
}

int RecordListModel::totalCount() const {
    if (m_totalCount < 0) {
        auto n = m_query.count(m_filter);
        m_totalCount = n ? *n : 0;
    }
    return m_totalCount;
}

int RecordListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString RecordListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordListModel::ensureLoaded(const QString& id) {
    int row = rowOf(id);
    while (row < 0 && !m_atEnd) {
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (int i = before; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                row = i;
    }
    return row;
}

void RecordListModel::reload() {
    const int keep = std::max<int>(int(m_rows.size()), kPageSize);
    auto rows = m_query.page(m_filter, m_sort, m_order, nullptr, keep);
    beginResetModel();
    m_rows.clear();
    m_totalCount = -1;
    if (rows) {
        m_rows = std::move(*rows);
        m_atEnd = m_rows.size() < keep;
    } else {
        m_atEnd = true;
        setError(rows.error());
    }
    endResetModel();
    emit totalCountChanged();
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void RecordListModel::fetchMore(const QModelIndex& parent) {
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

QHash<int, QByteArray> RecordListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(SortRole, "sortValue");
    return names;
}

bool RecordListModel::lessThan(const ListRow& a, const ListRow& b) const {
    const bool ascending = m_order == Qt::AscendingOrder;
    const auto ordering = QVariant::compare(a.sortValue, b.sortValue);
    if (ordering == QPartialOrdering::Equivalent)
        return ascending ? a.rid < b.rid : a.rid > b.rid;
    return ordering == (ascending ? QPartialOrdering::Less : QPartialOrdering::Greater);
}

void RecordListModel::applyChange(const QString& id) {
    const int current = rowOf(id);
    auto fresh = m_query.row(id, m_filter, m_sort);
    if (!fresh) {
        setError(fresh.error());
        return;
    }
    if (current >= 0 && *fresh && (*fresh)->sortValue == m_rows.at(current).sortValue) {
        m_rows[current] = std::move(**fresh);
        emit dataChanged(index(current, 0), index(current, columnCount() - 1));
        return;
    }
    if (current >= 0) {
        beginRemoveRows({}, current, current);
        m_rows.removeAt(current);
        endRemoveRows();
    }
    if (!*fresh)
        return;
    // Insert at its sorted place if that place is within the loaded range; otherwise a later
    // fetchMore will bring it.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), **fresh,
                                     [this](const ListRow& a, const ListRow& b) { return lessThan(a, b); });
    const int position = int(it - m_rows.cbegin());
    if (position == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(**fresh));
    endInsertRows();
}

void RecordListModel::onRecordsChanged(const QString& table, const QStringList& ids) {
    if (table == m_table) {
        m_totalCount = -1;
        for (const auto& id : ids)
            applyChange(id);
        emit totalCountChanged();
    } else if (table == u"accounts" && m_table == u"contacts") {
        // An account's name appears in contact rows; refresh the loaded rows that show it.
        QStringList affected;
        for (const auto& row : std::as_const(m_rows))
            if (ids.contains(row.values.value(9).toString()))
                affected.append(row.id);
        for (const auto& id : std::as_const(affected))
            applyChange(id);
    }
}

void RecordListModel::onTableReset(const QString& table) {
    if (table == m_table || (table == u"accounts" && m_table == u"contacts"))
        reload();
}

void RecordListModel::setError(const Error& error) {
    m_lastError = error.message;
    emit loadFailed(error.message);
}

} // namespace Fieldbook
