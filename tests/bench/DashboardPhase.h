#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// dashboard_open_ms: the Dashboard section opened on the store at `dbPath` (the forecast phase's
/// 100,000 opportunities, buildForecastStore) until every chart is painted, those below the fold
/// too: the store read and the charts computed on the worker, the cards built and painted on the
/// GUI thread (median of 3 openings). dashboard_charts_ready_ms is the part until the charts
/// arrive, dashboard_recompute_ms a filter change (another fiscal year) to its charts painted,
/// dashboard_gui_stall_ms the longest the GUI thread was busy at once while the section opened.
QJsonObject runDashboardPhase(const QString& dbPath);

} // namespace Fieldbook::Bench
