#include "AuthService.h"

#include "PasswordHash.h"
#include "storage/ClientStore.h"
#include "storage/ServerDatabase.h"
#include "storage/TokenStore.h"
#include "storage/UserStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

QString tokenHash(const QString& token) {
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString newToken() {
    return QString::fromLatin1(
        PasswordHash::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Error wrongCredentials() {
    return {ErrorCode::PermissionDenied,
            QCoreApplication::translate("AuthService", "The user name or the password is wrong."),
            {}};
}

Error notSignedIn() {
    return {ErrorCode::PermissionDenied,
            QCoreApplication::translate("AuthService", "The sign-in has expired or was revoked; sign in again."),
            {}};
}

} // namespace

AuthService::AuthService(ServerDatabase& db, ClockFn clock, int iterations)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : ClockFn([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_iterations(iterations > 0 ? iterations : PasswordHash::kDefaultIterations) {}

Result<void> AuthService::setPassword(const QString& userName, const QString& password) {
    if (password.size() < 8)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AuthService", "A password needs at least 8 characters."));
    auto found = UserStore(m_db).setPasswordHash(userName, PasswordHash::create(password, m_iterations));
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("AuthService", "There is no user %1.").arg(userName));
    return {};
}

Result<TokenPair> AuthService::signIn(const QString& userName, const QString& password, const QString& clientId,
                                      SignInRefusal* refusal) {
    SignInRefusal ignored;
    SignInRefusal& why = refusal ? *refusal : ignored;
    why = {};
    if (clientId.isEmpty() || clientId.size() > 64)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("AuthService", "The device id is missing."));
    auto user = UserStore(m_db).credentials(userName);
    if (!user)
        return std::unexpected(user.error());
    if (!*user) {
        // Unknown users cost one derivation, like known ones, so that names cannot be probed.
        if (m_unknownUserHash.isEmpty())
            m_unknownUserHash =
                PasswordHash::create(QString::fromLatin1(PasswordHash::randomBytes(16).toHex()), m_iterations);
        (void)PasswordHash::verify(password, m_unknownUserHash);
        return std::unexpected(wrongCredentials());
    }
    const qint64 now = m_clock();
    const qint64 lockedUntil = (*user)->lockedUntil;
    if (lockedUntil > now) {
        why.retryAfterMs = lockedUntil - now;
        const int seconds = int((lockedUntil - now + 999) / 1000);
        return fail(ErrorCode::TooManyAttempts,
                    QCoreApplication::translate("AuthService", "Too many wrong passwords: try again in %n second(s).",
                                                "", seconds));
    }
    if (!PasswordHash::verify(password, (*user)->passwordHash)) {
        if (auto counted = countFailure((*user)->id, now); !counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrongCredentials());
    }
    why.credentialsAccepted = true;
    if ((*user)->disabled)
        return fail(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("AuthService", "The user %1 is disabled.").arg(userName));

    return admit((*user)->id, clientId, now);
}

Result<TokenPair> AuthService::admit(const QString& userId, const QString& clientId, qint64 now) {
    TokenPair pair;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto r = UserStore(m_db).clearFailures(userId); !r)
            return r;
        ClientStore clients(m_db);
        auto client = clients.find(clientId);
        if (!client)
            return std::unexpected(client.error());
        if (*client && ((*client)->userId != userId || (*client)->revoked))
            return fail(ErrorCode::PermissionDenied,
                        QCoreApplication::translate("AuthService", "This device was revoked or belongs to another "
                                                                   "user; it cannot sign in."));
        if (!*client)
            if (auto r = clients.add(clientId, userId, now); !r)
                return r;
        auto issued = issue(userId, clientId, QString::fromLatin1(PasswordHash::randomBytes(16).toHex()));
        if (!issued)
            return std::unexpected(issued.error());
        pair = *issued;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return pair;
}

Result<void> AuthService::countFailure(const QString& userId, qint64 now) {
    // Counted in the database, so that attempts on several connections or servers add up.
    return m_db.transaction([&]() -> Result<void> {
        UserStore users(m_db);
        auto failed = users.countFailure(userId);
        if (!failed)
            return std::unexpected(failed.error());
        // 1 s after the fifth failure, doubling with each further one, at most 15 minutes.
        const int doublings = std::clamp(*failed - kFreeAttempts, 0, 20);
        const qint64 lock = *failed >= kFreeAttempts ? std::min(kMaxLockMs, qint64(1000) << doublings) : 0;
        return users.lockUntil(userId, lock > 0 ? now + lock : 0);
    });
}

Result<TokenPair> AuthService::issue(const QString& userId, const QString& clientId, const QString& family) {
    const qint64 now = m_clock();
    TokenPair pair{newToken(), newToken(), now + kAccessTokenMs, userId};
    TokenStore tokens(m_db);
    if (auto r = tokens.add(
            {tokenHash(pair.accessToken), u"access"_s, userId, clientId, family, pair.accessExpiresAtMs, now});
        !r)
        return std::unexpected(r.error());
    if (auto r = tokens.add(
            {tokenHash(pair.refreshToken), u"refresh"_s, userId, clientId, family, now + kRefreshTokenMs, now});
        !r)
        return std::unexpected(r.error());
    auto number = ClientStore(m_db).deviceNumber(clientId);
    if (!number)
        return std::unexpected(number.error());
    pair.deviceNumber = *number;
    return pair;
}

Result<Caller> AuthService::authenticate(const QString& accessToken) {
    auto holder = TokenStore(m_db).accessHolder(tokenHash(accessToken), m_clock());
    if (!holder)
        return std::unexpected(holder.error());
    if (!*holder)
        return std::unexpected(notSignedIn());
    return Caller{(*holder)->userId, (*holder)->clientId};
}

Result<TokenPair> AuthService::refresh(const QString& refreshToken) {
    TokenPair pair;
    std::optional<QString> replayedFamily;
    TokenStore tokens(m_db);
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto token = tokens.refreshToken(tokenHash(refreshToken));
        if (!token)
            return std::unexpected(token.error());
        if (!*token)
            return std::unexpected(notSignedIn());
        const RefreshState& state = **token;
        if (state.used) {
            replayedFamily = state.family; // someone replays a token that was already exchanged
            return std::unexpected(notSignedIn());
        }
        if (state.expiresAt <= m_clock() || state.refused)
            return std::unexpected(notSignedIn());
        if (auto r = tokens.revoke(tokenHash(refreshToken)); !r)
            return r;
        auto issued = issue(state.holder.userId, state.holder.clientId, state.family);
        if (!issued)
            return std::unexpected(issued.error());
        pair = *issued;
        return {};
    });
    if (replayedFamily) {
        if (auto r = tokens.revokeFamily(*replayedFamily); !r)
            return std::unexpected(r.error());
    }
    if (!ok)
        return std::unexpected(ok.error());
    return pair;
}

Result<void> AuthService::revokeDevice(const QString& clientId) {
    return m_db.transaction([&]() -> Result<void> {
        auto found = ClientStore(m_db).revoke(clientId);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("AuthService", "There is no device %1.").arg(clientId));
        return TokenStore(m_db).revokeClient(clientId);
    });
}

} // namespace Fieldbook::Server
