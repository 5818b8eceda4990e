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
    /// The locale's short time without seconds ("14:00", "2:00 PM"), whatever its short format holds.
    static QString shortTime(QTime time, const QLocale& locale = {});
    /// The locale's short date, without the year when it is `today`'s ("16/04", "4/16", "4/16").
    static QString shortDate(QDate date, QDate today, const QLocale& locale = {});
    /// The locale's short date and short time without seconds.
    static QString shortDateTime(const QDateTime& when, const QLocale& locale = {});
    /// A distance in time as a reminder names it: "45 min", "1 h 30 min", "5 h", "2 days".
    static QString spanText(qint64 minutes);
    /// "Overdue", "Today", "Upcoming", "No date", "Done".
    static QString groupTitle(TaskListModel::Group group);
    /// A reminder's offset as the editor lists it: "15 minutes before", "1 day before", "at 09:00 on the day".
    static QString reminderOffset(int minutesBefore, bool allDay, const QLocale& locale = {});
    /// The colour of text that warns (overdue) or confirms (done, logged), readable on the palette.
    static QColor warningText(const QPalette& palette);
    static QColor positiveText(const QPalette& palette);
    static QColor accentText(const QPalette& palette);
};

} // namespace Fieldbook
