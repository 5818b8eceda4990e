#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// A device as the server knows it.
struct ClientRecord {
    QString userId;
    qint64 lastSeq = 0; ///< the device's last mutation the server answered in order
    bool revoked = false;
};

/// One mutation the server received, with the answer it gave.
struct LedgerEntry {
    QString clientId;
    qint64 seq = 0;
    QString mutationId;
    QByteArray result; ///< the answer as sent: a push response holding this one result
};

/// The push bookkeeping of a server store: the devices, how far each one's mutations have come,
/// and every mutation ever received (once, by its id) with the answer given. Used inside the
/// push's transaction.
class MutationLedger final {
public:
    explicit MutationLedger(ServerDatabase& db);

    [[nodiscard]] Result<std::optional<ClientRecord>> client(const QString& clientId);
    [[nodiscard]] Result<void> addClient(const QString& clientId, const QString& userId, qint64 createdAt);

    /// The mutation that `clientId` numbered `seq`.
    [[nodiscard]] Result<std::optional<LedgerEntry>> entryAt(const QString& clientId, qint64 seq);
    /// The mutation `mutationId`, whichever device sent it.
    [[nodiscard]] Result<std::optional<LedgerEntry>> entryOf(const QString& mutationId);

    /// Keeps the answer to a mutation just applied and moves its device past it.
    [[nodiscard]] Result<void> record(const LedgerEntry& entry, const QString& status, qint64 sv);
    /// Moves `clientId` past `seq` without a ledger entry of its own (the mutation is in the ledger
    /// under another device).
    [[nodiscard]] Result<void> advance(const QString& clientId, qint64 seq);

private:
    [[nodiscard]] Result<std::optional<LedgerEntry>> entry(const QString& where, const QVariantList& values);

    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
