#pragma once

#include "common/Error.h"

#include <QJsonObject>

namespace Fieldbook::Bench {

/// The forecast over `opportunities` opportunities (three years of close dates; a third won, a fifth
/// lost, the rest open in every stage; three currencies with rates; three stage changes each) of 50
/// users in a three-level hierarchy with quarterly quotas, built in a fresh store in `dir`:
/// forecast_load_100k_ms reads everything (ForecastSource::load, median of 3), forecast_100k_ms
/// computes what the dashboard shows from it (quarters by total, owner and manager, months of won
/// revenue, stages, categories, products; median of 5).
QJsonObject runForecastPhase(const QString& dir, int opportunities);

/// The store runForecastPhase measures, built afresh as `dir`/forecast.sqlite with its rates and
/// fiscal year (from April) in its settings, so the app reads it as the bench does: its path.
Result<QString> buildForecastStore(const QString& dir, int opportunities);

} // namespace Fieldbook::Bench
