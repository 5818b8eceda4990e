#include "CalendarMarks.h"

#include <QPainter>
#include <QPainterPath>

namespace Fieldbook {

QColor CalendarMarks::warningColor() {
    return {246, 116, 0};
}

void CalendarMarks::paintWarning(QPainter& painter, const QRectF& rect) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    painter.fillPath(triangle, warningColor());
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const qreal bar = std::max(1.5, s / 7);
    painter.drawRect(QRectF(box.center().x() - bar / 2, box.top() + s * 0.33, bar, s * 0.36));
    painter.drawRect(QRectF(box.center().x() - bar / 2, box.top() + s * 0.76, bar, bar));
    painter.restore();
}

void CalendarMarks::paintLock(QPainter& painter, const QRectF& rect, const QColor& color) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QRectF body(box.left() + s * 0.15, box.top() + s * 0.45, s * 0.7, s * 0.55);
    painter.setPen(QPen(color, std::max(1.2, s / 9)));
    painter.setBrush(Qt::NoBrush);
    painter.drawArc(QRectF(box.left() + s * 0.28, box.top() + s * 0.05, s * 0.44, s * 0.7), 0, 180 * 16);
    painter.drawLine(QPointF(box.left() + s * 0.28, box.top() + s * 0.4), QPointF(box.left() + s * 0.28, body.top()));
    painter.drawLine(QPointF(box.left() + s * 0.72, box.top() + s * 0.4), QPointF(box.left() + s * 0.72, body.top()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, s * 0.08, s * 0.08);
    painter.restore();
}

void CalendarMarks::paintRecurring(QPainter& painter, const QRectF& rect, const QColor& color) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF circle(rect.center().x() - s * 0.36, rect.center().y() - s * 0.36, s * 0.72, s * 0.72);
    const qreal pen = std::max(1.2, s / 9);
    painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(circle, 30 * 16, 290 * 16);
    // The arrow head at the arc's start (30°, the upper right), pointing along the turn.
    const QPointF tip(circle.center().x() + circle.width() / 2 * 0.87, circle.center().y() - circle.height() / 2 * 0.5);
    QPainterPath head;
    head.moveTo(tip + QPointF(s * 0.2, s * 0.08));
    head.lineTo(tip + QPointF(-s * 0.12, s * 0.12));
    head.lineTo(tip + QPointF(s * 0.06, -s * 0.22));
    head.closeSubpath();
    painter.fillPath(head, color);
    painter.restore();
}

} // namespace Fieldbook
