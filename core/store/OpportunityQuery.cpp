#include "OpportunityQuery.h"

#include "Database.h"
#include "FieldCodec.h"
#include "SqlConnection.h"
#include "domain/Pipeline.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kSelect = u"SELECT o.id, o.rid, %1, o.name, o.account_id, coalesce(a.name, ''), o.amount, o.currency, "
                        u"o.close_date, o.stage, o.probability, o.owner_id, coalesce(u.name, '') FROM opportunities o "
                        u"LEFT JOIN accounts a ON a.id = o.account_id LEFT JOIN users u ON u.id = o.owner_id "
                        u"WHERE o.deleted = 0 AND o.pipeline = ?"_s;

OpportunitySummary fromRow(const QSqlQuery& q) {
    OpportunitySummary s;
    s.id = q.value(0).toString();
    s.rid = q.value(1).toLongLong();
    s.sortValue = q.value(2);
    s.name = q.value(3).toString();
    s.accountId = q.value(4).toString();
    s.accountName = q.value(5).toString();
    s.amount = q.value(6).toLongLong();
    s.currency = q.value(7).toString();
    s.closeDate = FieldCodec::decodeDate(q.value(8).toString());
    s.stage = q.value(9).toString();
    s.probability = q.value(10).toInt();
    s.ownerId = q.value(11).toString();
    s.ownerName = q.value(12).toString();
    return s;
}

/// `text` for LIKE ... ESCAPE '\': its wildcards match only themselves.
QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

OpportunityQuery::OpportunityQuery(Database& db, const Pipeline& pipeline)
    : m_db(&db) {
    // Stage keys come from the pipeline's definition, never from what a user types; their quotes
    // are doubled all the same so that a configured key cannot break the statement.
    m_stageOrder = u"CASE o.stage"_s;
    for (qsizetype i = 0; i < pipeline.stages.size(); ++i)
        m_stageOrder += u" WHEN '%1' THEN %2"_s.arg(QString(pipeline.stages.at(i).key).replace(u'\'', u"''"_s)).arg(i);
    m_stageOrder += u" ELSE %1 END"_s.arg(pipeline.stages.size());
}

QString OpportunityQuery::sortExpression(OpportunitySort sort) const {
    switch (sort) {
    case OpportunitySort::Name:
        return u"lower(o.name)"_s;
    case OpportunitySort::Account:
        return u"lower(coalesce(a.name, ''))"_s;
    case OpportunitySort::Amount:
        return u"o.amount"_s;
    case OpportunitySort::Stage:
        return m_stageOrder;
    case OpportunitySort::Probability:
        return u"o.probability"_s;
    case OpportunitySort::Owner:
        return u"lower(coalesce(u.name, ''))"_s;
    case OpportunitySort::CloseDate:
        break;
    }
    return u"o.close_date"_s;
}

bool OpportunityQuery::needsAccount(const OpportunityFilter& filter) {
    return !filter.text.trimmed().isEmpty();
}

void OpportunityQuery::addFilters(const OpportunityFilter& filter, QString& where, QVariantList& values) {
    values.append(filter.pipeline);
    if (!filter.ownerId.isEmpty()) {
        where += u" AND o.owner_id = ?"_s;
        values.append(filter.ownerId);
    }
    if (!filter.stage.isEmpty()) {
        where += u" AND o.stage = ?"_s;
        values.append(filter.stage);
    }
    if (filter.closeFrom.isValid()) {
        where += u" AND o.close_date >= ?"_s;
        values.append(FieldCodec::encode(filter.closeFrom));
    }
    if (filter.closeTo.isValid()) {
        where += u" AND o.close_date <= ?"_s;
        values.append(FieldCodec::encode(filter.closeTo));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where += u" AND (o.name LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\')"_s;
        values.append(likePattern(text));
        values.append(likePattern(text));
    }
}

Result<QList<OpportunitySummary>> OpportunityQuery::page(const OpportunityFilter& filter, OpportunitySort sort,
                                                         Qt::SortOrder order, const OpportunitySummary* after,
                                                         int limit) const {
    const QString sortExpr = sortExpression(sort);
    QString sql = kSelect.arg(sortExpr);
    QVariantList values;
    addFilters(filter, sql, values);
    const bool ascending = order == Qt::AscendingOrder;
    if (after) {
        sql += u" AND (%1, o.rid) %2 (?, ?)"_s.arg(sortExpr, ascending ? u">"_s : u"<"_s);
        values.append(after->sortValue);
        values.append(after->rid);
    }
    sql += u" ORDER BY %1 %2, o.rid %2 LIMIT ?"_s.arg(sortExpr, ascending ? u"ASC"_s : u"DESC"_s);
    values.append(limit);
    auto q = m_db->connection().run(sql, values, u"list opportunities"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<OpportunitySummary> rows;
    while ((*q)->next())
        rows.append(fromRow(**q));
    (*q)->finish();
    return rows;
}

Result<std::optional<OpportunitySummary>> OpportunityQuery::row(const QString& id, const OpportunityFilter& filter,
                                                                OpportunitySort sort) const {
    QString sql = kSelect.arg(sortExpression(sort));
    QVariantList values;
    addFilters(filter, sql, values);
    sql += u" AND o.id = ?"_s;
    values.append(id);
    auto q = m_db->connection().run(sql, values, u"load opportunity row"_s);
    if (!q)
        return std::unexpected(q.error());
    std::optional<OpportunitySummary> result;
    if ((*q)->next())
        result = fromRow(**q);
    (*q)->finish();
    return result;
}

Result<int> OpportunityQuery::count(const OpportunityFilter& filter) const {
    QString sql = u"SELECT count(*) FROM opportunities o "_s +
                  (needsAccount(filter) ? u"LEFT JOIN accounts a ON a.id = o.account_id "_s : QString()) +
                  u"WHERE o.deleted = 0 AND o.pipeline = ?"_s;
    QVariantList values;
    addFilters(filter, sql, values);
    auto n = m_db->connection().scalar(sql, values, u"count opportunities"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> OpportunityQuery::forEachAmount(const OpportunityFilter& filter, const AmountVisitor& visit) const {
    QString sql = u"SELECT o.stage, o.amount, o.currency, o.probability FROM opportunities o "_s +
                  (needsAccount(filter) ? u"LEFT JOIN accounts a ON a.id = o.account_id "_s : QString()) +
                  u"WHERE o.deleted = 0 AND o.pipeline = ?"_s;
    QVariantList values;
    addFilters(filter, sql, values);
    auto q = m_db->connection().run(sql, values, u"add up opportunities"_s);
    if (!q)
        return std::unexpected(q.error());
    while ((*q)->next()) {
        const QSqlQuery& r = **q;
        visit(r.value(0).toString(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toInt());
    }
    (*q)->finish();
    return {};
}

} // namespace Fieldbook
