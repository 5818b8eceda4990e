#include "TokenStore.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

TokenStore::TokenStore(ServerDatabase& db)
    : m_db(db) {}

Result<void> TokenStore::add(const StoredToken& token) {
    return m_db.execute(
        u"INSERT INTO tokens (hash, kind, user_id, client_id, family, expires_at, created_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {token.hash, token.kind, token.userId, token.clientId, token.family, token.expiresAt, token.createdAt});
}

Result<std::optional<TokenHolder>> TokenStore::accessHolder(const QString& hash, qint64 nowMs) {
    auto q = m_db.run(u"SELECT t.user_id, t.client_id FROM tokens t JOIN users u ON u.id = t.user_id "
                      u"JOIN clients c ON c.client_id = t.client_id "
                      u"WHERE t.hash = ? AND t.kind = 'access' AND t.revoked = 0 AND t.expires_at > ? "
                      u"AND u.disabled = 0 AND c.revoked = 0"_s,
                      {hash, nowMs});
    if (!q)
        return std::unexpected(q.error());
    std::optional<TokenHolder> holder;
    if ((*q)->next())
        holder = TokenHolder{(*q)->value(0).toString(), (*q)->value(1).toString()};
    (*q)->finish();
    return holder;
}

Result<std::optional<RefreshState>> TokenStore::refreshToken(const QString& hash) {
    auto q = m_db.run(u"SELECT t.user_id, t.client_id, t.family, t.revoked, t.expires_at, u.disabled, c.revoked "
                      u"FROM tokens t JOIN users u ON u.id = t.user_id JOIN clients c ON c.client_id = t.client_id "
                      u"WHERE t.hash = ? AND t.kind = 'refresh'"_s,
                      {hash});
    if (!q)
        return std::unexpected(q.error());
    std::optional<RefreshState> found;
    if ((*q)->next())
        found = RefreshState{{(*q)->value(0).toString(), (*q)->value(1).toString()},
                             (*q)->value(2).toString(),
                             (*q)->value(3).toInt() != 0,
                             (*q)->value(4).toLongLong(),
                             (*q)->value(5).toInt() != 0 || (*q)->value(6).toInt() != 0};
    (*q)->finish();
    return found;
}

Result<void> TokenStore::revoke(const QString& hash) {
    return m_db.execute(u"UPDATE tokens SET revoked = 1 WHERE hash = ?"_s, {hash});
}

Result<void> TokenStore::revokeFamily(const QString& family) {
    return m_db.execute(u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s, {family});
}

Result<void> TokenStore::revokeClient(const QString& clientId) {
    return m_db.execute(u"UPDATE tokens SET revoked = 1 WHERE client_id = ?"_s, {clientId});
}

} // namespace Fieldbook::Server
