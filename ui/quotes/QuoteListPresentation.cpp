#include "QuoteListPresentation.h"

#include "models/QuoteListModel.h"
#include "opportunities/BoardText.h"

#include <QDate>
#include <QLocale>

namespace Fieldbook {

QVariant QuoteListPresentation::data(const QModelIndex& index, int role) const {
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case QuoteListModel::Total: {
            const QVariant total = index.data(QuoteListModel::TotalRole);
            return total.isValid()
                       ? BoardText::money(total.toLongLong(), index.data(QuoteListModel::CurrencyRole).toString())
                       : tr("does not add up");
        }
        case QuoteListModel::ValidUntil:
            return QLocale().toString(QIdentityProxyModel::data(index, role).toDate(), QLocale::ShortFormat);
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole &&
               (column == QuoteListModel::Total || column == QuoteListModel::ValidUntil)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Fieldbook
