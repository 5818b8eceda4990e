#include "TimelineRemoval.h"

#include "store/records/ActivityRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

namespace Fieldbook {

namespace {

/// Stores `status` on the event record `id`.
Result<void> setStatus(Database& db, const QString& id, EventStatus status) {
    EventRepository events(db);
    auto event = events.get(id);
    if (!event)
        return std::unexpected(event.error());
    event->status = status;
    if (auto saved = events.save(*event); !saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace

Result<TimelineRemoval> TimelineRemover::remove(Database& db, const TimelineEntry& entry) {
    const QString id = entry.recordId();
    switch (entry.type) {
    case TimelineEntry::Type::Activity: {
        if (auto removed = ActivityRepository(db).remove(id); !removed)
            return std::unexpected(removed.error());
        return TimelineRemoval{tr("Activity deleted."), [&db, id] { return ActivityRepository(db).restore(id); },
                               [&db, id] {
                                   return ActivityRepository(db).remove(id);
                               }};
    }
    case TimelineEntry::Type::Task: {
        if (auto removed = TaskRepository(db).remove(id); !removed)
            return std::unexpected(removed.error());
        return TimelineRemoval{tr("Task deleted."), [&db, id] { return TaskRepository(db).restore(id); },
                               [&db, id] {
                                   return TaskRepository(db).remove(id);
                               }};
    }
    case TimelineEntry::Type::Event:
        break;
    }
    return removeEvent(db, entry);
}

Result<TimelineRemoval> TimelineRemover::removeEvent(Database& db, const TimelineEntry& entry) {
    if (entry.event.isOverride() && !entry.isSeries())
        return cancelOccurrence(db, entry.event);
    const QString id = entry.recordId();
    auto removed = EventRepository(db).remove(id);
    if (!removed)
        return std::unexpected(removed.error());
    const QStringList ids = *removed;
    return TimelineRemoval{entry.isSeries() ? tr("Series deleted.") : tr("Event deleted."),
                           [&db, ids] { return EventRepository(db).restore(ids); },
                           [&db, id]() -> Result<void> {
                               auto again = EventRepository(db).remove(id);
                               if (!again)
                                   return std::unexpected(again.error());
                               return {};
                           }};
}

Result<TimelineRemoval> TimelineRemover::cancelOccurrence(Database& db, const CalendarEvent& occurrence) {
    const QString id = occurrence.id;
    const EventStatus before = occurrence.status;
    if (auto cancelled = setStatus(db, id, EventStatus::Cancelled); !cancelled)
        return std::unexpected(cancelled.error());
    return TimelineRemoval{tr("Occurrence cancelled."), [&db, id, before] { return setStatus(db, id, before); },
                           [&db, id] {
                               return setStatus(db, id, EventStatus::Cancelled);
                           }};
}

} // namespace Fieldbook
