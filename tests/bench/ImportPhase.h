#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// import_rows_per_s: a CSV of `rows` realistic contacts imported through CsvImporter into a fresh
/// store; raw_insert_rows_per_s: the same rows through a plain prepared INSERT loop into the same
/// table in one transaction; import_vs_raw_insert_ratio: the first over the second.
QJsonObject runImportPhase(const QString& dir, int rows);

} // namespace Fieldbook::Bench
