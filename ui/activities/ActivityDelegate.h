#pragma once

#include <QStyledItemDelegate>

namespace Fieldbook {

/// Paints one timeline entry: kind icon, subject, local date and time (an event's time range),
/// its state ("Upcoming", "Logged", "Overdue"), kind, duration, outcome, repetition, location and
/// the start of the notes.
class ActivityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Fieldbook
