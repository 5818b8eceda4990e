#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Paints a board card: the opportunity's name, its account, the amount in its own currency, and
/// the owner with the close date. Colours come from the palette.
class OpportunityCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Fieldbook
