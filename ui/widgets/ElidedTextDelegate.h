#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Paints cells as QStyledItemDelegate does and, on hover, shows the whole text of a cell that is
/// too narrow for it (the view elides it), followed by the model's own tooltip if it has one.
class ElidedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Whether the view shows the text of `index` cut short in `option.rect`.
    bool isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// What hovering `index` shows: the whole text when it is elided, then the model's tooltip.
    QString toolTip(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace Fieldbook
