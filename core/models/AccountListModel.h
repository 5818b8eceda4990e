#pragma once

#include "RecordListModel.h"

namespace Fieldbook {

/// Accounts for the list view: name, industry, city, phone, contacts, owner, last change.
class AccountListModel final : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Name, Industry, City, Phone, Contacts, Owner, Updated, ColumnCount };
    enum AccountRole {
        WebsiteRole = RecordListModel::SortRole + 1, ///< QString
        TagsRole,                                    ///< QStringList
        CountryRole,                                 ///< QString
    };

    explicit AccountListModel(Database& db, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::optional<ListSort> sortForColumn(int column) const override;
};

} // namespace Fieldbook
