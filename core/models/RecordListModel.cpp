#include "RecordListModel.h"

#include "PagedTableModelImpl.h"

namespace Fieldbook {

template class PagedTableModel<ListQuery>;

RecordListModel::RecordListModel(Database& db, ListQuery query, const RecordType& type, QObject* parent)
    : PagedTableModel(db, std::move(query), type, ListSort::Name, {}, parent) {}

QHash<int, QByteArray> RecordListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace Fieldbook
