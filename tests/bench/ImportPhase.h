#pragma once

#include <QJsonObject>

namespace Fieldbook::Bench {

/// import_rows_per_s: a CSV of `rows` realistic contacts imported through CsvImporter into a fresh
/// store. Two baselines write rows that this import produced into another fresh store through the
/// SQLite C API, in one transaction: raw_insert_rows_per_s only the contact rows (a plain prepared
/// INSERT loop into the same table), import_sql_floor_rows_per_s every row the import wrote (contacts,
/// full-text index, outbox, match keys): what SQLite alone needs for the same work. The ratios are
/// import_rows_per_s over each.
QJsonObject runImportPhase(const QString& dir, int rows);

} // namespace Fieldbook::Bench
