#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// open_to_first_page_ms (open the store, build the MainWindow, paint its first page),
/// list_scroll_page_ms (p95 of fetching and painting one more page while scrolling through
/// 20,000 rows) and rss_mb (resident memory afterwards).
QJsonObject runGuiPhase(const QString& dbPath);

} // namespace Fieldbook::Bench
