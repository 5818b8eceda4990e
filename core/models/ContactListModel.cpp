#include "ContactListModel.h"

#include "domain/Contact.h"
#include "protocol/RecordType.h"
#include "store/db/FieldCodec.h"

#include <QDateTime>

namespace Fieldbook {

ContactListModel::ContactListModel(Database& db, QObject* parent)
    : RecordListModel(db, ListQuery::contacts(db), RecordType::contacts(), parent) {
    // An account's name appears in contact rows; refresh the loaded rows that show it.
    follow(RecordType::accounts(), [this](const QStringList& ids) {
        refreshRows([&ids](const ListRow& row) { return ids.contains(row.values.value(9).toString()); });
    });
}

int ContactListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ListRow& row = rowAt(index.row());
    const QVariantList& v = row.values;
    switch (role) {
    case IdRole:
        return row.id;
    case DoNotCallRole:
        return v.at(8).toInt() != 0;
    case AccountIdRole:
        return v.at(9).toString();
    case TagsRole:
        return FieldCodec::decodeTags(v.at(10).toString());
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name: {
        Contact c;
        c.firstName = v.at(0).toString();
        c.lastName = v.at(1).toString();
        return c.displayName();
    }
    case Account:
        return v.at(2);
    case Title:
        return v.at(3);
    case Email: {
        const auto emails = FieldCodec::decodeContactPoints(v.at(4).toString());
        return emails.isEmpty() ? QString() : emails.first().value;
    }
    case Phone: {
        const auto phones = FieldCodec::decodeContactPoints(v.at(5).toString());
        return phones.isEmpty() ? QString() : phones.first().value;
    }
    case Owner:
        return v.at(6);
    case Updated:
        return QDateTime::fromMSecsSinceEpoch(v.at(7).toLongLong(), Qt::UTC);
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Account:
        return tr("Account");
    case Title:
        return tr("Title");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Owner:
        return tr("Owner");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

std::optional<ListSort> ContactListModel::sortForColumn(int column) const {
    switch (column) {
    case Name:
        return ListSort::Name;
    case Account:
        return ListSort::Account;
    case Updated:
        return ListSort::Updated;
    default:
        return std::nullopt;
    }
}

} // namespace Fieldbook
