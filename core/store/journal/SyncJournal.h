#pragma once

#include "store/write/Outbox.h"
#include "common/Error.h"
#include "protocol/WireFormat.h"

#include <QString>

#include <optional>

namespace Fieldbook {

class Database;

/// This store's connection to a sync server (one row of `sync_state`).
struct SyncState {
    QString clientId;
    QString serverUrl;
    QString userName;
    QString userId;
    QString pullCursor;
    qint64 seqBase = 0; ///< wire seq = outbox.seq - seqBase
    qint64 skewMs = 0;  ///< server clock minus ours, at the last hello
    qint64 lastSyncAt = 0;
    QString lastError;
    /// The server's identity from its hello (empty: not known yet, or an older server). Kept in the
    /// store's settings rather than in sync_state: a new column would change the store's schema
    /// version, which servers check.
    QString serverId;
};

/// What one push answer did to the outbox.
struct PushTally {
    int acknowledged = 0; ///< applied or merged
    int conflicts = 0;    ///< mutations that left a decision to the user
    int rejected = 0;
};

/// One line of the sync log.
struct SyncLogLine {
    qint64 at = 0;
    QString level; ///< info, warning, error
    QString message;
};

/// The sync engine's bookkeeping in the local store (docs/sync-protocol.md, Push): the
/// connection, the outbox's way to the server and back, and the sync log. All of it in SQL here,
/// so the engine in core/sync holds none.
class SyncJournal final {
public:
    explicit SyncJournal(Database& db);

    [[nodiscard]] Result<std::optional<SyncState>> state() const;
    /// Connects the store to the server at `serverUrl` whose hello named it `serverId`, as
    /// `userName`. The same server and user keep the client id, cursor and sequence, whatever
    /// address the server is reached by now (the new one is kept); anything else starts a new
    /// client whose sequence begins at the first change not yet sent, and pulls everything again.
    /// The server is the same when both ids are known and equal, or, where one is not known, when
    /// the addresses are the same however written.
    [[nodiscard]] Result<SyncState> connect(const QString& serverUrl, const QString& serverId, const QString& userName);
    /// Records the server's id of the signed-in user. Records owned by the device's local user
    /// (made before the store was connected) pass to it, pending changes included.
    [[nodiscard]] Result<void> adoptUser(const QString& userId);
    /// Keeps the number the server gave this device (the device tag in quote numbers).
    [[nodiscard]] Result<void> adoptDeviceNumber(qint64 number);
    /// Forgets the server (a first sign-in that failed leaves the store not connected).
    [[nodiscard]] Result<void> disconnect();
    /// Puts back a connection exactly as it was (a sign-in elsewhere failed).
    [[nodiscard]] Result<void> restore(const SyncState& state);
    [[nodiscard]] Result<void> setSkew(qint64 skewMs);
    [[nodiscard]] Result<void> finishRun(const QString& error);

    /// Outbox entries not yet acknowledged (pending or sent), oldest first.
    [[nodiscard]] Result<QList<OutboxEntry>> unsent(int limit) const;
    [[nodiscard]] Result<int> unsentCount() const;
    [[nodiscard]] Result<void> markSent(const QList<OutboxEntry>& batch);
    /// Records the server's answers in one transaction: acknowledged entries, the records' new
    /// row versions, conflicts to decide, rejected entries with their reason.
    [[nodiscard]] Result<PushTally> recordResults(const SyncState& state, const QList<OutboxEntry>& batch,
                                                  const QList<Wire::MutationResult>& results);
    /// The server expects `wireSeq` next although this device thought it had more: what it lacks
    /// is sent again.
    [[nodiscard]] Result<void> resendFrom(const SyncState& state, qint64 wireSeq);

    /// Stores the server's user directory (names, roles, managers) so owners show by name and
    /// records can be given to colleagues. Not a local edit: no outbox entries.
    [[nodiscard]] Result<void> applyDirectory(const Wire::Directory& directory);

    [[nodiscard]] Result<int> openConflictCount() const;
    /// Pulled records set aside because this store could not take them.
    [[nodiscard]] Result<int> setAsideCount() const;
    [[nodiscard]] Result<int> rejectedCount() const;

    [[nodiscard]] Result<void> log(const QString& level, const QString& message);
    [[nodiscard]] Result<QList<SyncLogLine>> logLines(int limit) const;

private:
    [[nodiscard]] Result<void> passRecordsTo(const QString& userId);
    [[nodiscard]] Result<void> write(const SyncState& state, const QString& what);
    Database& m_db;
};

} // namespace Fieldbook
