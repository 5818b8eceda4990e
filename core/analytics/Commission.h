#pragma once

#include "CommissionPlan.h"
#include "ForecastEngine.h"

namespace Fieldbook {

/// One period and group of the commission forecast: the forecast's row (closed won, commit, best
/// case, quota of the same deals) and the commission on it, in minor units of the reporting currency.
struct CommissionRow {
    ForecastRow forecast;
    qint64 earned = 0;           ///< on closed won
    qint64 expectedCommit = 0;   ///< on Commit (closed won + open Commit deals), so it includes `earned`
    qint64 expectedBestCase = 0; ///< on Best case (Commit + open Best case deals)
    QList<int> plans;            ///< indexes in ForecastInput::commissionPlans that applied, each once
};

/// What one deal earns: its amount split into the part up to its owner's quota and the part above
/// it (which the accelerator multiplies), each split over its lines, each line at its family's rate.
struct CommissionDealPart {
    qint64 belowQuota = 0;
    qint64 aboveQuota = 0;
};

/// The commission forecast (docs/forecast.md, Commission): each owner's deals of a period priced by
/// the plan in force at each deal's close date, the accelerator applied to the part of the period's
/// amount above the owner's quota, then summed into the forecast's own rows (owner, manager, team,
/// total). Pure and read-only, like the engine it stands on.
class Commission final {
public:
    /// Reads `engine` (which must outlive this) and the plans of its input.
    explicit Commission(const ForecastEngine& engine);

    /// The forecast's rows for `query` (by total, owner, manager or team) with their commission.
    [[nodiscard]] QList<CommissionRow> rows(const ForecastQuery& query) const;

    /// The plan that prices a deal of `user` closing on `day`: the user's own plan in force that
    /// day (the latest `validFrom` on or before it), else the team plan in force of the nearest
    /// manager above them that has one; -1 for none. An index in ForecastInput::commissionPlans.
    [[nodiscard]] int planFor(int user, QDate day) const;

    /// The commission on one deal, rounded half away from zero: each part split over the lines
    /// (splitByLines), each line at the plan's rate for its product's family, the part above quota
    /// at that rate × the accelerator.
    [[nodiscard]] qint64 dealCommission(const CommissionPlan& plan, const ForecastDeal& deal,
                                        CommissionDealPart part) const;
    /// Splits `amount` (a deal's) into the part that brings `before` (the owner's amount of the
    /// period so far) up to `quota` and the rest; everything is below quota when `quota` is 0.
    [[nodiscard]] static CommissionDealPart partOf(qint64 amount, qint64 before, qint64 quota);

private:
    struct OwnerSums;

    [[nodiscard]] bool passes(const ForecastDeal& deal, const ForecastFilter& filter, int underUser) const;
    [[nodiscard]] OwnerSums ownerSums(int owner, const FiscalPeriod& period, QList<int> deals) const;
    [[nodiscard]] bool inGroup(int owner, ForecastDimension by, const QString& group) const;

    const ForecastEngine& m_engine;
    QList<QList<int>> m_ownPlans;  ///< per user: their own plans, the latest first
    QList<QList<int>> m_teamPlans; ///< per user: their team plans, the latest first
    QHash<QString, int> m_userIndex;
};

} // namespace Fieldbook
