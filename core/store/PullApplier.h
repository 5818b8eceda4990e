#pragma once

#include "common/Error.h"
#include "protocol/WireFormat.h"

namespace Fieldbook {

class Database;

/// What one pulled page did to the store.
struct PullTally {
    int upserts = 0;
    int revokes = 0;
    int rejectedByRevoke = 0; ///< local changes to revoked records, now visible as rejected
};

/// Applies pulled pages (DESIGN.md section 5): each page in one transaction together with its
/// cursor, the server's values written over everything but the fields changed here and not yet
/// acknowledged (those stay on top: the rebase), tombstones kept, revoked records removed with
/// their unsent changes turned into visible rejected items. Search index and sort keys follow.
class PullApplier final {
public:
    explicit PullApplier(Database& db);
    [[nodiscard]] Result<PullTally> apply(const Wire::PullPage& page);

private:
    [[nodiscard]] Result<void> upsert(const Wire::Change& change, bool checkDirty);
    [[nodiscard]] Result<int> revoke(const Wire::Change& change);
    [[nodiscard]] Result<void> refreshDerived(const QString& table, const QString& id, qint64 rid, bool isNew,
                                              bool deleted, bool nameChanged);
    Database& m_db;
};

} // namespace Fieldbook
