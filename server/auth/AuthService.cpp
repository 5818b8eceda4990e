#include "AuthService.h"

#include "PasswordHash.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

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
    auto q = m_db.run(u"UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE name = ?"_s,
                      {PasswordHash::create(password, m_iterations), userName});
    if (!q)
        return std::unexpected(q.error());
    if ((*q)->numRowsAffected() != 1)
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
    QString userId;
    QString stored;
    qint64 lockedUntil = 0;
    bool disabled = false;
    {
        auto q = m_db.run(u"SELECT id, password_hash, locked_until, disabled FROM users WHERE name = ?"_s, {userName});
        if (!q)
            return std::unexpected(q.error());
        if (!(*q)->next()) {
            (*q)->finish();
            // Unknown users cost one derivation, like known ones, so that names cannot be probed.
            if (m_unknownUserHash.isEmpty())
                m_unknownUserHash =
                    PasswordHash::create(QString::fromLatin1(PasswordHash::randomBytes(16).toHex()), m_iterations);
            (void)PasswordHash::verify(password, m_unknownUserHash);
            return std::unexpected(wrongCredentials());
        }
        userId = (*q)->value(0).toString();
        stored = (*q)->value(1).toString();
        lockedUntil = (*q)->value(2).toLongLong();
        disabled = (*q)->value(3).toInt() != 0;
        (*q)->finish();
    }
    const qint64 now = m_clock();
    if (lockedUntil > now) {
        why.retryAfterMs = lockedUntil - now;
        const int seconds = int((lockedUntil - now + 999) / 1000);
        return fail(ErrorCode::TooManyAttempts,
                    QCoreApplication::translate("AuthService", "Too many wrong passwords: try again in %n second(s).",
                                                "", seconds));
    }
    if (!PasswordHash::verify(password, stored)) {
        if (auto counted = countFailure(userId, now); !counted)
            return std::unexpected(counted.error());
        return std::unexpected(wrongCredentials());
    }
    why.credentialsAccepted = true;
    if (disabled)
        return fail(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("AuthService", "The user %1 is disabled.").arg(userName));

    return admit(userId, clientId, now);
}

Result<TokenPair> AuthService::admit(const QString& userId, const QString& clientId, qint64 now) {
    TokenPair pair;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto r = m_db.run(u"UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"_s, {userId}); !r)
            return std::unexpected(r.error());
        auto client = m_db.run(u"SELECT user_id, revoked FROM clients WHERE client_id = ?"_s, {clientId});
        if (!client)
            return std::unexpected(client.error());
        if ((*client)->next()) {
            const bool usable = (*client)->value(0).toString() == userId && (*client)->value(1).toInt() == 0;
            (*client)->finish();
            if (!usable)
                return fail(ErrorCode::PermissionDenied,
                            QCoreApplication::translate("AuthService", "This device was revoked or belongs to another "
                                                                       "user; it cannot sign in."));
        } else {
            (*client)->finish();
            if (auto r = m_db.run(u"INSERT INTO clients (client_id, user_id, created_at) VALUES (?, ?, ?)"_s,
                                  {clientId, userId, now});
                !r)
                return std::unexpected(r.error());
        }
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
        if (auto r = m_db.run(u"UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?"_s, {userId}); !r)
            return std::unexpected(r.error());
        auto n = m_db.scalar(u"SELECT failed_logins FROM users WHERE id = ?"_s, {userId});
        if (!n)
            return std::unexpected(n.error());
        const int failed = n->toInt();
        // 1 s after the fifth failure, doubling with each further one, at most 15 minutes.
        const int doublings = std::clamp(failed - kFreeAttempts, 0, 20);
        const qint64 lock = failed >= kFreeAttempts ? std::min(kMaxLockMs, qint64(1000) << doublings) : 0;
        if (auto r = m_db.run(u"UPDATE users SET locked_until = ? WHERE id = ?"_s, {lock > 0 ? now + lock : 0, userId});
            !r)
            return std::unexpected(r.error());
        return {};
    });
}

