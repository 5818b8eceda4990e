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

/// A password sign-in between its two halves: what AuthService::startSignIn found before the
/// password is checked, and what AuthService::finishSignIn needs once it has been (on a worker).
struct SignInAttempt {
    QString userName;
    QString clientId;
    QString address;
    QString passwordHash; ///< the user's; for an unknown name one that no password matches
    QString userId;       ///< empty for an unknown or disabled user: refused whatever the password
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
    /// signIn() up to the password: the device id and the throttle checked, the user looked up.
    /// The password is then checked against the attempt's passwordHash, on a worker if need be.
    [[nodiscard]] Result<SignInAttempt> startSignIn(const QString& userName, const QString& clientId,
                                                    const QString& address, SignInRefusal* refusal = nullptr);
    /// signIn() from the password's check on: counts a failure, or admits the device.
    [[nodiscard]] Result<TokenPair> finishSignIn(const SignInAttempt& attempt, bool passwordRight,
                                                 SignInRefusal* refusal = nullptr);
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
};

} // namespace Fieldbook::Server
