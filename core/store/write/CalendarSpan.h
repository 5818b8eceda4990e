#pragma once

#include "calendar/CalendarTime.h"

#include <QStringList>

#include <limits>

namespace Fieldbook {

struct RecurrenceSet;

/// The instants (ms, UTC) an event or a series may cover, kept in the events' local columns
/// `range_start` and `range_end` so that a period's events are found by index (docs/calendar.md).
/// Dates and floating times are read in whatever zone a device shows them: the span is widened by
/// the largest UTC offsets so that it holds for every viewer.
struct CalendarSpan {
    static constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();
    static constexpr qint64 kZoneSlackMs = 14 * 3600 * 1000LL;

    qint64 start = 0;
    qint64 end = 0;

    /// A single event from `start` to `end` (exclusive; an end before the start counts as the start).
    static CalendarSpan of(const CalendarTime& start, const CalendarTime& end);
    /// A series starting like `first` (which ends at `firstEnd`): from its start to the end of its
    /// last occurrence, or to kOpenEnd when a rule has neither COUNT nor UNTIL.
    static CalendarSpan ofSeries(const RecurrenceSet& series, const CalendarTime& firstEnd);
    /// The earliest instant of `time` and the latest, over every viewer's zone.
    static qint64 earliest(const CalendarTime& time);
    static qint64 latest(const CalendarTime& time);
};

} // namespace Fieldbook
