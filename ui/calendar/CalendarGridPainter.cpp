#include "CalendarGridPainter.h"

#include "CalendarText.h"
#include "widgets/Icons.h"

#include <QPainter>
#include <QWidget>

namespace Fieldbook {

namespace {
QColor nowColor() {
    return {218, 68, 83}; // the error accent of the banners: stands out on light and dark palettes
}
} // namespace

CalendarGridPainter::CalendarGridPainter(const QWidget& widget, const CalendarGridState& state, const QDateTime& now)
    : m_widget(widget)
    , m_state(state)
    , m_entries(widget)
    , m_palette(widget.palette())
    , m_locale(widget.locale())
    , m_now(now) {}

QColor CalendarGridPainter::lineColor(qreal amount) const {
    return Icons::tint(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), amount);
}

void CalendarGridPainter::paintContent(QPainter& painter, const QRect& exposed) const {
    paintBackground(painter, exposed);
    paintSlot(painter);
    paintBoxes(painter, exposed);
    paintDragPreview(painter);
    paintNowLine(painter);
    paintHourLabels(painter, exposed);
}

void CalendarGridPainter::paintBackground(QPainter& painter, const QRect& exposed) const {
    const CalendarGridGeometry& g = m_state.geometry;
    const QColor base = m_palette.color(QPalette::Base);
    painter.fillRect(exposed, base);
    const QColor offHours = Icons::tint(base, m_palette.color(QPalette::Window), 0.7);
    const int right = g.dayRight(g.dayCount() - 1);
    painter.fillRect(QRect(g.gutter(), 0, right - g.gutter(), g.y(CalendarGridGeometry::kWorkStart)), offHours);
    painter.fillRect(QRect(QPoint(g.gutter(), g.y(CalendarGridGeometry::kWorkEnd)), QPoint(right, g.contentHeight())),
                     offHours);
    const int today = g.dayIndex(m_now.date());
    if (today >= 0)
        painter.fillRect(QRect(g.dayLeft(today), 0, g.dayRight(today) - g.dayLeft(today), g.contentHeight()),
                         Icons::tint(base, m_palette.color(QPalette::Highlight), 0.06));
    const int firstHour = std::max(0, int(g.minutesAt(exposed.top()) / 60));
    const int lastHour = std::min(24, int(g.minutesAt(exposed.bottom()) / 60) + 1);
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        painter.setPen(lineColor(0.16));
        painter.drawLine(g.gutter() - 6, g.y(hour * 60), right, g.y(hour * 60));
        painter.setPen(QPen(lineColor(0.07), 1, Qt::DotLine));
        painter.drawLine(g.gutter(), g.y(hour * 60 + 30), right, g.y(hour * 60 + 30));
    }
    painter.setPen(lineColor(0.16));
    for (int day = 0; day <= g.dayCount(); ++day)
        painter.drawLine(g.dayLeft(day), exposed.top(), g.dayLeft(day), exposed.bottom());
}

void CalendarGridPainter::paintHourLabels(QPainter& painter, const QRect& exposed) const {
    const CalendarGridGeometry& g = m_state.geometry;
    painter.setFont(m_widget.font());
    painter.setPen(m_palette.color(QPalette::PlaceholderText));
    const int height = m_entries.lineHeight();
    for (int hour = 1; hour < 24; ++hour) {
        const QRect label(0, g.y(hour * 60) - height / 2, g.gutter() - 8, height);
        if (label.intersects(exposed))
            painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, CalendarText::hourLabel(hour, m_locale));
    }
}

QRect CalendarGridPainter::timeRect(int day, qint64 startWall, qint64 endWall) const {
    const CalendarGridGeometry& g = m_state.geometry;
    const qint64 dayStart = g.days().at(day).toJulianDay() * CalendarGridGeometry::kMinutesPerDay;
    const qint64 from = std::max(startWall, dayStart);
    const qint64 to = std::min(endWall, dayStart + CalendarGridGeometry::kMinutesPerDay);
    if (to < from || (to == from && startWall != endWall))
        return {};
    const int top = g.y(int(from - dayStart));
    const int bottom = std::max(g.y(int(to - dayStart)), top + m_entries.lineHeight() + 2);
    return QRect(g.dayLeft(day) + 1, top, g.dayRight(day) - g.dayLeft(day) - 3, bottom - top);
}

