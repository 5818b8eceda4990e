#pragma once

#include <QString>
#include <QStringList>

namespace Fieldbook::Bench {

/// A fresh store with the current schema at `path`, closed again; empty on success.
QString createStore(const QString& path);

/// The SQLite floor of writing records: reads every row that Fieldbook wrote into `writtenDb` for the
/// records of `tables` (the records, their full-text rows, outbox entries and match keys), then
/// writes exactly those rows into a fresh store at `freshDb` (already created with the same schema)
/// through the SQLite C API with prepared statements, record by record in the order they were
/// written (row version, then rowid), as Fieldbook interleaves them. Returns records per second of
/// that replay, or a negative value on failure (with `error` set). No Fieldbook code runs inside the
/// timed part, so Fieldbook's rate / floor is the share of the time SQLite itself needs.
struct ReplayOptions {
    bool recordsOnly = false;   ///< only the records' own rows: the plain prepared-insert baseline
    int rowsPerTransaction = 0; ///< records per commit, as the writer committed them; 0: one transaction
};
double replayRowsPerSecond(const QString& writtenDb, const QString& freshDb, const QStringList& tables,
                           const ReplayOptions& options, QString* error);

} // namespace Fieldbook::Bench
