#pragma once

// PagedTableModel's members: included only by the .cpp of a subclass, which instantiates them for
// its query with `template class PagedTableModel<Query>;`.

#include "PagedTableModel.h"

#include "store/db/Database.h"
#include "store/db/RecordWatch.h"

#include <algorithm>

namespace Fieldbook {

template<class Query>
PagedTableModel<Query>::PagedTableModel(Database& db, Query query, const RecordType& type, Sort sort, Filter filter,
                                        QObject* parent)
    : PagedListModel(parent)
    , m_db(db)
    , m_query(std::move(query))
    , m_filter(std::move(filter))
    , m_sort(sort) {
    RecordWatch(db, this).changed(type, [this](const QStringList& ids) { onRecordsChanged(ids); }).reset(type, [this] {
        load(true);
    });
    load(false);
}

template<class Query>
void PagedTableModel<Query>::follow(const RecordType& type, std::function<void(const QStringList& ids)> changed) {
    const RecordWatch watch(m_db, this);
    watch.reset(type, [this] { load(true); });
    if (changed)
        watch.changed(type, std::move(changed));
}

template<class Query>
void PagedTableModel<Query>::setFilter(const Filter& filter) {
    Filter applied = restricted(filter);
    if (applied == m_filter)
        return;
    m_filter = std::move(applied);
    load(false); // start over with the first page
}

template<class Query>
void PagedTableModel<Query>::setSort(Sort sort, Qt::SortOrder order) {
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    load(true);
}

template<class Query>
void PagedTableModel<Query>::sort(int column, Qt::SortOrder order) {
    if (const auto sort = sortForColumn(column))
        setSort(*sort, order);
}

template<class Query>
int PagedTableModel<Query>::totalCount() const {
    if (m_totalCount < 0) {
        auto n = m_query.count(m_filter);
        m_totalCount = n ? *n : 0;
    }
    return m_totalCount;
}

template<class Query>
int PagedTableModel<Query>::rowOf(const QString& id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

template<class Query>
QString PagedTableModel<Query>::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

template<class Query>
int PagedTableModel<Query>::ensureLoaded(const QString& id) {
    if (id.isEmpty())
        return -1;
    int row = rowOf(id);
    while (row < 0 && !m_atEnd) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        for (qsizetype i = before; i < m_rows.size() && row < 0; ++i)
            if (m_rows.at(i).id == id)
                row = int(i);
    }
    return row;
}

template<class Query>
void PagedTableModel<Query>::load(bool keepLoaded) {
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

template<class Query>
int PagedTableModel<Query>::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

template<class Query>
bool PagedTableModel<Query>::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

template<class Query>
void PagedTableModel<Query>::fetchMore(const QModelIndex& parent) {
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

/// The order of the query: by sort value, ties broken by rid, both in the list's direction.
template<class Query>
bool PagedTableModel<Query>::lessThan(const Row& a, const Row& b) const {
    const bool ascending = m_order == Qt::AscendingOrder;
    const auto ordering = QVariant::compare(a.sortValue, b.sortValue);
    if (ordering == QPartialOrdering::Equivalent)
        return ascending ? a.rid < b.rid : a.rid > b.rid;
    return ordering == (ascending ? QPartialOrdering::Less : QPartialOrdering::Greater);
}

template<class Query>
void PagedTableModel<Query>::applyChange(const QString& id) {
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
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), **fresh,
                                     [this](const Row& a, const Row& b) { return lessThan(a, b); });
    const int position = int(it - m_rows.cbegin());
    if (position == m_rows.size() && !m_atEnd)
        return; // beyond the loaded rows: a later fetchMore brings it
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(**fresh));
    endInsertRows();
}

template<class Query>
void PagedTableModel<Query>::onRecordsChanged(const QStringList& ids) {
    m_totalCount = -1;
    for (const QString& id : ids)
        applyChange(id);
    emit totalCountChanged();
}

} // namespace Fieldbook
