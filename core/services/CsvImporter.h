#pragma once

#include "ImportReport.h"
#include "ImportRequest.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// Imports accounts, contacts or users from a CSV file (RFC 4180, UTF-8 with or without BOM).
///
/// - Columns map to fields by name (see ImportSchema::defaultColumn) unless `fieldMap` says otherwise;
///   unmapped columns are ignored. On an update only mapped fields change; an empty cell clears its field.
/// - Upsert: a row with an external_id updates the record that has it (accounts, contacts). Without one,
///   contacts are matched by e-mail, accounts by name and users (which have no external id) by name,
///   all ignoring case; a row that matches several records is rejected.
/// - References by name (owner, manager -> users; account, parent -> accounts) must match exactly one
///   record; otherwise the row is rejected with the value named. `parent` and `manager` may name a
///   record that comes later in the same file: such rows are written after the rest.
/// - Rows the reader or a repository finds invalid are rejected with their spreadsheet row number
///   (header = row 1); all other rows are written in one transaction.
/// - The import writes nothing when it is a dry run (it runs completely, then rolls back, so the report
///   is exactly what a real run would say), when it is cancelled through `progress`, when the file is
///   malformed beyond one row (an unterminated quote: the reader's error names row and column), and
///   when the store fails (disk full, locked).
class CsvImporter final {
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    [[nodiscard]] static Result<ImportReport> run(Database& db, const ImportRequest& request,
                                                  const ProgressFn& progress = {});
};

} // namespace Fieldbook
