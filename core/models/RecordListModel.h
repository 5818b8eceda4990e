#pragma once

#include "PagedTableModel.h"
#include "store/records/ListQuery.h"

namespace Fieldbook {

/// A lazily paged table of contacts or accounts (see PagedTableModel).
/// Subclasses define the columns; they return data, not presentation.
class RecordListModel : public PagedTableModel<ListQuery> {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the record's id (QString)
        SortRole,                  ///< the raw value for sorting or formatting
    };

    QHash<int, QByteArray> roleNames() const override;

protected:
    /// Lists the records of `type` through `query`.
    RecordListModel(Database& db, ListQuery query, const RecordType& type, QObject* parent);
};

// The paging members are compiled once, in RecordListModel.cpp (after the class: lupdate cannot read the class
// behind an explicit instantiation declaration).
extern template class PagedTableModel<ListQuery>;

} // namespace Fieldbook
