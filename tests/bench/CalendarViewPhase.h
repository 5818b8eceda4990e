#pragma once

#include "calendar/CalendarEntry.h"
#include "calendar/CalendarPeriod.h"

#include <QJsonObject>

namespace Fieldbook::Bench {

/// `count` occurrences over the week from `monday` as a busy team's calendar has them: timed entries
/// from 07:00 to 19:00 of 15 minutes to 2 hours (many overlapping), one in twenty all-day, some with
/// Chinese titles, overlap warnings, busy blocks, private and recurring ones.
QList<CalendarEntry> calendarBenchEntries(QDate monday, int count);
/// Milliseconds from handing `entries` to a 1366x768 calendar in `mode` on `date` to the view
/// painted into an image (layout included): the median of 5 after one warm-up.
double layoutAndPaintMs(CalendarMode mode, QDate date, const QList<CalendarEntry>& entries);
/// layoutAndPaintMs() of the week view with calendarBenchEntries(`entries`).
double layoutAndPaintWeekMs(int entries);
/// The same for the month view, the entries spread over the week in its middle.
double layoutAndPaintMonthMs(int entries);

} // namespace Fieldbook::Bench
