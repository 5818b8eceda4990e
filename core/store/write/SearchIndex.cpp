#include "SearchIndex.h"

#include "common/SearchText.h"
#include "store/db/Database.h"
#include "store/db/SqlConnection.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

Result<void> SearchIndex::put(Database& db, const QString& table, qint64 rid, const QString& name, const QString& body,
                              bool isNew) {
    if (!isNew) {
        if (auto r = remove(db, table, rid); !r)
            return r;
    }
    auto q =
        db.connection().write(u"INSERT INTO "_s + table + u"_fts (rowid, name, body) VALUES (?, ?, ?)"_s,
                              {rid, SearchText::forIndex(name), SearchText::forIndex(body)}, u"index for search"_s);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> SearchIndex::remove(Database& db, const QString& table, qint64 rid) {
    auto q =
        db.connection().write(u"DELETE FROM "_s + table + u"_fts WHERE rowid = ?"_s, {rid}, u"remove from search"_s);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace Fieldbook
