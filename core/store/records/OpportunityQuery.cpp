#include "OpportunityQuery.h"

#include "store/db/Database.h"
#include "store/db/FieldCodec.h"
#include "store/db/KeysetList.h"
#include "common/SearchText.h"
#include "store/db/SqlConnection.h"
#include "domain/Pipeline.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const KeysetList kOpportunities(
    u"SELECT o.id, o.rid, %1, o.name, o.account_id, coalesce(a.name, ''), o.amount, o.currency, o.close_date, "
    u"o.stage, o.probability, o.owner_id, coalesce(u.name, ''), o.close_reason = '', "
    u"EXISTS (SELECT 1 FROM opportunity_lines l WHERE l.opportunity_id = o.id AND l.deleted = 0) "
    u"FROM opportunities o "
    u"LEFT JOIN accounts a ON a.id = o.account_id LEFT JOIN users u ON u.id = o.owner_id "
    u"WHERE o.deleted = 0 AND o.pipeline = ?"_s,
    u"o"_s, u"opportunities"_s);

/// SQL: "?, ?, ?" for `count` values.
QString placeholders(qsizetype count) {
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

/// SQL: the opportunity has no live product line.
const QString kNoLines =
    u"NOT EXISTS (SELECT 1 FROM opportunity_lines l WHERE l.opportunity_id = o.id AND l.deleted = 0)"_s;

/// FROM and WHERE up to the conditions, joining accounts only when the search text needs their names.
QString fromWhere(const OpportunityFilter& filter) {
    const bool needsAccount = !filter.text.trimmed().isEmpty();
    return u"opportunities o "_s + (needsAccount ? u"LEFT JOIN accounts a ON a.id = o.account_id "_s : QString()) +
           u"WHERE o.deleted = 0 AND o.pipeline = ?"_s;
}

QStringList stageKeys(const Pipeline& pipeline) {
    QStringList keys;
    for (const PipelineStage& stage : pipeline.stages)
        keys.append(stage.key);
    return keys;
}

} // namespace

OpportunityQuery::OpportunityQuery(Database& db, const Pipeline& pipeline)
    : m_db(&db)
    , m_stageOrder(positionAmong(u"o.stage"_s, stageKeys(pipeline))) {
    for (const PipelineStage& stage : pipeline.stages) {
        if (stage.outcome == StageOutcome::Open)
            m_openStages.append(stage.key);
        else if (stage.outcome == StageOutcome::Lost)
            m_lostStages.append(stage.key);
    }
}

OpportunitySummary OpportunityQuery::fromRow(const QSqlQuery& q) const {
    OpportunitySummary s;
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
    Opportunity o;
    o.accountId = s.accountId;
    o.amount = s.amount;
    o.closeDate = s.closeDate;
    o.closeReason = q.value(13).toBool() ? QString() : u"-"_s; // only whether there is one counts
    const StageOutcome outcome = m_lostStages.contains(s.stage)   ? StageOutcome::Lost
                                 : m_openStages.contains(s.stage) ? StageOutcome::Open
                                                                  : StageOutcome::Won;
    s.attention = attentionOf(o, outcome, q.value(14).toBool());
    return s;
}

/// The filter's conditions; the first value is the pipeline, for the statement's own `o.pipeline = ?`.
SqlConditions OpportunityQuery::conditions(const OpportunityFilter& filter) const {
    SqlConditions where;
    where.values.append(filter.pipeline);
    if (!filter.ownerId.isEmpty()) {
        where.sql += u" AND o.owner_id = ?"_s;
        where.values.append(filter.ownerId);
    }
    if (!filter.stage.isEmpty()) {
        where.sql += u" AND o.stage = ?"_s;
        where.values.append(filter.stage);
    }
    if (filter.closeFrom.isValid()) {
        where.sql += u" AND o.close_date >= ?"_s;
        where.values.append(FieldCodec::encode(filter.closeFrom));
    }
    if (filter.closeTo.isValid()) {
        where.sql += u" AND o.close_date <= ?"_s;
        where.values.append(FieldCodec::encode(filter.closeTo));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        where.sql += u" AND (o.name LIKE ? ESCAPE '\\' OR a.name LIKE ? ESCAPE '\\')"_s;
        where.values.append(SearchText::likePattern(text));
        where.values.append(SearchText::likePattern(text));
    }
    if (filter.needsAttention) {
        // attentionOf() in SQL: no account; open without close date, or with amount 0 and no lines;
        // lost without reason.
        where.sql += u" AND (o.account_id IS NULL OR (o.stage IN ("_s + placeholders(m_openStages.size()) +
                     u") AND (o.close_date = '' OR (o.amount = 0 AND "_s + kNoLines + u"))) OR (o.stage IN ("_s +
                     placeholders(m_lostStages.size()) + u") AND trim(o.close_reason) = ''))"_s;
        for (const QString& key : std::as_const(m_openStages))
            where.values.append(key);
        for (const QString& key : std::as_const(m_lostStages))
            where.values.append(key);
    }
    return where;
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

Result<QList<OpportunitySummary>> OpportunityQuery::page(const OpportunityFilter& filter, OpportunitySort sort,
                                                         Qt::SortOrder order, const OpportunitySummary* after,
                                                         int limit) const {
    return kOpportunities.page(m_db->connection(), sortExpression(sort), conditions(filter), order, after, limit,
                               [this](const QSqlQuery& q) { return fromRow(q); });
}

Result<std::optional<OpportunitySummary>> OpportunityQuery::row(const QString& id, const OpportunityFilter& filter,
                                                                OpportunitySort sort) const {
    return kOpportunities.row(m_db->connection(), id, sortExpression(sort), conditions(filter),
                              [this](const QSqlQuery& q) { return fromRow(q); });
}

Result<int> OpportunityQuery::count(const OpportunityFilter& filter) const {
    return kOpportunities.count(m_db->connection(), fromWhere(filter), conditions(filter));
}

Result<void> OpportunityQuery::forEachAmount(const OpportunityFilter& filter, const AmountVisitor& visit) const {
    const SqlConditions where = conditions(filter);
    auto q = m_db->connection().run(u"SELECT o.stage, o.amount, o.currency, o.probability FROM "_s + fromWhere(filter) +
                                        where.sql,
                                    where.values, u"add up opportunities"_s);
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
