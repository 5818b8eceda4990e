#pragma once

#include "RecurrenceRule.h"

class QTimeZone;

namespace Fieldbook {

/// A series: DTSTART, its rules, RDATEs and EXDATEs (RFC 5545, 3.8.5). Expansion works on the
/// wall clock of the start's zone, so a weekly 09:00 in Europe/Berlin stays at 09:00 Berlin time
/// across DST changes (docs/recurrence.md).
struct RecurrenceSet {
    CalendarTime start;
    QList<RecurrenceRule> rules;
    QList<CalendarTime> rdates; ///< may be of another kind than start (UTC RDATE on a zoned series, DATE RDATEs)
    QList<CalendarTime>
        exdates; ///< EXDATE wins over RDATE on the same instant; a DATE exdate on a timed series excludes that date

    /// Occurrence starts (as CalendarTime of the start's kind and zone: these are the RECURRENCE-IDs)
    /// whose instant is in [from, to), in order, at most `limit`. `viewer` is the zone for DATE and
    /// floating values. DTSTART is always the first occurrence unless an EXDATE removes it.
    QList<CalendarTime> between(const QDateTime& from, const QDateTime& to, const QTimeZone& viewer,
                                int limit = 100000) const;
    /// The first `n` occurrences from the start (what libical's table lists).
    QList<CalendarTime> first(int n, const QTimeZone& viewer) const;
    /// Whether there is more than DTSTART: a rule or an RDATE.
    bool isRecurring() const;
    /// The RECURRENCE-ID on this series' clock that `value` names (a RECURRENCE-ID, RDATE or EXDATE
    /// of any kind): a UTC value on a zoned series becomes its wall clock there, a timed value on an
    /// all-day series its date, a DATE on a timed series that date at DTSTART's time of day.
    /// Compare overrides with between()'s results through it (Exchange and Zimbra write other kinds).
    CalendarTime recurrenceId(const CalendarTime& value, const QTimeZone& viewer) const;

    friend bool operator==(const RecurrenceSet&, const RecurrenceSet&) = default;
};

namespace RecurrenceDetail {
/// The rules' own occurrences from `from` (all when invalid), with RDATE and EXDATE but without
/// RFC 5545's DTSTART rule: what libical's iterator yields, for comparing with its table.
QList<CalendarTime> ruleOccurrences(const RecurrenceSet& set, const QTimeZone& viewer, const QDateTime& from,
                                    int limit);
} // namespace RecurrenceDetail

} // namespace Fieldbook
