#pragma once

#include "common/Error.h"
#include "protocol/WireFormat.h"

namespace Fieldbook {

class Database;

/// What one pulled page did to the store.
struct PullTally {
    int upserts = 0;
    int revokes = 0;
};

/// Applies pulled pages (DESIGN.md section 5): each page in one transaction together with its
/// cursor, the server's values written over everything but the fields changed here and not yet
/// acknowledged (those stay on top: the rebase), tombstones kept, revoked records removed (their
/// unsent changes still go out, and come back as rejected items). Search index and sort keys follow.
class PullApplier final {
public:
    explicit PullApplier(Database& db);
    [[nodiscard]] Result<PullTally> apply(const Wire::PullPage& page);

private:
    [[nodiscard]] Result<void> upsert(const Wire::Change& change, bool checkDirty);
    [[nodiscard]] Result<void> revoke(const Wire::Change& change);
    Database& m_db;
};

} // namespace Fieldbook
