#include "LeadListModel.h"

#include "PagedTableModelImpl.h"
#include "protocol/RecordType.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook {

template class PagedTableModel<LeadQuery>;

LeadListModel::LeadListModel(Database& db, QObject* parent)
    : PagedTableModel(db, LeadQuery(db), RecordType::leads(), LeadSort::Name, {}, parent) {
    // Owner names appear in the rows; a renamed user is rare, so reload what is loaded.
    follow(RecordType::users(), [this](const QStringList&) { reload(); });
}

int LeadListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LeadSummary& row = rowAt(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return leadStatusKey(row.status);
    case RatingRole:
        return leadRatingKey(row.rating);
    case OwnerIdRole:
        return row.ownerId;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Company:
        return row.company;
    case Status:
        return leadStatusName(row.status);
    case Rating:
        return row.rating == LeadRating::None ? QString() : leadRatingName(row.rating);
    case Source:
        return leadSourceName(row.source);
    case Email:
        return row.email;
    case Phone:
        return row.phone;
    case Owner:
        return row.ownerName;
    case Created:
        return QDateTime::fromMSecsSinceEpoch(row.createdAt, Qt::UTC);
    default:
        return {};
    }
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Status:
        return tr("Status");
    case Rating:
        return tr("Rating");
    case Source:
        return tr("Source");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Owner:
        return tr("Owner");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

QHash<int, QByteArray> LeadListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(StatusRole, "status");
    names.insert(RatingRole, "rating");
    names.insert(OwnerIdRole, "ownerId");
    return names;
}

std::optional<LeadSort> LeadListModel::sortForColumn(int column) const {
    switch (column) {
    case Company:
        return LeadSort::Company;
    case Status:
        return LeadSort::Status;
    case Rating:
        return LeadSort::Rating;
    case Source:
        return LeadSort::Source;
    case Owner:
        return LeadSort::Owner;
    case Created:
        return LeadSort::Created;
    default:
        return LeadSort::Name; // e-mail and phone sort by name: their order means nothing
    }
}

} // namespace Fieldbook
