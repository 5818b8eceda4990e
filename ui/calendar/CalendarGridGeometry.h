#pragma once

#include <QDate>
#include <QList>

namespace Fieldbook {

/// Where things are in the time grid: the day columns right of the hour gutter, and the 24 hour
/// rows of the scrolled content (y = 0 is midnight). Times are wall-clock minutes of the day.
class CalendarGridGeometry final {
public:
    static constexpr int kMinutesPerDay = 24 * 60;
    /// The working day: shaded lighter, and where the grid opens.
    static constexpr int kWorkStart = 8 * 60;
    static constexpr int kWorkEnd = 18 * 60;

    void setDays(const QList<QDate>& days) { m_days = days; }
    void setWidth(int width) { m_width = width; }
    void setGutter(int gutter) { m_gutter = gutter; }
    void setHourHeight(int height) { m_hourHeight = height; }

    const QList<QDate>& days() const { return m_days; }
    int dayCount() const { return int(m_days.size()); }
    /// The column of `date`, or -1.
    int dayIndex(QDate date) const { return int(m_days.indexOf(date)); }
    int gutter() const { return m_gutter; }
    int width() const { return m_width; }
    int hourHeight() const { return m_hourHeight; }
    int dayLeft(int day) const;
    /// Exclusive.
    int dayRight(int day) const { return dayLeft(day + 1); }
    /// The column under x, clamped to the first and last (the gutter counts as the first).
    int dayAt(int x) const;
    /// The y of a minute of the day in the content.
    int y(int minutes) const { return int((qint64(minutes) * m_hourHeight + 30) / 60); }
    double minutesAt(int y) const { return m_hourHeight > 0 ? y * 60.0 / m_hourHeight : 0; }
    int contentHeight() const { return 24 * m_hourHeight; }

private:
    QList<QDate> m_days;
    int m_width = 0;
    int m_gutter = 0;
    int m_hourHeight = 48;
};

} // namespace Fieldbook
