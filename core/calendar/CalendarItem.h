#pragma once

#include "calendar/CalendarTime.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fieldbook {

/// A reminder: minutes before the start of an event or the due time of a task; negative is after.
/// iCalendar's absolute TRIGGERs and RELATED=END are converted to this on import, and every ACTION
/// (display, audio, email, procedure) becomes a reminder (docs/icalendar.md).
struct CalendarAlarm {
    int minutesBefore = 15;

    friend bool operator==(const CalendarAlarm&, const CalendarAlarm&) = default;
};

/// An ATTENDEE or ORGANIZER: CN, the address without "mailto:" (another URI is kept whole), ROLE and
/// PARTSTAT in upper case as written (empty when absent).
struct CalendarPerson {
    QString name;
    QString email;
    QString role;
    QString status;

    friend bool operator==(const CalendarPerson&, const CalendarPerson&) = default;
};

/// One VEVENT or VTODO as iCalendar has it, neutral of the store: what import produces and export
/// consumes (docs/icalendar.md). Recurrence rules stay RRULE text for the recurrence engine.
struct CalendarItem {
    enum class Kind { Event, Task };

    Kind kind = Kind::Event;
    QString uid;
    std::optional<CalendarTime> recurrenceId; ///< an override of one occurrence (RECURRENCE-ID)
    bool thisAndFuture = false;               ///< RANGE=THISANDFUTURE on the RECURRENCE-ID
    QString summary;
    QString location;
    QString description;
    std::optional<CalendarTime> start; ///< DTSTART (optional for tasks)
    /// DTEND, or DTSTART + DURATION resolved; all-day: the exclusive end date; for a task: DUE.
    std::optional<CalendarTime> end;
    QString status;          ///< as written: CONFIRMED, TENTATIVE, CANCELLED, NEEDS-ACTION, IN-PROCESS, COMPLETED
    bool isPrivate = false;  ///< CLASS PRIVATE or CONFIDENTIAL
    bool busy = true;        ///< TRANSP:TRANSPARENT is false (events only)
    int priority = 0;        ///< 0 undefined, 1 highest .. 9 lowest
    int percentComplete = 0; ///< VTODO PERCENT-COMPLETE, 0..100
    std::optional<QDateTime> completed; ///< VTODO COMPLETED (UTC)
    QStringList rrules;                 ///< RRULE values as text, blanks inside lists removed
    QList<CalendarTime> rdates;         ///< PERIOD rdates: their start
    QList<CalendarTime> exdates;
    QList<CalendarAlarm> alarms;
    QList<CalendarPerson> attendees;
    std::optional<CalendarPerson> organizer;
    QStringList categories;
    int sequence = 0;
    QDateTime lastModified; ///< LAST-MODIFIED or DTSTAMP, UTC, whole seconds

    /// Its start (or, for a task without one, its due) is a date.
    bool isAllDay() const;
    /// Has RRULEs or RDATEs: a series whose occurrences the recurrence engine expands.
    bool isRecurring() const;
    /// Replaces one occurrence (or, with thisAndFuture, the rest) of the series with the same uid.
    bool isOverride() const;

    friend bool operator==(const CalendarItem&, const CalendarItem&) = default;
};

} // namespace Fieldbook
