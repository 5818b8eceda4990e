#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// The calendar's command-line work over a store of 20,000 events (1,000 of them series) and
/// 5,000 tasks made by DemoDataService in `dir`:
/// - agenda_year_json_ms: `calendar agenda` of a year as JSON, in-process through CalendarAgenda
///   (entries and JSON text), the median of 3 after one warm-up; agenda_year_occurrences beside it;
/// - ics_import_events_per_s: the Google export of the corpus (daylight_saving_time.ics, 64 events)
///   repeated with distinct UIDs to 10,048 events, imported into a fresh store by CalendarImport.
/// The corpus is found through FIELDBOOK_SHARED_DATA or ../shared/data beside the source tree; without
/// it the import metric is replaced by calendar_cli_error.
QJsonObject runCalendarCliPhase(const QString& dir);

} // namespace Fieldbook::Bench
