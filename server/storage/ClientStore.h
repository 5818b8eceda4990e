#pragma once

#include "common/Error.h"

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

/// The server's `clients` table: every device that signed in or pushed, whose it is, how far its
/// mutations have come, its number on this server, and whether it was revoked.
class ClientStore final {
public:
    explicit ClientStore(ServerDatabase& db);

    [[nodiscard]] Result<std::optional<ClientRecord>> find(const QString& clientId);
    [[nodiscard]] Result<void> add(const QString& clientId, const QString& userId, qint64 createdAt);
    /// Moves `clientId` past its mutation `seq`.
    [[nodiscard]] Result<void> advance(const QString& clientId, qint64 seq);
    /// The device's number, given from the 'device' counter the first time; inside a transaction,
    /// so that concurrent sign-ins on several servers take different numbers.
    [[nodiscard]] Result<qint64> deviceNumber(const QString& clientId);
    /// Refuses the device from now on; false when there is no such device.
    [[nodiscard]] Result<bool> revoke(const QString& clientId);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
