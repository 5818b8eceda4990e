#pragma once

#include "CalendarEntryPainter.h"
#include "CalendarGridState.h"

#include <QDateTime>

class QPainter;
class QWidget;

namespace Fieldbook {

/// Paints the time grid from its state (CalendarGridState): the hour rows, the entries' boxes and
/// "+N" markers, the selection, the drag's preview and the current time; and the header above it
/// with the dates and the all-day strip. Only what intersects the exposed rectangle is painted.
class CalendarGridPainter final {
public:
    CalendarGridPainter(const QWidget& widget, const CalendarGridState& state, const QDateTime& now);

    /// The scrolled content: `exposed` in content coordinates (y = 0 at midnight), the painter
    /// already translated.
    void paintContent(QPainter& painter, const QRect& exposed) const;
    void paintHeader(QPainter& painter, const QRect& rect) const;
    /// The rectangle of an all-day bar in the header.
    static QRect barRect(const CalendarGridState& state, int firstDay, int lastDay, int row);

private:
    void paintBackground(QPainter& painter, const QRect& exposed) const;
    void paintHourLabels(QPainter& painter, const QRect& exposed) const;
    void paintSlot(QPainter& painter) const;
    void paintBoxes(QPainter& painter, const QRect& exposed) const;
    void paintDragPreview(QPainter& painter) const;
    void paintNowLine(QPainter& painter) const;
    void paintDates(QPainter& painter) const;
    void paintAllDay(QPainter& painter) const;
    void paintAllDayDrag(QPainter& painter) const;
    QRect timeRect(int day, qint64 startWall, qint64 endWall) const;
    QColor lineColor(qreal amount) const;

    const QWidget& m_widget;
    const CalendarGridState& m_state;
    const CalendarEntryPainter m_entries;
    QPalette m_palette;
    QLocale m_locale;
    QDateTime m_now;
};

} // namespace Fieldbook
