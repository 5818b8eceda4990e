#pragma once

#include <QIdentityProxyModel>

namespace Fieldbook {

/// Presentation of the quote list: totals with their currency, dates in the user's locale, figures
/// right-aligned. Paging and sorting pass through to the core model.
class QuoteListPresentation final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Fieldbook
