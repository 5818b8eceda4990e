#pragma once

#include "UserDirectory.h"
#include "common/Error.h"
#include "protocol/WireFormat.h"

#include <functional>
#include <optional>

namespace Fieldbook {
struct HeldRecord;
}

namespace Fieldbook::Server {

class MutationLedger;
class RecordStore;
class ServerDatabase;

/// Who is calling: the user behind the access token and the device (client id) it was issued to.
struct Caller {
    QString userId;
    QString clientId;
};

/// The server side of sync (docs/server.md): applies pushed mutations exactly once, in each
/// client's order, merging concurrent edits field by field, and serves each user's changes page by
/// page. It runs no SQL itself: server/storage reads and writes, the same on SQLite and PostgreSQL.
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
    /// One mutation of a push, inside its transaction, under the change number `sv`; nothing when
    /// it does not follow the device's last (then `expectedSeq` says which does).
    [[nodiscard]] Result<std::optional<Wire::MutationResult>> pushOne(const Caller& caller, const Scope& scope,
                                                                      const Wire::Mutation& m, qint64 sv,
                                                                      std::optional<qint64>* expectedSeq);
    /// The caller's last mutation seq, registering the device on its first push.
    [[nodiscard]] Result<qint64> deviceSequence(const Caller& caller);
    /// The answer already given to `m` (by its seq, or by its id under another device), if any.
    [[nodiscard]] Result<std::optional<Wire::MutationResult>> storedAnswer(MutationLedger& ledger, const Caller& caller,
                                                                           const Wire::Mutation& m, qint64 last);
    /// Validates `m`, plans it against the record the server holds (planPush) and writes the plan.
    [[nodiscard]] Result<Wire::MutationResult> apply(const Caller& caller, const Scope& scope, const Wire::Mutation& m,
                                                     qint64 sv);
    /// Why `m` is refused before its record is read (its type, the caller's rights, its clock, its
    /// values), in English for the device's sync log; nullopt when it passes.
    [[nodiscard]] std::optional<QString> refusalOf(const Scope& scope, const Wire::Mutation& m) const;
    /// The refusal of `m` when one of its references names a record the server never held.
    [[nodiscard]] static Result<std::optional<QString>> unknownReference(RecordStore& records, const RecordType& type,
                                                                         const Wire::Mutation& m,
                                                                         const std::optional<HeldRecord>& held);
    /// The refusal of `m` when it would lend a record (RecordSharing::lends) that the caller can
    /// neither read by their scope nor has been lent: nobody lends what they cannot read.
    [[nodiscard]] static Result<std::optional<QString>> lendingRefusal(RecordStore& records, const Scope& scope,
                                                                       const RecordType& type, const Wire::Mutation& m,
                                                                       const std::optional<HeldRecord>& held);
    /// The owner of the held record when it is lent to the caller and their scope does not reach it
    /// (RecordSharing::lends); nullopt otherwise.
    [[nodiscard]] static Result<std::optional<QString>> lentOwnerOf(RecordStore& records, const Scope& scope,
                                                                    const Wire::Mutation& m,
                                                                    const std::optional<HeldRecord>& held);

    ServerDatabase& m_db;
    UserDirectory m_users;
    ClockFn m_clock;
};

} // namespace Fieldbook::Server
