#include "LeadQuery.h"

#include "Database.h"
#include "SqlConnection.h"
#include "search/SearchText.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kSelect = u"SELECT l.id, l.rid, %1, l.first_name, l.last_name, l.company, l.title, l.email, l.phone, "
                        u"l.source, l.status, l.rating, l.owner_id, coalesce(u.name, ''), l.created_at FROM leads l "
                        u"LEFT JOIN users u ON u.id = l.owner_id WHERE l.deleted = 0"_s;

LeadSummary fromRow(const QSqlQuery& q) {
    LeadSummary s;
    s.id = q.value(0).toString();
    s.rid = q.value(1).toLongLong();
    s.sortValue = q.value(2);
    Lead name;
    name.firstName = q.value(3).toString();
    name.lastName = q.value(4).toString();
    s.name = name.displayName();
    s.company = q.value(5).toString();
    s.title = q.value(6).toString();
    s.email = q.value(7).toString();
    s.phone = q.value(8).toString();
    s.source = q.value(9).toString();
    if (!parseLeadStatus(q.value(10).toString(), &s.status))
        s.status = LeadStatus::New;
    if (!parseLeadRating(q.value(11).toString(), &s.rating))
        s.rating = LeadRating::None;
    s.ownerId = q.value(12).toString();
    s.ownerName = q.value(13).toString();
    s.createdAt = q.value(14).toLongLong();
    return s;
}

/// SQL: the position of `column`'s key in `keys` (constant keys, never user input).
QString positionOf(const QString& column, const QStringList& keys) {
    QString sql = u"CASE "_s + column;
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += u" WHEN '%1' THEN %2"_s.arg(keys.at(i)).arg(i);
    return sql + u" ELSE %1 END"_s.arg(keys.size());
}

} // namespace

LeadQuery::LeadQuery(Database& db)
    : m_db(&db) {}

QString LeadQuery::sortExpression(LeadSort sort) {
    switch (sort) {
    case LeadSort::Company:
        return u"lower(l.company)"_s;
    case LeadSort::Status: {
        QStringList keys;
        for (LeadStatus s : leadStatuses())
            keys.append(leadStatusKey(s));
        return positionOf(u"l.status"_s, keys);
    }
    case LeadSort::Rating: // hot first, unrated last
        return positionOf(u"l.rating"_s, {leadRatingKey(LeadRating::Hot), leadRatingKey(LeadRating::Warm),
                                          leadRatingKey(LeadRating::Cold)});
    case LeadSort::Source:
        return u"lower(l.source)"_s;
    case LeadSort::Owner:
        return u"lower(coalesce(u.name, ''))"_s;
    case LeadSort::Created:
        return u"l.created_at"_s;
    case LeadSort::Name:
        break;
    }
    return u"l.sort_key"_s;
}

void LeadQuery::addFilters(const LeadFilter& filter, QString& where, QVariantList& values) {
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (LeadStatus s : filter.statuses) {
            marks.append(u"?"_s);
            values.append(leadStatusKey(s));
        }
        where += u" AND l.status IN ("_s + marks.join(u", "_s) + u')';
    }
    if (filter.rating) {
        where += u" AND l.rating = ?"_s;
        values.append(leadRatingKey(*filter.rating));
    }
    if (!filter.source.isEmpty()) {
        where += u" AND l.source = ? COLLATE NOCASE"_s;
        values.append(filter.source);
    }
    if (!filter.ownerId.isEmpty()) {
        where += u" AND l.owner_id = ?"_s;
        values.append(filter.ownerId);
    }
    if (const QString match = SearchText::matchExpression(filter.text); !match.isEmpty()) {
        where += u" AND l.rid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"_s;
        values.append(match);
    }
}

Result<QList<LeadSummary>> LeadQuery::page(const LeadFilter& filter, LeadSort sort, Qt::SortOrder order,
                                           const LeadSummary* after, int limit) const {
    const QString sortExpr = sortExpression(sort);
    QString sql = kSelect.arg(sortExpr);
    QVariantList values;
    addFilters(filter, sql, values);
    const bool ascending = order == Qt::AscendingOrder;
    if (after) {
        sql += u" AND (%1, l.rid) %2 (?, ?)"_s.arg(sortExpr, ascending ? u">"_s : u"<"_s);
        values.append(after->sortValue);
        values.append(after->rid);
    }
    sql += u" ORDER BY %1 %2, l.rid %2 LIMIT ?"_s.arg(sortExpr, ascending ? u"ASC"_s : u"DESC"_s);
    values.append(limit);
    auto q = m_db->connection().run(sql, values, u"list leads"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<LeadSummary> rows;
    while ((*q)->next())
        rows.append(fromRow(**q));
    (*q)->finish();
    return rows;
}

Result<std::optional<LeadSummary>> LeadQuery::row(const QString& id, const LeadFilter& filter, LeadSort sort) const {
    QString sql = kSelect.arg(sortExpression(sort));
    QVariantList values;
    addFilters(filter, sql, values);
    sql += u" AND l.id = ?"_s;
    values.append(id);
    auto q = m_db->connection().run(sql, values, u"load lead row"_s);
    if (!q)
        return std::unexpected(q.error());
    std::optional<LeadSummary> result;
    if ((*q)->next())
        result = fromRow(**q);
    (*q)->finish();
    return result;
}

Result<int> LeadQuery::count(const LeadFilter& filter) const {
    QString sql = u"SELECT count(*) FROM leads l WHERE l.deleted = 0"_s;
    QVariantList values;
    addFilters(filter, sql, values);
    auto n = m_db->connection().scalar(sql, values, u"count leads"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QStringList> LeadQuery::sources() const {
    auto q = m_db->connection().run(u"SELECT min(source) FROM leads WHERE deleted = 0 AND source <> '' "
                                    u"GROUP BY source COLLATE NOCASE ORDER BY lower(min(source))"_s,
                                    {}, u"list lead sources"_s);
    if (!q)
        return std::unexpected(q.error());
    QStringList list;
    while ((*q)->next())
        list.append((*q)->value(0).toString());
    (*q)->finish();
    return list;
}

} // namespace Fieldbook
