#pragma once

#include <QTimeZone>

namespace Fieldbook {

class Database;

/// The zone the calendar, the task list, the reminders and the timelines show times in
/// (docs/calendar-section.md, "Display zone"): the one chosen in Settings for `db` once
/// useDisplayZoneOf() named the store, else the system's.
QTimeZone displayZone();
/// Makes displayZone() follow the choice kept in `db` (the application's store); nullptr: the system's.
void useDisplayZoneOf(const Database* db);

} // namespace Fieldbook
