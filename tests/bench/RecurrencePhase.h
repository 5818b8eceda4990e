#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// recurrence_expand_1k_rules_year_ms: 1,000 series of a realistic mix (weekly team meetings,
/// monthly 1MO / -1FR, daily with COUNT, yearly, some all-day; Europe/Berlin, America/New_York,
/// Asia/Shanghai) expanded over one year, the median of 7 runs (docs/recurrence.md, Performance).
QJsonObject runRecurrencePhase();

} // namespace Fieldbook::Bench
