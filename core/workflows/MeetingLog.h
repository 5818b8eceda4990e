#pragma once

#include "UndoStep.h"
#include "calendar/CalendarTime.h"
#include "domain/Activity.h"
#include "domain/CalendarEvent.h"

#include <QTimeZone>

#include <optional>

namespace Fieldbook {

class Database;

/// Which occurrence of an event is logged: a single event (or a changed occurrence, by its own id)
/// with no `occurrence`, or the occurrence `occurrence` (its RECURRENCE-ID) of the series `eventId`
/// (its first when none is named: a series is never logged as a whole).
struct MeetingOccurrence {
    QString eventId;
    std::optional<CalendarTime> occurrence;
};

/// What logging did: the activity, the event record that now names it (the series' override for a
/// series occurrence) and the undo step that takes both back.
struct MeetingLogResult {
    Activity activity;
    CalendarEvent event;
    UndoStep undo;
};

/// Turns a meeting, visit or call that took place into an activity with its outcome
/// (docs/calendar-tasks.md, "Logging a meeting"): the activity takes the event's kind, title,
/// start, duration and links, and the event (for an occurrence of a series: its override, made
/// when there is none) names the activity, in one transaction and one undo step.
class MeetingLog final {
public:
    /// `viewer` places all-day and floating events in time.
    MeetingLog(Database& db, QTimeZone viewer);

    /// The activity the occurrence would become, for the form to propose; refused when the event
    /// is gone or logged already.
    [[nodiscard]] Result<Activity> draft(const MeetingOccurrence& which) const;
    /// Logs the occurrence with what the user entered (`entered`: outcome and notes as they are,
    /// and optionally a changed subject, start, duration and links; what is left empty comes from
    /// the event, as draft() proposes it).
    [[nodiscard]] Result<MeetingLogResult> log(const MeetingOccurrence& which, const Activity& entered);

    /// The activity kind of an event kind: meetings (and other events) become meetings.
    static ActivityKind activityKindOf(EventKind kind);

private:
    /// The event record that logging changes, with `created` true when it is a new override.
    [[nodiscard]] Result<CalendarEvent> target(const MeetingOccurrence& which, bool* created) const;
    /// Fills the contact, account and lead from the event, or from its opportunity's account.
    [[nodiscard]] Result<void> fillLinks(Activity& activity, const CalendarEvent& event) const;
    UndoStep undoStep(const Activity& activity, const CalendarEvent& event, bool created) const;

    Database& m_db;
    QTimeZone m_viewer;
};

} // namespace Fieldbook
