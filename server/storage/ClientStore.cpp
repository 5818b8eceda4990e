#include "ClientStore.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

ClientStore::ClientStore(ServerDatabase& db)
    : m_db(db) {}

Result<std::optional<ClientRecord>> ClientStore::find(const QString& clientId) {
    auto q = m_db.run(u"SELECT user_id, last_mutation_seq, revoked FROM clients WHERE client_id = ?"_s, {clientId});
    if (!q)
        return std::unexpected(q.error());
    std::optional<ClientRecord> found;
    if ((*q)->next())
        found = ClientRecord{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toInt() != 0};
    (*q)->finish();
    return found;
}

Result<void> ClientStore::add(const QString& clientId, const QString& userId, qint64 createdAt) {
    return m_db.execute(u"INSERT INTO clients (client_id, user_id, created_at) VALUES (?, ?, ?)"_s,
                        {clientId, userId, createdAt});
}

Result<void> ClientStore::advance(const QString& clientId, qint64 seq) {
    return m_db.execute(u"UPDATE clients SET last_mutation_seq = ? WHERE client_id = ?"_s, {seq, clientId});
}

Result<qint64> ClientStore::deviceNumber(const QString& clientId) {
    auto current = m_db.scalar(u"SELECT device_number FROM clients WHERE client_id = ?"_s, {clientId});
    if (!current)
        return std::unexpected(current.error());
    if (current->toLongLong() > 0)
        return current->toLongLong();
    auto next = m_db.increment(u"device"_s);
    if (!next)
        return std::unexpected(next.error());
    if (auto r = m_db.execute(u"UPDATE clients SET device_number = ? WHERE client_id = ?"_s, {*next, clientId}); !r)
        return std::unexpected(r.error());
    return *next;
}

Result<bool> ClientStore::revoke(const QString& clientId) {
    auto q = m_db.run(u"UPDATE clients SET revoked = 1 WHERE client_id = ?"_s, {clientId});
    if (!q)
        return std::unexpected(q.error());
    return (*q)->numRowsAffected() == 1;
}

} // namespace Fieldbook::Server
