#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace Fieldbook {

/// The small marks on calendar entries, painted (no icon theme needed, sharp at any scale):
/// the overlap warning, the lock of private entries and the arrows of recurring ones.
class CalendarMarks final {
public:
    /// The colour of the overlap warning: the warning accent of the message banners (widgets/MessageBanner).
    static QColor warningColor();
    /// An orange triangle with an exclamation mark, filling `rect` (square).
    static void paintWarning(QPainter& painter, const QRectF& rect);
    static void paintLock(QPainter& painter, const QRectF& rect, const QColor& color);
    static void paintRecurring(QPainter& painter, const QRectF& rect, const QColor& color);
};

} // namespace Fieldbook