void CalendarGridPainter::paintSlot(QPainter& painter) const {
    const int day = m_state.geometry.dayIndex(m_state.slotDay);
    if (day < 0 || !m_state.slotChosen || !m_state.selectedKey.isEmpty() || m_state.slotAllDay ||
        m_state.drag.started())
        return;
    const qint64 dayStart = m_state.slotDay.toJulianDay() * CalendarGridGeometry::kMinutesPerDay;
    const QRect slot = timeRect(day, dayStart + m_state.slotStart, dayStart + m_state.slotEnd);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    painter.fillRect(slot, Icons::tint(m_palette.color(QPalette::Base), highlight, 0.25));
    if (m_widget.hasFocus()) {
        painter.setPen(highlight);
        painter.drawRect(slot.adjusted(0, 0, -1, -1));
    }
}

void CalendarGridPainter::paintBoxes(QPainter& painter, const QRect& exposed) const {
    for (const CalendarGridLayout::Box& box : m_state.layout.boxes()) {
        if (!box.rect.intersects(exposed))
            continue;
        const CalendarEntry& entry = m_state.entries.at(box.entry);
        const bool selected = !m_state.selectedKey.isEmpty() && entry.key == m_state.selectedKey;
        m_entries.paintBox(painter, box.rect, entry,
                           selected ? CalendarEntryPainter::State::Selected : CalendarEntryPainter::State::Normal);
    }
    const QList<CalendarGridLayout::More>& mores = m_state.layout.mores();
    // A marker holding the selected entry (chosen from its menu or by the arrow keys) shows it.
    const int selected = m_state.selectedKey.isEmpty() || mores.isEmpty() ? -1 : m_state.indexOf(m_state.selectedKey);
    for (int i = 0; i < mores.size(); ++i) {
        const CalendarGridLayout::More& more = mores.at(i);
        if (!more.rect.intersects(exposed))
            continue;
        m_entries.paintMore(painter, more.rect, CalendarText::moreMarker(int(more.entries.size()), m_locale),
                            i == m_state.hoveredMore || more.entries.contains(selected));
    }
}

void CalendarGridPainter::paintDragPreview(QPainter& painter) const {
    const CalendarGridDrag& drag = m_state.drag;
    if (!drag.started() || drag.allDay())
        return;
    const qint64 start = drag.startWall();
    const qint64 end = drag.endWall();
    CalendarEntry ghost;
    if (drag.kind() == CalendarGridDrag::Kind::Create) {
        ghost.color = m_palette.color(QPalette::Highlight);
    } else {
        ghost = m_state.entries.at(drag.entry());
        ghost.conflictWith.clear();
    }
    ghost.start = CalendarGridDrag::dateTime(start, m_state.zone);
    ghost.end = CalendarGridDrag::dateTime(end, m_state.zone);
    if (drag.kind() == CalendarGridDrag::Kind::Create)
        ghost.title = CalendarText::timeRange(ghost, m_locale);
    for (int day = 0; day < m_state.geometry.dayCount(); ++day) {
        const QRect rect = timeRect(day, start, end);
        if (rect.isValid())
            m_entries.paintBox(painter, rect, ghost, CalendarEntryPainter::State::Ghost);
    }
}

