#include "CalendarTask.h"

#include "common/Picklist.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Fieldbook {

namespace {

constexpr std::array<std::pair<TaskStatus, const char*>, 4> kStatuses{{
    {TaskStatus::Open, "open"},
    {TaskStatus::InProgress, "in_progress"},
    {TaskStatus::Done, "done"},
    {TaskStatus::Cancelled, "cancelled"},
}};

const Picklist& statusPicklist() {
    static const Picklist list("CalendarTask", {
                                                   {"open", QT_TRANSLATE_NOOP("CalendarTask", "Open")},
                                                   {"in_progress", QT_TRANSLATE_NOOP("CalendarTask", "In progress")},
                                                   {"done", QT_TRANSLATE_NOOP("CalendarTask", "Done")},
                                                   {"cancelled", QT_TRANSLATE_NOOP("CalendarTask", "Cancelled")},
                                               });
    return list;
}

} // namespace

QString taskStatusKey(TaskStatus status) {
    for (const auto& [s, key] : kStatuses)
        if (s == status)
            return QString::fromLatin1(key);
    return QStringLiteral("open");
}

bool parseTaskStatus(const QString& key, TaskStatus* status) {
    for (const auto& [s, k] : kStatuses) {
        if (key == QLatin1StringView(k)) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString taskStatusLabel(TaskStatus status) {
    return statusPicklist().name(taskStatusKey(status));
}

QString taskPriorityLabel(TaskPriority priority) {
    switch (priority) {
    case TaskPriority::High:
        return QCoreApplication::translate("CalendarTask", "High");
    case TaskPriority::Normal:
        return QCoreApplication::translate("CalendarTask", "Normal");
    case TaskPriority::Low:
        return QCoreApplication::translate("CalendarTask", "Low");
    case TaskPriority::None:
        break;
    }
    return QCoreApplication::translate("CalendarTask", "None");
}

TaskPriority taskPriorityFromIcal(int priority) {
    if (priority <= 0 || priority > 9)
        return TaskPriority::None;
    if (priority < 5)
        return TaskPriority::High;
    return priority == 5 ? TaskPriority::Normal : TaskPriority::Low;
}

} // namespace Fieldbook
