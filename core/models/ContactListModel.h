#pragma once

#include "RecordListModel.h"

namespace Fieldbook {

/// Contacts for the list view: name, account, title, first e-mail and phone, owner, last change.
class ContactListModel final : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Name, Account, Title, Email, Phone, Owner, Updated, ColumnCount };
    enum ContactRole {
        DoNotCallRole = RecordListModel::SortRole + 1, ///< bool
        AccountIdRole,                                 ///< QString
        TagsRole,                                      ///< QStringList
    };

    explicit ContactListModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::optional<ListSort> sortForColumn(int column) const override;
};

} // namespace Fieldbook
