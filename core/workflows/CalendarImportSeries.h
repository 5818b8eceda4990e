#pragma once

#include "domain/CalendarEvent.h"

#include <QTimeZone>

#include <utility>

namespace Fieldbook {

/// One part of a series after RANGE=THISANDFUTURE changes split it (docs/calendar-import.md): the
/// master up to the first changed occurrence, then one series per change with the rest of the rule.
struct SeriesPiece {
    CalendarEvent event;   ///< values, rules, RDATEs and EXDATEs of this part; `uid` set, `id` empty
    CalendarTime from;     ///< the master's occurrence (on its clock) where it begins; invalid for the master
    qint64 shiftMs = 0;    ///< how far its occurrences moved from the master's, on the wall clock
    qsizetype change = -1; ///< the index of the change it begins with in split()'s `changes`; -1 for the master
};

/// Splitting a series at its RANGE=THISANDFUTURE overrides and placing the other overrides in the
/// parts; pure, no store (docs/calendar-import.md, "This and following").
namespace CalendarImportSeries {

/// A RECURRENCE-ID in iCalendar form: "20270301" (date), "20270301T090000" (floating),
/// "20270301T080000Z" (UTC; a zoned value is given by its instant, RFC 5545 form 2).
QString icalText(const CalendarTime& time, const QTimeZone& viewer);

/// The UID of the part that begins at the master's occurrence `from`: "<uid>#<icalText(from)>".
QString pieceUid(const QString& masterUid, const CalendarTime& from, const QTimeZone& viewer);

/// `master` split at `changes` (overrides with RANGE=THISANDFUTURE, as read). The first part is the
/// master ending before the first change (UNTIL, or COUNT reduced); each change begins a series of
/// its own with its values, starting at its start on the master's clock, with the master's rules
/// (COUNT reduced by the occurrences before it, UNTIL moved by the change), RDATEs and EXDATEs of
/// its range moved with it. The indexes of changes that name no occurrence of the master go to
/// `unmatched` and do not split it.
QList<SeriesPiece> split(const CalendarEvent& master, const QList<CalendarEvent>& changes, const QTimeZone& viewer,
                         QList<qsizetype>* unmatched);

/// The part that holds the master's occurrence `recurrenceId` (any kind; read onto the master's
/// clock) and that occurrence's RECURRENCE-ID on the part's clock.
std::pair<qsizetype, CalendarTime> place(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                         const CalendarTime& recurrenceId, const QTimeZone& viewer);

} // namespace CalendarImportSeries

} // namespace Fieldbook
