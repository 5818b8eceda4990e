#pragma once

#include "domain/CalendarTask.h"
#include "models/TaskListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

class QPalette;

namespace Fieldbook {

/// The words and colours of the task list and the reminders (docs/calendar-tasks.md).
class TaskText final {
    Q_DECLARE_TR_FUNCTIONS(Fieldbook::TaskText)
public:
    /// A due date relative to `now` (both in the display zone): "today 14:00", "tomorrow",
    /// "Friday 09:00" within a week, else the date.
    static QString dueText(const QDateTime& due, bool allDay, const QDateTime& now, const QLocale& locale = {});
    /// How far a reminder's event or task is from `now`: "in 15 min", "now", "started 5 min ago",
    /// "due 2 h ago"; a date for an all-day one that is not today.
    static QString reminderWhen(const QDateTime& startsAt, bool allDay, bool ofTask, const QDateTime& now,
                                const QLocale& locale = {});
    /// "Overdue", "Today", "Upcoming", "No date", "Done".
    static QString groupTitle(TaskListModel::Group group);
    /// A reminder's offset as the editor lists it: "15 minutes before", "1 day before", "at 09:00 on the day".
    static QString reminderOffset(int minutesBefore, bool allDay);
    /// The colour of text that warns (overdue) or confirms (done, logged), readable on the palette.
    static QColor warningText(const QPalette& palette);
    static QColor positiveText(const QPalette& palette);
    static QColor accentText(const QPalette& palette);
};

} // namespace Fieldbook
