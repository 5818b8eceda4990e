#pragma once

#include "domain/Pipeline.h"
#include "store/OpportunityQuery.h"

#include <QAbstractTableModel>

namespace Fieldbook {

class Database;

/// Opportunities as a lazily paged, sortable table: pages of kPageSize rows are fetched on demand,
/// committed changes update affected rows one by one. Returns data, not presentation: the amount
/// column is minor units (AmountRole with CurrencyRole), dates are QDate.
class OpportunityListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    enum Column { Name, Account, Stage, Amount, CloseDate, Probability, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        AmountRole,                ///< minor units (qint64)
        CurrencyRole,              ///< ISO 4217 code
        StageKeyRole,              ///< QString
    };

    OpportunityListModel(Database& db, Pipeline pipeline, QObject* parent = nullptr);

    const OpportunityFilter& filter() const { return m_filter; }
    void setFilter(const OpportunityFilter& filter);
    OpportunitySort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Rows matching the filter in the whole store (not only those loaded).
    int totalCount() const;
    QString idAt(int row) const;
    int rowOf(const QString& id) const;
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
    bool lessThan(const OpportunitySummary& a, const OpportunitySummary& b) const;
    void onRecordsChanged(const QString& table, const QStringList& ids);
    void onTableReset(const QString& table);
    void setError(const Error& error);

    Pipeline m_pipeline;
    OpportunityQuery m_query;
    OpportunityFilter m_filter;
    OpportunitySort m_sort = OpportunitySort::CloseDate;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<OpportunitySummary> m_rows;
    bool m_atEnd = true;
    mutable int m_totalCount = -1;
    QString m_lastError;
};

} // namespace Fieldbook
