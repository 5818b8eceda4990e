#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Paints a board card: the opportunity's name, its account, the amount in its own currency, and
/// the owner with the close date. Colours come from the palette. A line cut short for want of room
/// shows in full on hover.
class OpportunityCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    /// What hovering the card at `pos` (in the view's viewport) shows: the whole text of the line
    /// there when it is cut short on the card, else "".
    QString toolTipAt(const QStyleOptionViewItem& option, const QModelIndex& index, const QPoint& pos) const;
};

} // namespace Fieldbook
