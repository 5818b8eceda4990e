#pragma once

#include "CalendarTime.h"
#include "common/Error.h"

#include <QList>

#include <optional>

namespace Fieldbook {

/// The FREQ of a recurrence rule (RFC 5545, 3.3.10).
enum class Frequency { Secondly, Minutely, Hourly, Daily, Weekly, Monthly, Yearly };

/// One BYDAY entry: a weekday with an optional ordinal ("MO" is {0, Monday}, "2TU" {2, Tuesday},
/// "-1FR" {-1, Friday}). The ordinal counts within the month or year (docs/recurrence.md).
struct WeekdayNum {
    int ordinal = 0; ///< 0: every such weekday
    Qt::DayOfWeek day = Qt::Monday;

    friend bool operator==(const WeekdayNum&, const WeekdayNum&) = default;
};

/// An RRULE value (RFC 5545, 3.3.10) as plain data. Lists keep the order they were read in;
/// expansion (RecurrenceSet) sorts and deduplicates what it generates.
struct RecurrenceRule {
    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    int count = 0;                     ///< 0: not set
    std::optional<CalendarTime> until; ///< DATE or UTC (or floating/zoned as read)
    QList<int> bySecond, byMinute, byHour, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos;
    QList<WeekdayNum> byDay;
    Qt::DayOfWeek weekStart = Qt::Monday;

    /// Reads "FREQ=WEEKLY;BYDAY=MO,WE" (also with a leading "RRULE:"), case-insensitive, tolerant of
    /// blanks inside lists and of a trailing ';'. A wrong part fails with InvalidInput and a
    /// translated message naming the part; RSCALE and SKIP (RFC 7529) fail with Unsupported.
    [[nodiscard]] static Result<RecurrenceRule> parse(QStringView rrule);
    /// The canonical RRULE value (without "RRULE:"): parse(toText()) == *this. A zoned UNTIL, which
    /// an RRULE cannot carry, is written in UTC.
    QString toText() const;

    friend bool operator==(const RecurrenceRule&, const RecurrenceRule&) = default;
};

/// The two-letter RFC 5545 name of a weekday ("MO").
QString weekdayCode(Qt::DayOfWeek day);

} // namespace Fieldbook
