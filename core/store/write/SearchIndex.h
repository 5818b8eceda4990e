#pragma once

#include "common/Error.h"

#include <QString>

namespace Fieldbook {

class Database;

/// Keeps the FTS5 tables (`contacts_fts`, `accounts_fts`, `leads_fts`) in step with the records. Internal to core.
class SearchIndex final {
public:
    /// `table` is "contacts", "accounts" or "leads"; `rid` the record's local rowid.
    [[nodiscard]] static Result<void> put(Database& db, const QString& table, qint64 rid, const QString& name,
                                          const QString& body, bool isNew);
    [[nodiscard]] static Result<void> remove(Database& db, const QString& table, qint64 rid);
};

} // namespace Fieldbook
