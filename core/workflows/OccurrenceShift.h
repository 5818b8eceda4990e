#pragma once

#include "calendar/CalendarTime.h"
#include "domain/CalendarEvent.h"

#include <QDateTime>

namespace Fieldbook {

/// The calendar arithmetic of editing occurrences of a series (docs/calendar-section.md): how far
/// an edit moved an occurrence, measured on the wall clock of the new start, so that applying the
/// same shift to other occurrences keeps them at the same clock time across DST changes.
/// Date and floating values are read in UTC here: only their wall clock matters.
struct OccurrenceShift {
    CalendarTime to;          ///< the new start: its kind and zone are the clock of the shift
    qint64 deltaMs = 0;       ///< on that wall clock; whole days when both are dates
    int days = 0;             ///< the dates apart, for a change between all-day and timed
    bool kindChanged = false; ///< all-day became timed or the other way round
    bool onSameClock = true;  ///< `from` was already on the clock of `to` (same kind and zone)

    /// The shift from the start `from` to the start `to`.
    static OccurrenceShift between(const CalendarTime& from, const CalendarTime& to);
    bool isNone() const { return !kindChanged && deltaMs == 0 && onSameClock; }
    /// `value` (on any clock) moved by the shift, on the new start's clock.
    CalendarTime apply(const CalendarTime& value) const;
};

namespace OccurrenceTimes {
/// The wall clock of `value` as if it were UTC (00:00 for a date): arithmetic on dates and times of
/// day without DST.
QDateTime wallClockOf(const CalendarTime& value);
/// The instant of `value`, with date and floating values read in UTC.
QDateTime instantOf(const CalendarTime& value);
/// `instant` on the clock of `like` (its kind and zone).
CalendarTime onClockOf(const CalendarTime& like, const QDateTime& instant);
/// `start` plus the wall-clock length from `fromStart` to `fromEnd` (whole days for dates).
CalendarTime endAfter(const CalendarTime& start, const CalendarTime& fromStart, const CalendarTime& fromEnd);
/// The UNTIL that ends a series just before the occurrence `occurrence`: the day before for
/// all-day series, the second before (in UTC; floating for a floating series) otherwise.
CalendarTime untilBefore(const CalendarTime& occurrence);
/// `id` (a RECURRENCE-ID of any kind) on the clock of `series`, as its occurrences are named.
CalendarTime onSeriesClock(const CalendarEvent& series, const CalendarTime& id);
/// A drag's new time `shown` (in the display zone) on the clock of `like`: its zone, UTC, the
/// display zone's wall clock for floating values, or the date for all-day values.
CalendarTime onClockOfShown(const CalendarTime& like, const QDateTime& shown);
/// Whether `series` has an occurrence with the RECURRENCE-ID `id`.
bool occursAt(const CalendarEvent& series, const CalendarTime& id);
/// Whether the series has an occurrence before `id` (else `id` is its first).
bool hasOccurrenceBefore(const CalendarEvent& series, const CalendarTime& id);
/// How many instances the rule `rule` of `series` generates before `id` (what COUNT has used up).
int instancesBefore(const CalendarEvent& series, const QString& rule, const CalendarTime& id);
/// `rule` ending before `id` (UNTIL instead of COUNT); unchanged when it ends earlier already.
QString endedBefore(const QString& rule, const CalendarTime& id);
/// `rule` with COUNT reduced by `used`; unchanged without a COUNT.
QString withCountReduced(const QString& rule, int used);
/// `rule` for occurrences moved by `days` days: a weekly rule's weekdays and a monthly or yearly
/// rule's single day of the month move with them; other parts stay (docs/calendar-section.md).
QString shiftedByDays(const QString& rule, int days);
} // namespace OccurrenceTimes

} // namespace Fieldbook
