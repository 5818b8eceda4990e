#pragma once

#include <QIdentityProxyModel>

namespace Fieldbook {

/// Presentation of the lead list: the creation date in the user's locale, the rating marked with
/// a coloured dot, and leads that are no longer open (disqualified, converted) dimmed. Paging and
/// sorting pass through to the core model.
class LeadListPresentation final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace Fieldbook
