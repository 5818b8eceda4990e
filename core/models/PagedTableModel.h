#pragma once

#include "PagedListModel.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Fieldbook {

class Database;
struct RecordType;

/// A table of the rows of one keyset-paged query (ListQuery, LeadQuery, OpportunityQuery), whose
/// Row, Filter and Sort types it names. Pages of kPageSize rows are fetched on demand
/// (canFetchMore/fetchMore), each after the last row loaded. A committed change to the listed
/// type re-reads only the changed rows and moves each to its sorted place, or leaves it to a later
/// page when that place lies beyond the loaded rows. Subclasses define the columns and read rows
/// with rowAt(). The members are defined in PagedTableModelImpl.h, which the .cpp of each subclass
/// includes to instantiate them once (`template class PagedTableModel<Query>;`).
template<class Query>
class PagedTableModel : public PagedListModel {
public:
    using Row = typename Query::Row;
    using Filter = typename Query::Filter;
    using Sort = typename Query::Sort;

    const Filter& filter() const { return m_filter; }
    void setFilter(const Filter& filter);
    Sort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void setSort(Sort sort, Qt::SortOrder order);
    /// True when the store can order the list by `column` (sort() ignores the others).
    bool isSortable(int column) const { return sortForColumn(column).has_value(); }

    /// Rows matching the filter in the whole store (not only those loaded).
    int totalCount() const;
    /// Row of `id` among loaded rows, or -1.
    int rowOf(const QString& id) const;
    QString idAt(int row) const;
    /// Loads pages until `id` is loaded or the end is reached; returns its row or -1.
    int ensureLoaded(const QString& id);
    /// Reloads from the store keeping as many rows as were loaded.
    void reload() { load(true); }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    /// Lists the records of `type` through `query`, sorted by `sort` ascending and filtered by
    /// `filter`. Subclasses name the other types their rows show with follow().
    PagedTableModel(Database& db, Query query, const RecordType& type, Sort sort, Filter filter, QObject* parent);

    /// The rows also show records of `type`: a reset of them reloads the list, and a change calls
    /// `changed` with their ids (nothing without it).
    void follow(const RecordType& type, std::function<void(const QStringList& ids)> changed = {});

    const Row& rowAt(int row) const { return m_rows.at(row); }
    /// Maps a column to the sort it supports, or nullopt when the column cannot be sorted.
    virtual std::optional<Sort> sortForColumn(int column) const = 0;
    /// What setFilter() applies when asked for `filter`, e.g. `filter` kept to one pipeline.
    virtual Filter restricted(Filter filter) const { return filter; }
    /// Re-reads the loaded rows for which `shows(row)` holds, e.g. those showing a renamed account.
    template<class Predicate>
    void refreshRows(Predicate shows) {
        QStringList ids;
        for (const Row& row : std::as_const(m_rows))
            if (shows(row))
                ids.append(row.id);
        for (const QString& id : std::as_const(ids))
            applyChange(id);
    }

private:
    void load(bool keepLoaded);
    void applyChange(const QString& id);
    bool lessThan(const Row& a, const Row& b) const;
    void onRecordsChanged(const QStringList& ids);

    const Database& m_db;
    Query m_query;
    Filter m_filter;
    Sort m_sort;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<Row> m_rows;
    bool m_atEnd = true;
    mutable int m_totalCount = -1;
};

} // namespace Fieldbook