void CalendarGridPainter::paintNowLine(QPainter& painter) const {
    const CalendarGridGeometry& g = m_state.geometry;
    const int day = g.dayIndex(m_now.date());
    if (day < 0)
        return;
    const int y = g.y(m_now.time().msecsSinceStartOfDay() / 60'000);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(nowColor(), 2));
    painter.drawLine(g.dayLeft(day), y, g.dayRight(day) - 1, y);
    painter.setPen(Qt::NoPen);
    painter.setBrush(nowColor());
    painter.drawEllipse(QPointF(g.dayLeft(day) + 1, y), 4.5, 4.5);
    painter.restore();
}

QRect CalendarGridPainter::barRect(const CalendarGridState& state, int firstDay, int lastDay, int row) {
    const CalendarGridGeometry& g = state.geometry;
    const int left = g.dayLeft(firstDay) + 2;
    return QRect(left, state.allDayRowTop(row) + 1, g.dayRight(lastDay) - left - 3, state.allDayRowHeight - 2);
}

void CalendarGridPainter::paintHeader(QPainter& painter, const QRect& rect) const {
    painter.fillRect(rect, m_palette.color(QPalette::Base));
    painter.fillRect(QRect(0, 0, rect.width(), m_state.dateRowHeight), m_palette.color(QPalette::Window));
    paintDates(painter);
    paintAllDay(painter);
    paintAllDayDrag(painter);
    const CalendarGridGeometry& g = m_state.geometry;
    painter.setPen(lineColor(0.16));
    for (int day = 0; day <= g.dayCount(); ++day)
        painter.drawLine(g.dayLeft(day), m_state.dateRowHeight, g.dayLeft(day), rect.bottom());
    painter.setPen(lineColor(0.3));
    painter.drawLine(0, rect.bottom(), rect.right(), rect.bottom());
    painter.drawLine(0, m_state.dateRowHeight, rect.right(), m_state.dateRowHeight);
}

void CalendarGridPainter::paintDates(QPainter& painter) const {
    const CalendarGridGeometry& g = m_state.geometry;
    QFont bold = m_widget.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    painter.setFont(bold);
    for (int day = 0; day < g.dayCount(); ++day) {
        const QDate date = g.days().at(day);
        const QRect cell(g.dayLeft(day), 0, g.dayRight(day) - g.dayLeft(day), m_state.dateRowHeight);
        const QString text =
            metrics.elidedText(CalendarText::dayHeader(date, m_locale), Qt::ElideRight, cell.width() - 8);
        if (date == m_now.date()) {
            const int width = metrics.horizontalAdvance(text) + 12;
            const QRect mark(cell.center().x() - width / 2, cell.center().y() - metrics.height() / 2 - 2, width,
                             metrics.height() + 4);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_palette.color(QPalette::Highlight));
            painter.drawRoundedRect(mark, mark.height() / 2.0, mark.height() / 2.0);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(m_palette.color(QPalette::HighlightedText));
        } else {
            painter.setPen(m_palette.color(QPalette::WindowText));
        }
        painter.drawText(cell, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
}

void CalendarGridPainter::paintAllDay(QPainter& painter) const {
    const CalendarGridGeometry& g = m_state.geometry;
    const int slot = g.dayIndex(m_state.slotDay);
    if (m_state.slotChosen && m_state.slotAllDay && m_state.selectedKey.isEmpty() && slot >= 0)
        painter.fillRect(barRect(m_state, slot, slot, 0).adjusted(-1, -1, 1, 1),
                         Icons::tint(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.25));
    for (const CalendarGridLayout::Bar& bar : m_state.layout.bars()) {
        const CalendarEntry& entry = m_state.entries.at(bar.entry);
        const bool selected = !m_state.selectedKey.isEmpty() && entry.key == m_state.selectedKey;
        m_entries.paintBox(painter, barRect(m_state, bar.firstDay, bar.lastDay, bar.row), entry,
                           selected ? CalendarEntryPainter::State::Selected : CalendarEntryPainter::State::Normal);
    }
    const QList<QList<int>>& more = m_state.layout.allDayMore();
    for (int day = 0; day < more.size(); ++day) {
        if (more.at(day).isEmpty())
            continue;
        const QRect rect = barRect(m_state, day, day, m_state.layout.allDayRows() - 1);
        m_entries.paintMore(painter, rect, CalendarText::moreLine(int(more.at(day).size())),
                            day == m_state.hoveredAllDayMore);
    }
}

void CalendarGridPainter::paintAllDayDrag(QPainter& painter) const {
    const CalendarGridDrag& drag = m_state.drag;
    if (!drag.started() || !drag.allDay())
        return;
    const CalendarGridGeometry& g = m_state.geometry;
    const QDate first = CalendarGridDrag::date(drag.startWall());
    const QDate last = CalendarGridDrag::date(drag.endWall()).addDays(-1);
    int from = -1;
    int to = -1;
    for (int day = 0; day < g.dayCount(); ++day) {
        if (g.days().at(day) >= first && g.days().at(day) <= last) {
            from = from < 0 ? day : from;
            to = day;
        }
    }
    if (from < 0)
        return;
    CalendarEntry ghost;
    if (drag.kind() == CalendarGridDrag::Kind::Move)
        ghost = m_state.entries.at(drag.entry());
    else
        ghost.color = m_palette.color(QPalette::Highlight);
    ghost.allDay = true;
    ghost.start = QDateTime(first, QTime(0, 0));
    ghost.end = QDateTime(last.addDays(1), QTime(0, 0));
    if (drag.kind() == CalendarGridDrag::Kind::Create)
        ghost.title = CalendarText::timeRange(ghost, m_locale);
    m_entries.paintBox(painter, barRect(m_state, from, to, 0), ghost, CalendarEntryPainter::State::Ghost);
}

} // namespace Fieldbook