Result<TokenPair> AuthService::issue(const QString& userId, const QString& clientId, const QString& family) {
    const qint64 now = m_clock();
    TokenPair pair{newToken(), newToken(), now + kAccessTokenMs, userId};
    auto store = [&](const QString& token, const QString& kind, qint64 expiresAt) -> Result<void> {
        auto r = m_db.run(u"INSERT INTO tokens (hash, kind, user_id, client_id, family, expires_at, created_at) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {tokenHash(token), kind, userId, clientId, family, expiresAt, now});
        if (!r)
            return std::unexpected(r.error());
        return {};
    };
    if (auto r = store(pair.accessToken, u"access"_s, pair.accessExpiresAtMs); !r)
        return std::unexpected(r.error());
    if (auto r = store(pair.refreshToken, u"refresh"_s, now + kRefreshTokenMs); !r)
        return std::unexpected(r.error());
    auto number = deviceNumber(clientId);
    if (!number)
        return std::unexpected(number.error());
    pair.deviceNumber = *number;
    return pair;
}

Result<qint64> AuthService::deviceNumber(const QString& clientId) {
    auto current = m_db.scalar(u"SELECT device_number FROM clients WHERE client_id = ?"_s, {clientId});
    if (!current)
        return std::unexpected(current.error());
    if (current->toLongLong() > 0)
        return current->toLongLong();
    // The counters row is locked until commit (PostgreSQL), so concurrent sign-ins on several
    // servers take different numbers.
    if (auto r = m_db.run(u"UPDATE counters SET value = value + 1 WHERE name = 'device'"_s, {}); !r)
        return std::unexpected(r.error());
    auto next = m_db.scalar(u"SELECT value FROM counters WHERE name = 'device'"_s, {});
    if (!next)
        return std::unexpected(next.error());
    if (auto r = m_db.run(u"UPDATE clients SET device_number = ? WHERE client_id = ?"_s, {*next, clientId}); !r)
        return std::unexpected(r.error());
    return next->toLongLong();
}

Result<Caller> AuthService::authenticate(const QString& accessToken) {
    auto q = m_db.run(u"SELECT t.user_id, t.client_id FROM tokens t JOIN users u ON u.id = t.user_id "
                      u"JOIN clients c ON c.client_id = t.client_id "
                      u"WHERE t.hash = ? AND t.kind = 'access' AND t.revoked = 0 AND t.expires_at > ? "
                      u"AND u.disabled = 0 AND c.revoked = 0"_s,
                      {tokenHash(accessToken), m_clock()});
    if (!q)
        return std::unexpected(q.error());
    if (!(*q)->next()) {
        (*q)->finish();
        return std::unexpected(notSignedIn());
    }
    Caller caller{(*q)->value(0).toString(), (*q)->value(1).toString()};
    (*q)->finish();
    return caller;
}

Result<TokenPair> AuthService::refresh(const QString& refreshToken) {
    TokenPair pair;
    std::optional<QString> replayedFamily;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto q = m_db.run(u"SELECT t.user_id, t.client_id, t.family, t.revoked, t.expires_at, u.disabled, c.revoked "
                          u"FROM tokens t JOIN users u ON u.id = t.user_id JOIN clients c ON c.client_id = t.client_id "
                          u"WHERE t.hash = ? AND t.kind = 'refresh'"_s,
                          {tokenHash(refreshToken)});
        if (!q)
            return std::unexpected(q.error());
        if (!(*q)->next()) {
            (*q)->finish();
            return std::unexpected(notSignedIn());
        }
        const QString userId = (*q)->value(0).toString();
        const QString clientId = (*q)->value(1).toString();
        const QString family = (*q)->value(2).toString();
        const bool used = (*q)->value(3).toInt() != 0;
        const bool expired = (*q)->value(4).toLongLong() <= m_clock();
        const bool refused = (*q)->value(5).toInt() != 0 || (*q)->value(6).toInt() != 0;
        (*q)->finish();
        if (used) {
            replayedFamily = family; // someone replays a token that was already exchanged
            return std::unexpected(notSignedIn());
        }
        if (expired || refused)
            return std::unexpected(notSignedIn());
        if (auto r = m_db.run(u"UPDATE tokens SET revoked = 1 WHERE hash = ?"_s, {tokenHash(refreshToken)}); !r)
            return std::unexpected(r.error());
        auto issued = issue(userId, clientId, family);
        if (!issued)
            return std::unexpected(issued.error());
        pair = *issued;
        return {};
    });
    if (replayedFamily) {
        if (auto r = revokeFamily(*replayedFamily); !r)
            return std::unexpected(r.error());
    }
    if (!ok)
        return std::unexpected(ok.error());
    return pair;
}

Result<void> AuthService::revokeFamily(const QString& family) {
    auto r = m_db.run(u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s, {family});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> AuthService::revokeDevice(const QString& clientId) {
    return m_db.transaction([&]() -> Result<void> {
        auto c = m_db.run(u"UPDATE clients SET revoked = 1 WHERE client_id = ?"_s, {clientId});
        if (!c)
            return std::unexpected(c.error());
        if ((*c)->numRowsAffected() != 1)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("AuthService", "There is no device %1.").arg(clientId));
        auto t = m_db.run(u"UPDATE tokens SET revoked = 1 WHERE client_id = ?"_s, {clientId});
        if (!t)
            return std::unexpected(t.error());
        return {};
    });
}

} // namespace Fieldbook::Server
