#include "AuthService.h"

#include "PasswordHash.h"
#include "storage/ClientStore.h"
#include "storage/ServerDatabase.h"
#include "storage/SignInThrottle.h"
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
                                      SignInRefusal* refusal, const QString& address) {
    auto attempt = startSignIn(userName, clientId, address, refusal);
    if (!attempt)
        return std::unexpected(attempt.error());
    return finishSignIn(*attempt, PasswordHash::verify(password, attempt->passwordHash), refusal);
}

Result<SignInAttempt> AuthService::startSignIn(const QString& userName, const QString& clientId, const QString& address,
                                               SignInRefusal* refusal) {
    if (refusal)
        *refusal = {};
    if (clientId.isEmpty() || clientId.size() > 64)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("AuthService", "The device id is missing."));
    auto wait = SignInThrottle(m_db).waitMs(address, userName, m_clock());
    if (!wait)
        return std::unexpected(wait.error());
    if (*wait > 0) {
        if (refusal)
            refusal->retryAfterMs = *wait;
        const int seconds = int((*wait + 999) / 1000); // not inside tr(): lupdate hangs on "(*wait"
        return fail(ErrorCode::TooManyAttempts,
                    QCoreApplication::translate("AuthService", "Too many wrong passwords: try again in %n second(s).",
                                                "", seconds));
    }
    auto user = UserStore(m_db).credentials(userName);
    if (!user)
        return std::unexpected(user.error());
    // Unknown and disabled users cost one derivation and count like a wrong password, so that
    // the answer tells neither which names exist nor whether a disabled user's password is right.
    SignInAttempt attempt{userName, clientId, address, PasswordHash::unmatchable(m_iterations), {}};
    if (*user) {
        attempt.passwordHash = (*user)->passwordHash;
        attempt.userId = (*user)->disabled ? QString() : (*user)->id;
    }
    return attempt;
}

Result<TokenPair> AuthService::finishSignIn(const SignInAttempt& attempt, bool passwordRight, SignInRefusal* refusal) {
    if (refusal)
        *refusal = {};
    const qint64 now = m_clock();
    SignInThrottle throttle(m_db);
    if (!passwordRight || attempt.userId.isEmpty()) {
        if (auto counted = throttle.countFailure(attempt.address, attempt.userName, now); !counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrongCredentials());
    }
    if (auto cleared = throttle.clear(attempt.address, attempt.userName); !cleared)
        return std::unexpected(cleared.error());
    if (refusal)
        refusal->credentialsAccepted = true;
    return admit(attempt.userId, attempt.clientId, now);
}

Result<TokenPair> AuthService::admit(const QString& userId, const QString& clientId, qint64 now) {
    TokenPair pair;
    auto ok = m_db.transaction([&]() -> Result<void> {
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
