#pragma once

#include <QIdentityProxyModel>

namespace Fieldbook {

/// Presentation of the opportunity list: amounts in their currency, dates and percentages in the
/// user's locale, figures right-aligned. Paging and sorting pass through to the core model.
class OpportunityListPresentation final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Fieldbook
