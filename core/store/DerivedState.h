#pragma once

#include "common/Error.h"

#include <QString>

namespace Fieldbook {

class Database;

/// Brings the local state derived from a record's synced fields (sort keys, the search index,
/// match keys) in line with its stored row after sync or a conflict decision wrote it directly.
/// `isNew`: the row was just inserted; `deleted`: it is a tombstone now or was removed.
[[nodiscard]] Result<void> refreshDerived(Database& db, const QString& table, const QString& id, qint64 rid, bool isNew,
                                          bool deleted, bool nameChanged);

} // namespace Fieldbook
