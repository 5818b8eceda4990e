#include "CallListProgress.h"

#include "domain/CallList.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The stored outcomes that count as a connect, as SQL placeholders' values.
QVariantList connectOutcomes() {
    QVariantList keys;
    for (CallOutcome o : callOutcomeList())
        if (callConnects(o))
            keys.append(callOutcomeKey(o));
    return keys;
}

} // namespace

CallListProgressQuery::CallListProgressQuery(Database& db)
    : m_db(db) {}

Result<QList<CallListProgress>> CallListProgressQuery::read(const QString& listId, qint64 now) const {
    QMap<std::pair<QString, QString>, CallListProgress> rows;
    const QString oneList = listId.isEmpty() ? QString() : u" AND list_id = ?"_s;
    const QVariantList listValue = listId.isEmpty() ? QVariantList() : QVariantList{listId};
    auto entries = m_db.connection().eachRow(
        u"SELECT list_id, COALESCE(owner_id, ''), SUM(status = 'open'), SUM(status = 'done'), "
        u"SUM(status = 'open' AND callback_at > 0 AND callback_at <= ?) FROM call_list_entries "
        u"WHERE deleted = 0"_s +
            oneList + u" GROUP BY 1, 2"_s,
        QVariantList{now} + listValue, u"read call list progress"_s, [&](const SqlRow& row) {
            CallListProgress& p = rows[{row.text(0), row.text(1)}];
            p.listId = row.text(0);
            p.ownerId = row.text(1);
            p.toCall = int(row.integer(2));
            p.done = int(row.integer(3));
            p.callbacksDue = int(row.integer(4));
        });
    if (!entries)
        return std::unexpected(entries.error());
    const QVariantList connects = connectOutcomes();
    const QString calledList = listId.isEmpty() ? u" AND call_list_id IS NOT NULL"_s : u" AND call_list_id = ?"_s;
    auto calls = m_db.connection().eachRow(
        u"SELECT call_list_id, COALESCE(owner_id, ''), COUNT(*), SUM(outcome IN ("_s +
            QStringList(connects.size(), u"?"_s).join(u',') +
            u")) FROM activities WHERE deleted = 0 AND kind = 'call'"_s + calledList + u" GROUP BY 1, 2"_s,
        connects + listValue, u"read call list progress"_s, [&](const SqlRow& row) {
            CallListProgress& p = rows[{row.text(0), row.text(1)}];
            p.listId = row.text(0);
            p.ownerId = row.text(1);
            p.calls = int(row.integer(2));
            p.connects = int(row.integer(3));
        });
    if (!calls)
        return std::unexpected(calls.error());
    return rows.values();
}

} // namespace Fieldbook
