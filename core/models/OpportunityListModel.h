#pragma once

#include "PagedTableModel.h"
#include "domain/Pipeline.h"
#include "store/records/OpportunityQuery.h"

namespace Fieldbook {

/// The opportunities of one pipeline as a lazily paged, sortable table (see PagedTableModel).
/// Returns data, not presentation: the amount column is minor units (AmountRole with
/// CurrencyRole), dates are QDate.
class OpportunityListModel final : public PagedTableModel<OpportunityQuery> {
    Q_OBJECT
public:
    enum Column { Name, Account, Stage, Amount, CloseDate, Probability, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        AmountRole,                ///< minor units (qint64)
        CurrencyRole,              ///< ISO 4217 code
        StageKeyRole,              ///< QString
        AttentionRole,             ///< what it lacks, Attention as int (0: nothing)
    };

    OpportunityListModel(Database& db, Pipeline pipeline, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<OpportunitySort> sortForColumn(int column) const override;
    /// Keeps the list to its pipeline whatever `filter` names.
    OpportunityFilter restricted(OpportunityFilter filter) const override;

private:
    Pipeline m_pipeline;
};

// The paging members are compiled once, in OpportunityListModel.cpp (after the class: lupdate cannot read the class
// behind an explicit instantiation declaration).
extern template class PagedTableModel<OpportunityQuery>;

} // namespace Fieldbook
