#pragma once

#include "UserDirectory.h"
#include "common/Error.h"
#include "protocol/WireFormat.h"

#include <functional>
#include <optional>

namespace Fieldbook::Server {

class MutationLedger;
class ServerDatabase;

/// Who is calling: the user behind the access token and the device (client id) it was issued to.
struct Caller {
    QString userId;
    QString clientId;
};

/// The server side of sync (docs/sync-protocol.md): applies pushed mutations exactly once, in each
/// client's order, merging concurrent edits field by field, and serves each user's changes page by
/// page. Storage-neutral: the same code runs on SQLite and PostgreSQL.
class SyncService final {
public:
    using ClockFn = std::function<qint64()>; ///< ms since the epoch (tests move it)

    explicit SyncService(ServerDatabase& db, ClockFn clock = {});

    struct PushOutcome {
        Wire::PushResponse response;       ///< a result for every mutation handled, in order
        std::optional<qint64> expectedSeq; ///< set when the batch stopped at a gap (HTTP 409)
    };
    /// Each mutation commits on its own with its ledger entry, so a batch cut short by a storage
    /// failure (the error) is resumed by sending it again: what was applied answers from the ledger.
    [[nodiscard]] Result<PushOutcome> push(const Caller& caller, const Wire::PushRequest& request);

    /// Changes after `cursor` ("" for the first sync) within the caller's scope, oldest first:
    /// records as they are now (tombstones included) and revocations of records that left it.
    [[nodiscard]] Result<Wire::PullPage> pull(const Caller& caller, const QString& cursor, int limit);

    /// Edits stamped further ahead of the server's clock than this are rejected.
    static constexpr qint64 kMaxClockAheadMs = 5 * 60 * 1000;

private:
    [[nodiscard]] Result<std::optional<Wire::MutationResult>>
    pushOne(const Caller& caller, const Scope& scope, const Wire::Mutation& m, std::optional<qint64>* expectedSeq);
    /// The caller's last mutation seq, registering the device on its first push.
    [[nodiscard]] Result<qint64> deviceSequence(MutationLedger& ledger, const Caller& caller);
    /// The answer already given to `m` (by its seq, or by its id under another device), if any.
    [[nodiscard]] Result<std::optional<Wire::MutationResult>> storedAnswer(MutationLedger& ledger, const Caller& caller,
                                                                           const Wire::Mutation& m, qint64 last);
    [[nodiscard]] Result<Wire::MutationResult> apply(const Caller& caller, const Scope& scope, const Wire::Mutation& m,
                                                     qint64 sv);

    ServerDatabase& m_db;
    UserDirectory m_users;
    ClockFn m_clock;
};

} // namespace Fieldbook::Server
