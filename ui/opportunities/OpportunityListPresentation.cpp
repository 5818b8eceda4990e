#include "OpportunityListPresentation.h"

#include "BoardText.h"
#include "models/OpportunityListModel.h"

#include <QDate>
#include <QLocale>

namespace Fieldbook {

QVariant OpportunityListPresentation::data(const QModelIndex& index, int role) const {
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case OpportunityListModel::Amount:
            return BoardText::money(index.data(OpportunityListModel::AmountRole).toLongLong(),
                                    index.data(OpportunityListModel::CurrencyRole).toString());
        case OpportunityListModel::CloseDate:
            return QLocale().toString(QIdentityProxyModel::data(index, role).toDate(), QLocale::ShortFormat);
        case OpportunityListModel::Probability:
            return BoardText::probability(QIdentityProxyModel::data(index, role).toInt());
        default:
            break;
        }
    } else if (role == Qt::DecorationRole && column == OpportunityListModel::Name &&
               index.data(OpportunityListModel::AttentionRole).toInt() != 0) {
        return BoardText::attentionIcon();
    } else if (role == Qt::ToolTipRole) {
        if (const QString missing = BoardText::attention(index.data(OpportunityListModel::AttentionRole).toInt());
            !missing.isEmpty())
            return missing;
    } else if (role == Qt::TextAlignmentRole &&
               (column == OpportunityListModel::Amount || column == OpportunityListModel::Probability ||
                column == OpportunityListModel::CloseDate)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Fieldbook
