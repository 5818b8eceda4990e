#include "CalendarGridDrag.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace Fieldbook {

qint64 CalendarGridDrag::wall(const QDateTime& value) {
    return value.date().toJulianDay() * kDayMinutes + value.time().msecsSinceStartOfDay() / 60'000;
}

qint64 CalendarGridDrag::wall(QDate date, double minutes) {
    return date.toJulianDay() * kDayMinutes + qint64(std::llround(std::clamp(minutes, 0.0, double(kDayMinutes))));
}

QDateTime CalendarGridDrag::dateTime(qint64 wall, const QTimeZone& zone) {
    const QTime time = QTime(0, 0).addSecs(int(wall - floorDiv(wall, kDayMinutes) * kDayMinutes) * 60);
    return zone.isValid() ? QDateTime(date(wall), time, zone) : QDateTime(date(wall), time);
}

qint64 CalendarGridDrag::snap(qint64 wall) {
    return floorDiv(wall + kSnapMinutes / 2, kSnapMinutes) * kSnapMinutes;
}

void CalendarGridDrag::press(Kind kind, bool allDay, const QPoint& pos, qint64 wallAtPointer, int entry,
                             const QDateTime& start, const QDateTime& end) {
    *this = CalendarGridDrag();
    m_kind = kind;
    m_allDay = allDay;
    m_pressPos = pos;
    m_pressed = wallAtPointer;
    m_current = wallAtPointer;
    m_entry = entry;
    m_start = start;
    m_end = end;
}

void CalendarGridDrag::move(const QPoint& pos, qint64 wallAtPointer) {
    if (m_kind == Kind::None)
        return;
    m_current = wallAtPointer;
    if (!m_started && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_started = true;
}

qint64 CalendarGridDrag::startWall() const {
    switch (m_kind) {
    case Kind::Create:
        if (m_allDay)
            return floorDiv(std::min(m_pressed, m_current), kDayMinutes) * kDayMinutes;
        return snap(std::min(m_pressed, m_current));
    case Kind::Move:
        if (m_allDay)
            return wall(m_start) + qint64(dayDelta()) * kDayMinutes;
        return snap(wall(m_start) + m_current - m_pressed);
    case Kind::Resize:
        return wall(m_start);
    case Kind::None:
        break;
    }
    return 0;
}

qint64 CalendarGridDrag::endWall() const {
    switch (m_kind) {
    case Kind::Create: {
        if (m_allDay)
            return (floorDiv(std::max(m_pressed, m_current), kDayMinutes) + 1) * kDayMinutes;
        const qint64 start = startWall();
        return std::max(start + kSnapMinutes, snap(std::max(m_pressed, m_current)));
    }
    case Kind::Move:
        return startWall() + wall(m_end) - wall(m_start);
    case Kind::Resize:
        return std::max(wall(m_start) + kSnapMinutes, snap(m_current));
    case Kind::None:
        break;
    }
    return 0;
}

} // namespace Fieldbook
