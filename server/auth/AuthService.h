#pragma once

#include "common/Error.h"
#include "storage/SignInThrottle.h"
#include "sync/SyncService.h"

#include <QString>

#include <functional>

namespace Fieldbook::Server {

class ServerDatabase;

/// A fresh pair of tokens: the access token authorises requests for a short while, the refresh
/// token (used once) gets the next pair.
struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAtMs = 0;
    QString userId;          ///< whom the tokens identify
    qint64 deviceNumber = 0; ///< the device's number on this server, given at its first sign-in
};

/// What a refused sign-in tells beyond its error code, so that HTTP can answer 401, 403 or 429.
struct SignInRefusal {
    bool credentialsAccepted = false; ///< the password was right, but the user or the device is refused
    qint64 retryAfterMs = 0;          ///< TooManyAttempts: how long the lock-out still lasts
};

/// Passwords, sign-in and tokens (docs/server.md, "Sign-in"): PBKDF2-SHA256 with a salt per user,
/// growing lock-outs after repeated failures per client address and name, random 256-bit tokens stored only as hashes,
/// refresh tokens that rotate (a reused one revokes its family), devices that can be revoked.
class AuthService final {
public:
    using ClockFn = std::function<qint64()>;
    static constexpr qint64 kAccessTokenMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshTokenMs = 30LL * 24 * 60 * 60 * 1000;
    static constexpr int kFreeAttempts = SignInThrottle::kFreePerName; ///< before a lock-out

    explicit AuthService(ServerDatabase& db, ClockFn clock = {}, int iterations = 0);

    [[nodiscard]] Result<void> setPassword(const QString& userName, const QString& password);
    /// Signs `userName` in on the device `clientId` (registered to the user on first use) from the
    /// client `address` (throttled per address and name: SignInThrottle); a refusal is described in
    /// `refusal` when given.
    [[nodiscard]] Result<TokenPair> signIn(const QString& userName, const QString& password, const QString& clientId,
                                           SignInRefusal* refusal = nullptr, const QString& address = {});
    /// The caller behind a valid access token.
    [[nodiscard]] Result<Caller> authenticate(const QString& accessToken);
    [[nodiscard]] Result<TokenPair> refresh(const QString& refreshToken);
    /// Refuses the device from now on and ends its tokens; its user signs in again elsewhere.
    [[nodiscard]] Result<void> revokeDevice(const QString& clientId);

private:
    /// After the right password: registers the device on first use (refused if revoked or another
    /// user's), clears the failure count and issues a new token family.
    [[nodiscard]] Result<TokenPair> admit(const QString& userId, const QString& clientId, qint64 now);
    /// A new pair of tokens of `family`, with the device's number (inside the caller's transaction).
    [[nodiscard]] Result<TokenPair> issue(const QString& userId, const QString& clientId, const QString& family);

    ServerDatabase& m_db;
    ClockFn m_clock;
    int m_iterations;
    QString m_unknownUserHash; ///< what a sign-in of an unknown name is checked against, made once
};

} // namespace Fieldbook::Server
