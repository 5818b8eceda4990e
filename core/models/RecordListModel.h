#pragma once

#include "store/ListQuery.h"

#include <QAbstractTableModel>

namespace Fieldbook {

class Database;

/// A lazily paged table of contacts or accounts. Pages of kPageSize rows are fetched on demand
/// (canFetchMore/fetchMore); committed changes update affected rows one by one.
/// Subclasses define the columns; they return data, not presentation.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record's id (QString)
        SortRole,                  ///< the raw value for sorting or formatting
    };

    RecordListModel(Database& db, ListQuery query, QString table, QObject* parent = nullptr);

    void setFilter(const ListFilter& filter);
    const ListFilter& filter() const { return m_filter; }
    void setSort(ListSort sort, Qt::SortOrder order);
    ListSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

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
    void reload();
    /// The last error met while loading (shown by the view as a banner).
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString& message);
    void totalCountChanged();

protected:
    const ListRow& rowAt(int row) const { return m_rows.at(row); }
    /// Maps a column to the sort it supports, or nullopt when the column cannot be sorted.
    virtual std::optional<ListSort> sortForColumn(int column) const = 0;

public:
    void sort(int column, Qt::SortOrder order) override;

private:
    void onRecordsChanged(const QString& table, const QStringList& ids);
    void onTableReset(const QString& table);
    void applyChange(const QString& id);
    bool lessThan(const ListRow& a, const ListRow& b) const;
    void setError(const Error& error);

    Database& m_db;
    ListQuery m_query;
    QString m_table;
    ListFilter m_filter;
    ListSort m_sort = ListSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<ListRow> m_rows;
    bool m_atEnd = false;
    mutable int m_totalCount = -1;
    QString m_lastError;
};

} // namespace Fieldbook
