#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// One mutation the server received, with the answer it gave.
struct LedgerEntry {
    QString clientId;
    qint64 seq = 0;
    QString mutationId;
    QByteArray result; ///< the answer as sent: a push response holding this one result
};

/// The push bookkeeping of a server store: every mutation ever received (once, by its id) with the
/// answer given, and how far each device's mutations have come (ClientStore). Used inside the
/// push's transaction.
class MutationLedger final {
public:
    explicit MutationLedger(ServerDatabase& db);

    /// The mutation that `clientId` numbered `seq`.
    [[nodiscard]] Result<std::optional<LedgerEntry>> entryAt(const QString& clientId, qint64 seq);
    /// The mutation `mutationId`, whichever device sent it.
    [[nodiscard]] Result<std::optional<LedgerEntry>> entryOf(const QString& mutationId);

    /// Keeps the answer to a mutation just applied and moves its device past it.
    [[nodiscard]] Result<void> record(const LedgerEntry& entry, const QString& status, qint64 sv);

private:
    [[nodiscard]] Result<std::optional<LedgerEntry>> entry(const QString& where, const QVariantList& values);

    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
