#include "ListQuery.h"

#include "Database.h"
#include "FieldCodec.h"
#include "RecordKeys.h"
#include "SqlConnection.h"
#include "search/SearchText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kContactSelect =
    u"SELECT c.id, c.rid, %1, c.first_name, c.last_name, coalesce(a.name, ''), c.title, c.emails, c.phones, "
    u"coalesce(u.name, ''), c.updated_at, c.do_not_call, c.account_id, c.tags FROM contacts c "
    u"LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted = 0"_s;
const QString kAccountSelect =
    u"SELECT c.id, c.rid, %1, c.name, c.industry, c.city, c.country, c.phones, coalesce(u.name, ''), c.updated_at, "
    u"(SELECT count(*) FROM contacts k WHERE k.account_id = c.id AND k.deleted = 0), c.website, c.tags "
    u"FROM accounts c LEFT JOIN users u ON u.id = c.owner_id WHERE c.deleted = 0"_s;

} // namespace

ListQuery::ListQuery(Database& db, QString table)
    : m_db(&db)
    , m_table(std::move(table)) {}

ListQuery ListQuery::contacts(Database& db) {
    return ListQuery(db, u"contacts"_s);
}

ListQuery ListQuery::accounts(Database& db) {
    return ListQuery(db, u"accounts"_s);
}

QString ListQuery::sortExpression(ListSort sort) const {
    switch (sort) {
    case ListSort::Updated:
        return u"c.updated_at"_s;
    case ListSort::Account:
        return m_table == u"contacts"_s ? u"c.account_sort_key"_s : u"c.sort_key"_s;
    case ListSort::Name:
        break;
    }
    return u"c.sort_key"_s;
}

void ListQuery::addFilters(const ListFilter& filter, QString& where, QVariantList& values) const {
    if (!filter.ownerId.isEmpty()) {
        where += u" AND c.owner_id = ?"_s;
        values.append(filter.ownerId);
    }
    if (!filter.accountId.isEmpty() && m_table == u"contacts"_s) {
        where += u" AND c.account_id = ?"_s;
        values.append(filter.accountId);
    }
    if (!filter.tag.isEmpty()) {
        where += u" AND c.id IN (SELECT record_id FROM record_keys WHERE kind = 'tag' AND value = ? AND "
                 u"record_table = ?)"_s;
        values.append(RecordKeys::tagKey(filter.tag));
        values.append(m_table);
    }
    if (const QString match = SearchText::matchExpression(filter.text); !match.isEmpty()) {
        where += u" AND c.rid IN (SELECT rowid FROM "_s + m_table + u"_fts WHERE "_s + m_table + u"_fts MATCH ?)"_s;
        values.append(match);
    }
}

Result<QList<ListRow>> ListQuery::page(const ListFilter& filter, ListSort sort, Qt::SortOrder order,
                                       const ListRow* after, int limit) const {
    const QString sortExpr = sortExpression(sort);
    QString sql = (m_table == u"contacts"_s ? kContactSelect : kAccountSelect).arg(sortExpr);
    QVariantList values;
    addFilters(filter, sql, values);
    const bool ascending = order == Qt::AscendingOrder;
    if (after) {
        sql += u" AND (%1, c.rid) %2 (?, ?)"_s.arg(sortExpr, ascending ? u">"_s : u"<"_s);
        values.append(after->sortValue);
        values.append(after->rid);
    }
    sql += u" ORDER BY %1 %2, c.rid %2 LIMIT ?"_s.arg(sortExpr, ascending ? u"ASC"_s : u"DESC"_s);
    values.append(limit);
    auto q = m_db->connection().run(sql, values, u"list "_s + m_table);
    if (!q)
        return std::unexpected(q.error());
    QList<ListRow> rows;
    const int columns = (*q)->record().count();
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        ListRow row{r.value(0).toString(), r.value(1).toLongLong(), r.value(2), {}};
        row.values.reserve(columns - 3);
        for (int i = 3; i < columns; ++i)
            row.values.append(r.value(i));
        rows.append(std::move(row));
    }
    (*q)->finish();
    return rows;
}

Result<std::optional<ListRow>> ListQuery::row(const QString& id, const ListFilter& filter, ListSort sort) const {
    QString sql = (m_table == u"contacts"_s ? kContactSelect : kAccountSelect).arg(sortExpression(sort));
    QVariantList values;
    addFilters(filter, sql, values);
    sql += u" AND c.id = ?"_s;
    values.append(id);
    auto q = m_db->connection().run(sql, values, u"load list row"_s);
    if (!q)
        return std::unexpected(q.error());
    std::optional<ListRow> result;
    if ((*q)->next()) {
        const QSqlQuery& r = **q;
        ListRow row{r.value(0).toString(), r.value(1).toLongLong(), r.value(2), {}};
        for (int i = 3; i < r.record().count(); ++i)
            row.values.append(r.value(i));
        result = std::move(row);
    }
    (*q)->finish();
    return result;
}

Result<int> ListQuery::count(const ListFilter& filter) const {
    QString sql = u"SELECT count(*) FROM "_s + m_table + u" c WHERE c.deleted = 0"_s;
    QVariantList values;
    addFilters(filter, sql, values);
    auto n = m_db->connection().scalar(sql, values, u"count "_s + m_table);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QStringList> ListQuery::tags() const {
    // An index skip-scan: one seek per distinct tag instead of reading every tagged record. Match
    // keys are case-folded, so each tag is shown as the first record that carries it spells it.
    auto q = m_db->connection().run(
        u"WITH RECURSIVE t(v) AS (SELECT min(value) FROM record_keys WHERE kind = 'tag' AND record_table = ? "
        u"UNION ALL SELECT (SELECT min(value) FROM record_keys WHERE kind = 'tag' AND value > t.v AND "
        u"record_table = ?) FROM t WHERE t.v IS NOT NULL LIMIT 501) "
        u"SELECT v, (SELECT r.tags FROM record_keys k JOIN "_s +
            m_table +
            u" r ON r.id = k.record_id WHERE k.kind = 'tag' AND k.value = t.v AND k.record_table = ? LIMIT 1) "
            u"FROM t WHERE v IS NOT NULL"_s,
        {m_table, m_table, m_table}, u"list tags"_s);
    if (!q)
        return std::unexpected(q.error());
    QStringList tags;
    while ((*q)->next()) {
        const QString key = (*q)->value(0).toString();
        const QStringList spelled = FieldCodec::decodeTags((*q)->value(1).toString());
        const auto it = std::find_if(spelled.cbegin(), spelled.cend(),
                                     [&](const QString& tag) { return RecordKeys::tagKey(tag) == key; });
        tags.append(it != spelled.cend() ? *it : key);
    }
    (*q)->finish();
    return tags;
}

} // namespace Fieldbook
