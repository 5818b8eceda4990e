#pragma once

#include "common/Error.h"
#include "domain/Opportunity.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

#include <functional>
#include <optional>

namespace Fieldbook {

class Database;
struct Pipeline;
struct SqlConditions;

/// Which opportunities the board and the list show. Empty members do not filter.
struct OpportunityFilter {
    QString pipeline = QStringLiteral("standard");
    QString text;                ///< part of the opportunity's or its account's name
    QString ownerId;             ///< one owner ("mine")
    QString stage;               ///< one stage key
    QDate closeFrom;             ///< close date on or after
    QDate closeTo;               ///< close date on or before
    bool needsAttention = false; ///< only those that lack something (attentionOf(), docs/import-real-data.md)
    friend bool operator==(const OpportunityFilter&, const OpportunityFilter&) = default;
};

enum class OpportunitySort { CloseDate, Name, Account, Amount, Stage, Probability, Owner };

/// One opportunity as a board card or a list row: what those show, nothing more.
struct OpportunitySummary {
    QString id;
    qint64 rid = 0;
    QVariant sortValue; ///< the keyset cursor with `rid`
    QString name;
    QString accountId;
    QString accountName;
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;
    QDate closeDate;
    QString stage;
    int probability = 0;
    QString ownerId;
    QString ownerName;
    Attention attention; ///< what it lacks (attentionOf())
};

/// Read-only queries behind the pipeline board and the opportunity list: one statement per page
/// of cards or rows (keyset-paged like ListQuery) and one pass over the amounts for column totals,
/// reading only the columns those need.
class OpportunityQuery final {
public:
    using Row = OpportunitySummary;
    using Filter = OpportunityFilter;
    using Sort = OpportunitySort;

    /// `pipeline` orders stages when sorting by stage.
    OpportunityQuery(Database& db, const Pipeline& pipeline);

    [[nodiscard]] Result<QList<OpportunitySummary>> page(const OpportunityFilter& filter, OpportunitySort sort,
                                                         Qt::SortOrder order, const OpportunitySummary* after,
                                                         int limit) const;
    /// The live opportunity `id` if it passes `filter`.
    [[nodiscard]] Result<std::optional<OpportunitySummary>> row(const QString& id, const OpportunityFilter& filter,
                                                                OpportunitySort sort) const;
    [[nodiscard]] Result<int> count(const OpportunityFilter& filter) const;

    /// Calls `visit(stage, amount, currency, probability)` for every live opportunity that passes
    /// `filter`, in no particular order (column totals).
    using AmountVisitor =
        std::function<void(const QString& stage, qint64 amount, const QString& currency, int probability)>;
    [[nodiscard]] Result<void> forEachAmount(const OpportunityFilter& filter, const AmountVisitor& visit) const;

private:
    QString sortExpression(OpportunitySort sort) const;
    SqlConditions conditions(const OpportunityFilter& filter) const;
    /// A row of the list statement without its keyset columns (KeysetList reads those).
    OpportunitySummary fromRow(const QSqlQuery& q) const;

    Database* m_db;
    QString m_stageOrder;     ///< SQL: the stage's position in the pipeline
    QStringList m_openStages; ///< keys of the pipeline's open stages
    QStringList m_lostStages; ///< and of its Lost stage
};

} // namespace Fieldbook
