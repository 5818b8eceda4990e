#pragma once

#include "models/TimelineEntries.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace Fieldbook {

class Database;

/// The timeline of one contact, account, lead or opportunity: its activities, and the events and
/// tasks linked to it (docs/calendar-tasks.md, "Timelines"); what lies ahead first, then the
/// history newest first. Follows committed changes of activities, events and tasks.
class ActivityTimelineModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the record's id (the series' for an occurrence)
        KindRole,                  ///< int (ActivityKind): an event's as logging would make it, Task for tasks
        KindNameRole,              ///< QString storage name ("call"; an event's kind, "task")
        SubjectRole,
        StartsAtRole, ///< QDateTime, UTC: start, due or done time; invalid for a task without a date
        DurationRole, ///< int minutes
        OutcomeRole,
        NotesRole, ///< an activity's notes, an event's or task's description
        DoneRole,  ///< bool
        ContactIdRole,
        EntryTypeRole,  ///< int (TimelineEntry::Type)
        StateRole,      ///< int (TimelineEntry::State)
        EndsAtRole,     ///< QDateTime, UTC: an event's end
        AllDayRole,     ///< bool: an all-day event, a task due on a date
        LocationRole,   ///< QString: an event's location
        RecurrenceRole, ///< QString: a series' rule in words (describeRecurrence); empty otherwise
        CanLogRole,     ///< bool: "Log as activity" applies (MeetingLog)
        LogStartRole,   ///< QDateTime, UTC: the start of the occurrence that would be logged
        ActivityIdRole, ///< QString: the activity an event was logged as
        PriorityRole,   ///< int (TaskPriority)
    };

    explicit ActivityTimelineModel(Database& db, QObject* parent = nullptr);

    /// Shows the timeline of the record `id`.
    void setRecord(const QString& id, TimelineOf of);
    /// The zone all-day events and dates are placed in; the system's unless set.
    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    QString recordId() const { return m_recordId; }
    TimelineOf timelineOf() const { return m_of; }
    const TimelineEntry& entryAt(int row) const { return m_items.at(row); }
    /// The row of the entry standing for the record `id`; -1 when none.
    int rowOf(const QString& id) const;
    /// Reads the timeline again (also at the current time: upcoming entries move into the history).
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString& message);

private:
    QVariant activityData(const Activity& a, int role) const;
    QVariant eventData(const TimelineEntry& entry, int role) const;
    QVariant taskData(const CalendarTask& t, int role) const;

    Database& m_db;
    QString m_recordId;
    TimelineOf m_of = TimelineOf::Contact;
    QTimeZone m_zone;
    QList<TimelineEntry> m_items;
};

} // namespace Fieldbook
