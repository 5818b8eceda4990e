#include "LeadQuery.h"

#include "store/db/Database.h"
#include "store/db/KeysetList.h"
#include "store/db/SqlConnection.h"
#include "common/SearchText.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const KeysetList kLeads(u"SELECT l.id, l.rid, %1, l.first_name, l.last_name, l.company, l.title, l.email, l.phone, "
                        u"l.source, l.status, l.rating, l.owner_id, coalesce(u.name, ''), l.created_at FROM leads l "
                        u"LEFT JOIN users u ON u.id = l.owner_id WHERE l.deleted = 0"_s,
                        u"l"_s, u"leads"_s);

/// A row of kLeads without its keyset columns (KeysetList reads those).
LeadSummary fromRow(const QSqlQuery& q) {
    LeadSummary s;
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

QString sortExpression(LeadSort sort) {
    switch (sort) {
    case LeadSort::Company:
        return u"lower(l.company)"_s;
    case LeadSort::Status: {
        QStringList keys;
        for (LeadStatus s : leadStatuses())
            keys.append(leadStatusKey(s));
        return positionAmong(u"l.status"_s, keys);
    }
    case LeadSort::Rating: // hot first, unrated last
        return positionAmong(u"l.rating"_s, {leadRatingKey(LeadRating::Hot), leadRatingKey(LeadRating::Warm),
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

SqlConditions conditions(const LeadFilter& filter) {
    SqlConditions where;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (LeadStatus s : filter.statuses) {
            marks.append(u"?"_s);
            where.values.append(leadStatusKey(s));
        }
        where.sql += u" AND l.status IN ("_s + marks.join(u", "_s) + u')';
    }
    if (filter.rating) {
        where.sql += u" AND l.rating = ?"_s;
        where.values.append(leadRatingKey(*filter.rating));
    }
    if (!filter.source.isEmpty()) {
        where.sql += u" AND l.source = ? COLLATE NOCASE"_s;
        where.values.append(filter.source);
    }
    if (!filter.ownerId.isEmpty()) {
        where.sql += u" AND l.owner_id = ?"_s;
        where.values.append(filter.ownerId);
    }
    if (const QString match = SearchText::matchExpression(filter.text); !match.isEmpty()) {
        where.sql += u" AND l.rid IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)"_s;
        where.values.append(match);
    }
    return where;
}

} // namespace

LeadQuery::LeadQuery(Database& db)
    : m_db(&db) {}

Result<QList<LeadSummary>> LeadQuery::page(const LeadFilter& filter, LeadSort sort, Qt::SortOrder order,
                                           const LeadSummary* after, int limit) const {
    return kLeads.page(m_db->connection(), sortExpression(sort), conditions(filter), order, after, limit, fromRow);
}

Result<std::optional<LeadSummary>> LeadQuery::row(const QString& id, const LeadFilter& filter, LeadSort sort) const {
    return kLeads.row(m_db->connection(), id, sortExpression(sort), conditions(filter), fromRow);
}

Result<int> LeadQuery::count(const LeadFilter& filter) const {
    return kLeads.count(m_db->connection(), u"leads l WHERE l.deleted = 0"_s, conditions(filter));
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
