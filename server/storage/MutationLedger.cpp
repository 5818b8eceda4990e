#include "MutationLedger.h"

#include "ServerDatabase.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

MutationLedger::MutationLedger(ServerDatabase& db)
    : m_db(db) {}

Result<std::optional<ClientRecord>> MutationLedger::client(const QString& clientId) {
    auto q = m_db.run(u"SELECT user_id, last_mutation_seq, revoked FROM clients WHERE client_id = ?"_s, {clientId});
    if (!q)
        return std::unexpected(q.error());
    std::optional<ClientRecord> found;
    if ((*q)->next())
        found = ClientRecord{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toInt() != 0};
    (*q)->finish();
    return found;
}

Result<void> MutationLedger::addClient(const QString& clientId, const QString& userId, qint64 createdAt) {
    auto q = m_db.run(u"INSERT INTO clients (client_id, user_id, created_at) VALUES (?, ?, ?)"_s,
                      {clientId, userId, createdAt});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<std::optional<LedgerEntry>> MutationLedger::entryAt(const QString& clientId, qint64 seq) {
    return entry(u"client_id = ? AND seq = ?"_s, {clientId, seq});
}

Result<std::optional<LedgerEntry>> MutationLedger::entryOf(const QString& mutationId) {
    return entry(u"mutation_id = ?"_s, {mutationId});
}

Result<std::optional<LedgerEntry>> MutationLedger::entry(const QString& where, const QVariantList& values) {
    auto q = m_db.run(u"SELECT client_id, seq, mutation_id, result FROM mutation_ledger WHERE "_s + where, values);
    if (!q)
        return std::unexpected(q.error());
    std::optional<LedgerEntry> found;
    if ((*q)->next())
        found = LedgerEntry{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toString(),
                            (*q)->value(3).toString().toUtf8()};
    (*q)->finish();
    return found;
}

Result<void> MutationLedger::record(const LedgerEntry& entry, const QString& status, qint64 sv) {
    if (auto q = m_db.run(u"INSERT INTO mutation_ledger (client_id, seq, mutation_id, status, result, sv) "
                          u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {entry.clientId, entry.seq, entry.mutationId, status, QString::fromUtf8(entry.result), sv});
        !q)
        return std::unexpected(q.error());
    return advance(entry.clientId, entry.seq);
}

Result<void> MutationLedger::advance(const QString& clientId, qint64 seq) {
    auto q = m_db.run(u"UPDATE clients SET last_mutation_seq = ? WHERE client_id = ?"_s, {seq, clientId});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace Fieldbook::Server
