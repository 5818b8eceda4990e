#include "RecordStore.h"

#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {
QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

RecordStore::RecordStore(ServerDatabase& db)
    : m_db(db) {}

Result<std::optional<StoredRecord>> RecordStore::load(const QString& table, const QString& id) {
    auto q = m_db.run(u"SELECT owner_id, row_version, deleted, fields, meta FROM records WHERE tbl = ? AND id = ?"_s,
                      {table, id});
    if (!q)
        return std::unexpected(q.error());
    std::optional<StoredRecord> stored;
    if ((*q)->next())
        stored = StoredRecord{(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toInt() != 0,
                              parseObject((*q)->value(3).toString()), parseObject((*q)->value(4).toString())};
    (*q)->finish();
    return stored;
}

Result<bool> RecordStore::exists(const QString& table, const QString& id) {
    auto found = m_db.scalar(u"SELECT count(*) FROM records WHERE tbl = ? AND id = ?"_s, {table, id});
    if (!found)
        return std::unexpected(found.error());
    return found->toInt() > 0;
}

} // namespace Fieldbook::Server
