#pragma once

#include "common/Error.h"
#include "models/TimelineEntries.h"
#include "widgets/UndoHistory.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// What deleting a timeline entry did, and how to take it back and do it again.
struct TimelineRemoval {
    QString text; ///< "Activity deleted.", "Event deleted.", "Task deleted.", "Occurrence cancelled."
    UndoHistory::Action undo;
    UndoHistory::Action redo;
};

/// Deletes what a timeline entry stands for (docs/calendar-tasks.md, "Timelines"): an activity or a
/// task, a single event, a whole series (with its changed occurrences); a changed occurrence shown
/// on its own (a logged one) is cancelled, as deleting one occurrence of a series is.
class TimelineRemover final {
    Q_DECLARE_TR_FUNCTIONS(Fieldbook::TimelineRemover)
public:
    [[nodiscard]] static Result<TimelineRemoval> remove(Database& db, const TimelineEntry& entry);

private:
    [[nodiscard]] static Result<TimelineRemoval> removeEvent(Database& db, const TimelineEntry& entry);
    [[nodiscard]] static Result<TimelineRemoval> cancelOccurrence(Database& db, const CalendarEvent& occurrence);
};

} // namespace Fieldbook
