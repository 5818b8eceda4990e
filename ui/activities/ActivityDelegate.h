#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Paints one timeline entry: kind icon, subject, local date and time, duration, outcome and the
/// start of the notes.
class ActivityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Fieldbook
