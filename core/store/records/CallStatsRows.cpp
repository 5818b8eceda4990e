#include "CallStatsRows.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CallStatsRows::CallStatsRows(Database& db)
    : m_db(db) {}

Result<QList<CallRow>> CallStatsRows::calls(qint64 fromMs, qint64 toMs) const {
    QList<CallRow> rows;
    QSet<QString> opportunities; // each opportunity counts once, at the first call that names it
    auto ok = m_db.connection().eachRow(
        u"SELECT a.owner_id, COALESCE(a.call_list_id, ''), a.starts_at, a.talk_seconds, a.outcome, "
        u"a.outcome = 'call back later' AND EXISTS (SELECT 1 FROM activities b WHERE b.kind = 'call' "
        u"AND b.deleted = 0 AND b.call_list_id = a.call_list_id AND b.starts_at > a.starts_at "
        u"AND (b.contact_id = a.contact_id OR b.lead_id = a.lead_id)), "
        u"COALESCE(o.id, ''), COALESCE(o.amount, 0), COALESCE(o.currency, '') "
        u"FROM activities a INDEXED BY activities_calls "
        u"LEFT JOIN opportunities o ON o.id = a.opportunity_id AND o.deleted = 0 AND o.created_at >= ? "
        u"AND o.created_at < ? WHERE a.kind = 'call' AND a.deleted = 0 AND a.starts_at >= ? AND a.starts_at < ? "
        u"ORDER BY a.starts_at, a.id"_s,
        {fromMs, toMs, fromMs, toMs}, u"read the calls"_s, [&](const SqlRow& row) {
            CallRow r{.ownerId = row.text(0),
                      .listId = row.text(1),
                      .startsAt = row.integer(2),
                      .talkSeconds = int(row.integer(3)),
                      .outcome = row.text(4),
                      .callbackKept = row.integer(5) != 0,
                      .opportunityId = row.text(6),
                      .opportunityAmount = row.integer(7),
                      .opportunityCurrency = row.text(8)};
            if (!r.opportunityId.isEmpty() && opportunities.contains(r.opportunityId))
                r.opportunityId.clear();
            else if (!r.opportunityId.isEmpty())
                opportunities.insert(r.opportunityId);
            rows.append(r);
        });
    if (!ok)
        return std::unexpected(ok.error());
    return rows;
}

Result<QList<CallListCoverage>> CallStatsRows::coverage() const {
    QList<CallListCoverage> out;
    auto ok = m_db.connection().eachRow(
        u"SELECT e.list_id, COUNT(*), SUM(e.attempts > 0) FROM call_list_entries e "
        u"JOIN call_lists l ON l.id = e.list_id AND l.deleted = 0 "
        u"WHERE e.deleted = 0 AND e.status <> 'removed' GROUP BY e.list_id"_s,
        {}, u"read the call lists' coverage"_s, [&](const SqlRow& row) {
            out.append({.listId = row.text(0), .entries = int(row.integer(1)), .called = int(row.integer(2))});
        });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

} // namespace Fieldbook
