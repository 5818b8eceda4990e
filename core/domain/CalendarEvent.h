#pragma once

#include "calendar/CalendarTime.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fieldbook {

struct RecurrenceSet;

enum class EventKind { Meeting, Visit, Call, Other };
enum class EventStatus { Confirmed, Tentative, Cancelled };

/// Stable storage names ("meeting", "confirmed"), never translated; parse returns false otherwise.
QString eventKindKey(EventKind kind);
bool parseEventKind(const QString& key, EventKind* kind);
QString eventKindLabel(EventKind kind);
QString eventStatusKey(EventStatus status);
bool parseEventStatus(const QString& key, EventStatus* status);

/// Someone invited: a colleague (`userId`) or a contact (`contactId`), or only a name and an
/// address from an imported invitation. `response` as iCalendar's PARTSTAT ("ACCEPTED", ...).
struct EventAttendee {
    QString userId;
    QString contactId;
    QString name;
    QString email;
    QString response;
    friend bool operator==(const EventAttendee&, const EventAttendee&) = default;
};

/// A calendar event (docs/calendar.md): a single appointment, a recurring series (`rrule` set), or
/// one occurrence of a series changed or cancelled (`seriesId` and `recurrenceId` set, as
/// iCalendar's RECURRENCE-ID). Times are calendar values: a zoned wall clock, or dates for all-day
/// events; `end` is exclusive.
struct CalendarEvent {
    QString id;
    EventKind kind = EventKind::Meeting;
    QString title;
    QString location;
    QString description;
    CalendarTime start;
    CalendarTime end;
    QStringList rrules; ///< RRULE values (RFC 5545), usually one; empty: no recurrence
    QList<CalendarTime> rdates;
    QList<CalendarTime> exdates;
    QString seriesId;                         ///< for an override: the series it changes
    std::optional<CalendarTime> recurrenceId; ///< for an override: the occurrence it replaces
    bool thisAndFuture = false;               ///< the override also moves the later occurrences
    EventStatus status = EventStatus::Confirmed;
    bool isPrivate = false; ///< others see only a busy block
    bool busy = true;       ///< false: shown as free (iCalendar TRANSP:TRANSPARENT)
    QString accountId;
    QString contactId;
    QString leadId;
    QString opportunityId;
    QList<EventAttendee> attendees;
    QList<int> reminders; ///< minutes before the start, several allowed
    QString uid;          ///< the iCalendar UID: imports update by it
    int sequence = 0;
    QString activityId; ///< the activity it was logged as, once it took place
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;

    bool isRecurring() const { return !rrules.isEmpty() || !rdates.isEmpty(); }
    bool isOverride() const { return !seriesId.isEmpty(); }
    /// The series the fields describe (calendar/RecurrenceSet.h); rules that cannot be read are
    /// left out (a single event remains).
    RecurrenceSet recurrence() const;
    friend bool operator==(const CalendarEvent&, const CalendarEvent&) = default;
};

} // namespace Fieldbook

// Qt and the optional around CalendarTime hold no pointer into themselves: a list of events grows
// by moving bytes, which a period's read of thousands of them feels (docs/calendar.md, Performance).
Q_DECLARE_TYPEINFO(Fieldbook::CalendarEvent, Q_RELOCATABLE_TYPE);
