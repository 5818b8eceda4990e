#pragma once

#include "common/Error.h"

#include <QString>

namespace Fieldbook::Server {

class ServerDatabase;

/// Wrong passwords counted per client address and name, and per address over all names
/// (docs/server.md, "Sign-in"): growing lock-outs that an attacker cannot turn against a user
/// signing in from elsewhere.
class SignInThrottle final {
public:
    static constexpr int kFreePerName = 5;     ///< failures of one name from one address before a lock
    static constexpr int kFreePerAddress = 20; ///< failures over all names from one address before a lock
    static constexpr qint64 kMaxLockMs = 15 * 60 * 1000;
    static constexpr qint64 kForgetAfterMs = 15 * 60 * 1000; ///< a count starts again after this quiet

    explicit SignInThrottle(ServerDatabase& db);

    /// How long sign-ins of `name` from `address` must still wait at `now` (0: they may try).
    [[nodiscard]] Result<qint64> waitMs(const QString& address, const QString& name, qint64 now);
    /// Counts a failed sign-in of `name` from `address` (1 s after the free attempts, doubling
    /// with each further failure, at most 15 minutes), for the name and for the address.
    [[nodiscard]] Result<void> countFailure(const QString& address, const QString& name, qint64 now);
    /// A right password: the name's count from this address starts again (the address's does not).
    [[nodiscard]] Result<void> clear(const QString& address, const QString& name);

private:
    [[nodiscard]] Result<void> count(const QString& address, const QString& key, int free, qint64 now);

    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
