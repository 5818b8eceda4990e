#include "MutationLedger.h"

#include "ClientStore.h"
#include "ServerDatabase.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

MutationLedger::MutationLedger(ServerDatabase& db)
    : m_db(db) {}

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
    if (auto ok =
            m_db.execute(u"INSERT INTO mutation_ledger (client_id, seq, mutation_id, status, result, sv) "
                         u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {entry.clientId, entry.seq, entry.mutationId, status, QString::fromUtf8(entry.result), sv});
        !ok)
        return ok;
    return ClientStore(m_db).advance(entry.clientId, entry.seq);
}

} // namespace Fieldbook::Server
