#pragma once

#include <QString>

namespace Fieldbook::Bench {

/// The SQLite floor of an import: reads every row that the import wrote into `importedDb` (contacts,
/// their full-text rows, outbox entries and match keys), then writes exactly those rows into a fresh
/// store at `freshDb` (already created with the same schema) through the SQLite C API with prepared
/// statements, record by record in one transaction, as the import interleaves them. Returns rows per
/// second of that replay (the records of `table`), or a negative value on failure (with `error` set).
/// No Fieldbook code runs inside the timed part, so import / floor is the share of the time SQLite
/// itself needs.
/// With `recordsOnly` it writes only the records' own rows: the plain prepared-insert baseline.
double replayRowsPerSecond(const QString& importedDb, const QString& freshDb, const QString& table, bool recordsOnly,
                           QString* error);

} // namespace Fieldbook::Bench
