#pragma once

#include "CalendarTime.h"

#include <memory>

class QTimeZone;

namespace Fieldbook::RecurrenceDetail {

struct OffsetTable;

/// The wall clock of a series and the instants it stands for: the start's zone for a zoned series,
/// UTC for a UTC one, the viewer's zone for dates and floating times. Wall clocks resolve exactly
/// as CalendarTime::toDateTime does (a DST gap moves forward, a fold takes the first instant), but
/// from a per-thread table of the zone's offsets instead of a time zone lookup per value
/// (docs/recurrence.md, Performance).
class RecurrenceClock final {
public:
    RecurrenceClock(const CalendarTime& start, const QTimeZone& viewer);
    ~RecurrenceClock();
    RecurrenceClock(const RecurrenceClock&) = delete;
    RecurrenceClock& operator=(const RecurrenceClock&) = delete;

    /// Seconds since the epoch of the wall clock `wall` (day * 86400 + seconds of the day).
    qint64 toUtc(qint64 wall) const;
    /// The wall clock of an instant (seconds since the epoch).
    qint64 toWall(qint64 utc) const;

    /// The zone's offset from UTC in seconds at an instant (seconds since the epoch).
    int offsetAt(qint64 utc) const;

    static qint64 wallOf(QDate date, QTime time);
    static QDate dateOf(qint64 wall);
    static QTime timeOf(qint64 wall);

private:
    std::shared_ptr<OffsetTable> m_table; ///< this thread's table of the zone
};

} // namespace Fieldbook::RecurrenceDetail
