#pragma once

#include "common/Error.h"
#include "protocol/WireFormat.h"

namespace Fieldbook {

class Database;

/// What one pulled page did to the store.
struct PullTally {
    int upserts = 0;
    int revokes = 0;
    int setAside = 0; ///< records this store could not take: kept with the reason (Sync issues)
};

/// Applies pulled pages (docs/sync-protocol.md, Pull): each page in one transaction together with its
/// cursor, the server's values written over everything but the fields changed here and not yet
/// acknowledged (those stay on top: the rebase), tombstones kept, revoked records removed (their
/// unsent changes still go out, and come back as rejected items). Search index and sort keys follow.
/// A record this store cannot take (it breaks its type's declared rules or a rule of the store) is
/// set aside with the reason (table pull_set_aside, shown in Sync issues); the rest is applied.
/// Several pages may share one transaction, with the last page's cursor: the same guarantee,
/// fewer commits (a first sync of a large territory).
class PullApplier final {
public:
    explicit PullApplier(Database& db);
    [[nodiscard]] Result<PullTally> apply(const Wire::PullPage& page);
    /// Applies `pages`, consecutive and in order, in one transaction.
    [[nodiscard]] Result<PullTally> apply(const QList<Wire::PullPage>& pages);

private:
    struct Batch;
    [[nodiscard]] Result<void> applyChange(const Wire::Change& change, Batch& batch, PullTally& tally);
    [[nodiscard]] Result<void> upsert(const Wire::Change& change, Batch& batch);
    [[nodiscard]] Result<void> setAside(const Wire::Change& change, const QString& reason);
    [[nodiscard]] Result<void> clearAside(const Wire::Change& change, const Batch& batch);
    [[nodiscard]] Result<void> revoke(const Wire::Change& change, Batch& batch);
    Database& m_db;
};

} // namespace Fieldbook
