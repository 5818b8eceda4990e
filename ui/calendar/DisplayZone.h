#pragma once

#include <QTimeZone>

namespace Fieldbook {

/// The zone the task list, the reminders and the timelines show times in (docs/calendar-tasks.md,
/// "Display zone"): the system's. The one place a zone chosen in Settings is to be read.
QTimeZone displayZone();

} // namespace Fieldbook
