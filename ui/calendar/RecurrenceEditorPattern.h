#pragma once

#include "calendar/RecurrenceRule.h"

#include <QDate>

#include <optional>

namespace Fieldbook {

/// A repetition as the RecurrenceEditor's controls hold it: what a person picks when a meeting
/// repeats (docs/calendar-section.md). Rules with more in them (BYSETPOS, BYWEEKNO, several
/// BYxxx that limit each other, several rules) have no pattern: the editor keeps them as they are.
struct RecurrencePattern {
    enum class Monthly { OnDay, OnWeekday };
    enum class End { Never, After, Until };

    Frequency frequency = Frequency::Weekly; ///< Daily, Weekly, Monthly or Yearly
    int interval = 1;
    QList<Qt::DayOfWeek> days; ///< weekly: the weekdays (at least one)
    Monthly monthly = Monthly::OnDay;
    int monthDay = 1; ///< monthly on a day: 1..31, -1 for the last day
    int ordinal = 1;  ///< monthly on a weekday: 1..4, -1 for the last
    Qt::DayOfWeek weekday = Qt::Monday;
    End end = End::Never;
    int count = 10;
    QDate until;

    /// The pattern that repeats `frequency` from `start` in the plainest way: weekly on its weekday,
    /// monthly on its day of the month.
    static RecurrencePattern startingOn(Frequency frequency, QDate start);
    /// The pattern of `rule` for a series starting on `start`, or nothing when the controls cannot
    /// show it. `untilDate` is the date of UNTIL on the series' clock.
    static std::optional<RecurrencePattern> of(const RecurrenceRule& rule, QDate start, QDate untilDate);
    /// The rule; `until` is UNTIL as the series needs it (a date, or the end of the day as UTC).
    RecurrenceRule toRule(const std::optional<CalendarTime>& until) const;
    /// The pattern after the start moved from `from` to `to`: what followed the old start's
    /// weekday or day of the month follows the new one. False when nothing changed.
    bool followStart(QDate from, QDate to);

    friend bool operator==(const RecurrencePattern&, const RecurrencePattern&) = default;
};

} // namespace Fieldbook
