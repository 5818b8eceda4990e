#pragma once

#include "calendar/CalendarTime.h"

#include <QList>
#include <QString>

#include <optional>

namespace Fieldbook {

enum class TaskStatus { Open, InProgress, Done, Cancelled };
enum class TaskPriority { None = 0, High = 1, Normal = 5, Low = 9 }; ///< iCalendar's PRIORITY values

QString taskStatusKey(TaskStatus status);
bool parseTaskStatus(const QString& key, TaskStatus* status);
QString taskStatusLabel(TaskStatus status);
QString taskPriorityLabel(TaskPriority priority);
/// iCalendar's 0..9 folded into the three levels people choose from (1-4 high, 5 normal, 6-9 low).
TaskPriority taskPriorityFromIcal(int priority);

/// A to-do with an optional due date or time, linked like an event (docs/calendar.md).
struct CalendarTask {
    QString id;
    QString title;
    QString description;
    std::optional<CalendarTime> due; ///< a date, or a zoned time
    TaskPriority priority = TaskPriority::None;
    TaskStatus status = TaskStatus::Open;
    qint64 doneAt = 0; ///< ms since the epoch, UTC; 0 unless done
    QString accountId;
    QString contactId;
    QString leadId;
    QString opportunityId;
    QList<int> reminders; ///< minutes before the due time
    QString uid;
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;

    bool isDone() const { return status == TaskStatus::Done; }
    friend bool operator==(const CalendarTask&, const CalendarTask&) = default;
};

} // namespace Fieldbook
