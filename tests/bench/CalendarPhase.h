#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// The calendar metrics (docs/performance.md, Calendar) over a store in `dir` with 20,000 events, of
/// which 1,000 recurring series, and 5,000 tasks; the measured week (from Monday 1 March 2027) shows
/// 5,000 of them: 4,000 single events and one occurrence of each series.
/// - week_view_ms: the week's occurrences read from the store and expanded (CalendarQuery), turned
///   into entries and laid out and painted by the week view at 1366x768 (medians of the two parts).
/// - month_view_ms: the same for March 2027 in the month view.
/// - recurrence_expand_1k_rules_year_ms: RecurrencePhase.
QJsonObject runCalendarPhase(const QString& dir);

} // namespace Fieldbook::Bench
