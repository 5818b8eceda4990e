#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// One token as stored: never the token itself, only its SHA-256.
struct StoredToken {
    QString hash;
    QString kind; ///< access, refresh
    QString userId;
    QString clientId;
    QString family; ///< the tokens issued from one sign-in, one refresh after another
    qint64 expiresAt = 0;
    qint64 createdAt = 0;
};

/// Whom a valid access token identifies.
struct TokenHolder {
    QString userId;
    QString clientId;
};

/// A refresh token as a refresh finds it.
struct RefreshState {
    TokenHolder holder;
    QString family;
    bool used = false; ///< exchanged already (or revoked)
    qint64 expiresAt = 0;
    bool refused = false; ///< its user is disabled or its device revoked
};

/// The server's `tokens` table: access and refresh tokens by hash, in families that are revoked
/// together when a used refresh token comes back.
class TokenStore final {
public:
    explicit TokenStore(ServerDatabase& db);

    [[nodiscard]] Result<void> add(const StoredToken& token);
    /// The holder of the access token `hash` while it is valid at `nowMs` and neither its user is
    /// disabled nor its device revoked; nullopt otherwise.
    [[nodiscard]] Result<std::optional<TokenHolder>> accessHolder(const QString& hash, qint64 nowMs);
    /// The refresh token `hash`, whatever its state; nullopt when there is none.
    [[nodiscard]] Result<std::optional<RefreshState>> refreshToken(const QString& hash);
    [[nodiscard]] Result<void> revoke(const QString& hash);
    [[nodiscard]] Result<void> revokeFamily(const QString& family);
    [[nodiscard]] Result<void> revokeClient(const QString& clientId);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
