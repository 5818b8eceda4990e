#include "RecordKeys.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "common/Validation.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString RecordKeys::emailKey(const QString& email) {
    return email.trimmed().toLower();
}

QString RecordKeys::phoneKey(const QString& phone) {
    const QString digits = phoneDigits(phone);
    return digits.size() > 9 ? digits.right(9) : digits;
}

QString RecordKeys::tagKey(const QString& tag) {
    return tag.trimmed().toCaseFolded();
}

Result<void> RecordKeys::replace(Database& db, const QString& table, const QString& id, const Keys& keys, bool isNew) {
    SqlConnection& c = db.connection();
    if (!isNew) {
        if (auto r = clear(db, id); !r)
            return r;
    }
    for (const auto& [kind, value] : keys) {
        if (value.isEmpty())
            continue;
        auto q = c.write(u"INSERT INTO record_keys (record_table, record_id, kind, value) VALUES (?, ?, ?, ?)"_s,
                         {table, id, kind, value}, u"index record keys"_s);
        if (!q)
            return std::unexpected(q.error());
    }
    return {};
}

Result<void> RecordKeys::clear(Database& db, const QString& id) {
    auto q = db.connection().write(u"DELETE FROM record_keys WHERE record_id = ?"_s, {id}, u"clear record keys"_s);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<QStringList> RecordKeys::matching(Database& db, const QString& table, const Keys& keys,
                                         const QString& exceptId) {
    QStringList ids;
    for (const auto& [kind, value] : keys) {
        if (value.isEmpty() || kind == u"tag"_s)
            continue;
        auto q = db.connection().run(
            u"SELECT record_id FROM record_keys WHERE kind = ? AND value = ? AND record_table = ? LIMIT 20"_s,
            {kind, value, table}, u"find matching records"_s);
        if (!q)
            return std::unexpected(q.error());
        while ((*q)->next()) {
            const QString id = (*q)->value(0).toString();
            if (id != exceptId && !ids.contains(id))
                ids.append(id);
        }
        (*q)->finish();
    }
    return ids;
}

} // namespace Fieldbook
