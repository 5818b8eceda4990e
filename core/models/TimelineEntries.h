#pragma once

#include "common/Error.h"
#include "domain/Activity.h"
#include "domain/CalendarEvent.h"
#include "domain/CalendarTask.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace Fieldbook {

class Database;

/// Whose timeline it is.
enum class TimelineOf {
    Contact,
    Account, ///< the account's own entries and its contacts'
    Lead,
    Opportunity,
};

/// One entry of a record's timeline: an activity, an event (a single event, or a series shown once
/// by its next occurrence) or a task (docs/calendar-tasks.md, "Timelines").
struct TimelineEntry {
    enum class Type { Activity, Event, Task };
    /// What the entry says beside its date.
    enum class State {
        None,      ///< took place (an activity, a past event not logged)
        Upcoming,  ///< an event or activity still ahead, an open task not yet due
        Overdue,   ///< an open task past its due time
        Logged,    ///< an event logged as an activity (`event.activityId`)
        NotLogged, ///< an event that took place and may still be logged
        Open,      ///< an activity of kind task not done yet
        Done,      ///< a done task
        Cancelled, ///< a cancelled event or task
    };

    Type type = Type::Activity;
    State state = State::None;
    Activity activity;    ///< for Activity
    CalendarEvent event;  ///< for Event: the values shown (a changed occurrence's own)
    CalendarTask task;    ///< for Task
    CalendarEvent series; ///< for the entry of a series: the series (its rules)
    QDateTime when;       ///< UTC: start, due time or done time; invalid for an open task without a date
    QDateTime end;        ///< UTC: an event's end
    bool allDay = false;
    bool upcoming = false;                  ///< shown in the block at the top (nearest first) instead of the history
    QString seriesId;                       ///< the series of the occurrence shown; empty for a single event
    std::optional<CalendarTime> occurrence; ///< the occurrence shown (its RECURRENCE-ID)
    /// The event record and occurrence "Log as activity" logs (MeetingLog): the event itself when
    /// it took place, the latest past occurrence of a series not logged yet; empty `logEventId`: none.
    QString logEventId;
    std::optional<CalendarTime> logOccurrence;
    QDateTime logStart; ///< UTC start of that occurrence

    /// The id of the record the entry stands for: the series for a series' entry, the changed
    /// occurrence's own record for a logged occurrence shown on its own.
    QString recordId() const;
    bool isSeries() const { return !series.id.isEmpty(); }
    bool canLog() const { return !logEventId.isEmpty(); }
};

/// Reads the entries of one record's timeline in the order it shows them: what lies ahead first,
/// nearest first (open tasks without a date last), then the history, newest first.
class TimelineEntries final {
public:
    TimelineEntries(Database& db, QTimeZone viewer, QDateTime now);

    [[nodiscard]] Result<QList<TimelineEntry>> load(const QString& id, TimelineOf of) const;
    /// Sorts entries in timeline order.
    static void sort(QList<TimelineEntry>& entries);

private:
    [[nodiscard]] Result<QList<Activity>> activities(const QString& id, TimelineOf of) const;
    /// The reference fields and ids events and tasks of the record are linked by.
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> links(const QString& id, TimelineOf of) const;
    [[nodiscard]] Result<QList<TimelineEntry>> events(const QList<std::pair<QString, QString>>& links) const;
    [[nodiscard]] Result<QList<TimelineEntry>> tasks(const QList<std::pair<QString, QString>>& links) const;
    [[nodiscard]] Result<TimelineEntry> seriesEntry(const CalendarEvent& series) const;
    TimelineEntry singleEntry(const CalendarEvent& event) const;
    TimelineEntry taskEntry(const CalendarTask& task) const;

    Database& m_db;
    QTimeZone m_viewer;
    QDateTime m_now;
};

} // namespace Fieldbook
