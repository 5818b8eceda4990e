#include "AccountListModel.h"

#include "domain/Industry.h"
#include "protocol/RecordType.h"
#include "store/db/FieldCodec.h"

#include <QDateTime>

namespace Fieldbook {

AccountListModel::AccountListModel(Database& db, QObject* parent)
    : RecordListModel(db, ListQuery::accounts(db), RecordType::accounts(), parent) {}

int AccountListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ListRow& row = rowAt(index.row());
    const QVariantList& v =
        row.values; // name, industry, city, country, phones, owner, updated, contacts, website, tags
    switch (role) {
    case IdRole:
        return row.id;
    case WebsiteRole:
        return v.at(8).toString();
    case TagsRole:
        return FieldCodec::decodeTags(v.at(9).toString());
    case CountryRole:
        return v.at(3).toString();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return v.at(0);
    case Industry:
        return role == Qt::DisplayRole ? QVariant(industryName(v.at(1).toString())) : v.at(1);
    case City:
        return v.at(2);
    case Phone: {
        const auto phones = FieldCodec::decodeContactPoints(v.at(4).toString());
        return phones.isEmpty() ? QString() : phones.first().value;
    }
    case Contacts:
        return v.at(7).toInt();
    case Owner:
        return v.at(5);
    case Updated:
        return QDateTime::fromMSecsSinceEpoch(v.at(6).toLongLong(), Qt::UTC);
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Industry:
        return tr("Industry");
    case City:
        return tr("City");
    case Phone:
        return tr("Phone");
    case Contacts:
        return tr("Contacts");
    case Owner:
        return tr("Owner");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

std::optional<ListSort> AccountListModel::sortForColumn(int column) const {
    switch (column) {
    case Name:
        return ListSort::Name;
    case Updated:
        return ListSort::Updated;
    default:
        return std::nullopt;
    }
}

} // namespace Fieldbook
