#pragma once

#include <QDateTime>
#include <QPoint>
#include <QTimeZone>

namespace Fieldbook {

/// A drag in the time grid or its all-day strip (docs/calendar-views.md, "Dragging"): creating over
/// empty time, moving an entry, or resizing it by its bottom edge. Positions are wall-clock minutes
/// (the date's Julian day × 1440 + the minute of the day), so a move across days and DST changes
/// keeps the time on the clock; results snap to 15 minutes (whole days in the all-day strip).
class CalendarGridDrag final {
public:
    enum class Kind { None, Create, Move, Resize };
    static constexpr int kSnapMinutes = 15;
    static constexpr int kDayMinutes = 24 * 60;

    static qint64 wall(const QDateTime& value);
    static qint64 wall(QDate date, double minutes);
    static QDateTime dateTime(qint64 wall, const QTimeZone& zone);
    static QDate date(qint64 wall) { return QDate::fromJulianDay(floorDiv(wall, kDayMinutes)); }

    /// Starts a drag at `pos` (widget coordinates) over `wallAtPointer`; for Move and Resize `entry`
    /// is the entry's index and `start`/`end` its times.
    void press(Kind kind, bool allDay, const QPoint& pos, qint64 wallAtPointer, int entry = -1,
               const QDateTime& start = {}, const QDateTime& end = {});
    /// Follows the pointer; the drag starts once it left the press by the drag distance.
    void move(const QPoint& pos, qint64 wallAtPointer);
    void cancel() { *this = CalendarGridDrag(); }

    Kind kind() const { return m_kind; }
    /// Pressed and moved far enough to be a drag (a press alone selects).
    bool started() const { return m_started; }
    bool allDay() const { return m_allDay; }
    int entry() const { return m_entry; }
    /// The previewed result (snapped); for all-day drags whole days (end exclusive).
    qint64 startWall() const;
    qint64 endWall() const;
    /// The whole days the pointer moved (all-day moves).
    int dayDelta() const { return int(floorDiv(m_current, kDayMinutes) - floorDiv(m_pressed, kDayMinutes)); }
    const QDateTime& entryStart() const { return m_start; }
    const QDateTime& entryEnd() const { return m_end; }

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
    static qint64 snap(qint64 wall);

    Kind m_kind = Kind::None;
    bool m_allDay = false;
    bool m_started = false;
    QPoint m_pressPos;
    qint64 m_pressed = 0;
    qint64 m_current = 0;
    int m_entry = -1;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace Fieldbook
