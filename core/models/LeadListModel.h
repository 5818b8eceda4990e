#pragma once

#include "store/LeadQuery.h"

#include <QAbstractTableModel>

namespace Fieldbook {

class Database;

/// Leads as a lazily paged, sortable table: pages of kPageSize rows are fetched on demand,
/// committed changes update affected rows one by one. Returns data, not presentation: statuses
/// and ratings as their names (keys in StatusRole and RatingRole), the creation time as a UTC
/// QDateTime.
class LeadListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    enum Column { Name, Company, Status, Rating, Owner, Source, Email, Phone, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        StatusRole,                ///< the status key (QString)
        RatingRole,                ///< the rating key (QString; empty: not rated)
        OwnerIdRole,               ///< QString
    };

    explicit LeadListModel(Database& db, QObject* parent = nullptr);

    const LeadFilter& filter() const { return m_filter; }
    void setFilter(const LeadFilter& filter);
    LeadSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Rows matching the filter in the whole store (not only those loaded).
    int totalCount() const;
    QString idAt(int row) const;
    int rowOf(const QString& id) const;
    /// Loads pages until `id` is loaded or the end is reached; returns its row or -1.
    int ensureLoaded(const QString& id);
    void reload() { load(true); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void totalCountChanged();
    void loadFailed(const QString& message);

private:
    void load(bool keepLoaded);
    void applyChange(const QString& id);
    bool lessThan(const LeadSummary& a, const LeadSummary& b) const;
    void onRecordsChanged(const QString& table, const QStringList& ids);
    void onTableReset(const QString& table);
    void setError(const Error& error);

    LeadQuery m_query;
    LeadFilter m_filter;
    LeadSort m_sort = LeadSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<LeadSummary> m_rows;
    bool m_atEnd = true;
    mutable int m_totalCount = -1;
    QString m_lastError;
};

} // namespace Fieldbook
