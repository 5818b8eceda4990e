#include "Outbox.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook {

Outbox::Outbox(Database& db)
    : m_db(db) {}

Result<int> Outbox::pendingCount() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s, {}, u"count outbox"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QList<OutboxEntry>> Outbox::entries(const QString& recordId, int limit) const {
    const QString sql =
        u"SELECT seq, mutation_id, table_name, record_id, op, base_row_version, fields_json, base_json, hlc, state "
        u"FROM outbox "_s +
        (recordId.isEmpty() ? u""_s : u"WHERE record_id = ? "_s) + u"ORDER BY seq LIMIT "_s + QString::number(limit);
    auto q = m_db.connection().run(sql, recordId.isEmpty() ? QVariantList{} : QVariantList{recordId}, u"read outbox"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxEntry> list;
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        list.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                     r.value(4).toString(), r.value(5).toLongLong(),
                     QJsonDocument::fromJson(r.value(6).toString().toUtf8()).object(),
                     QJsonDocument::fromJson(r.value(7).toString().toUtf8()).object(), r.value(8).toString(),
                     r.value(9).toString()});
    }
    (*q)->finish();
    return list;
}

} // namespace Fieldbook
