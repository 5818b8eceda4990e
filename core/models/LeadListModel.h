#pragma once

#include "PagedTableModel.h"
#include "store/records/LeadQuery.h"

namespace Fieldbook {

/// Leads as a lazily paged, sortable table (see PagedTableModel). Returns data, not presentation:
/// statuses and ratings as their names (keys in StatusRole and RatingRole), the creation time as a
/// UTC QDateTime.
class LeadListModel final : public PagedTableModel<LeadQuery> {
    Q_OBJECT
public:
    enum Column { Name, Company, Status, Rating, Owner, Source, Email, Phone, Created, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        StatusRole,                ///< the status key (QString)
        RatingRole,                ///< the rating key (QString; empty: not rated)
        OwnerIdRole,               ///< QString
    };

    explicit LeadListModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<LeadSort> sortForColumn(int column) const override;
};

// The paging members are compiled once, in LeadListModel.cpp (after the class: lupdate cannot read the class
// behind an explicit instantiation declaration).
extern template class PagedTableModel<LeadQuery>;

} // namespace Fieldbook
