#include "Commission.h"

#include "domain/QuoteMath.h"

#include <algorithm>

namespace Fieldbook {

namespace {

/// Where a deal stands in the owner's walk through a period: won deals first, then open Commit
/// deals, then open Best case deals, so that each cumulative figure is a prefix of the next.
enum Tier { Won = 0, CommitOpen = 1, BestCaseOpen = 2, None = 3 };

Tier tierOf(const ForecastDeal& deal) {
    if (deal.outcome == StageOutcome::Won)
        return Won;
    if (deal.outcome != StageOutcome::Open || deal.category == ForecastCategory::Omitted ||
        deal.category == ForecastCategory::Pipeline)
        return None;
    // As in the forecast's figures, an open deal in Commit (or marked Closed) counts as Commit.
    return deal.category == ForecastCategory::BestCase ? BestCaseOpen : CommitOpen;
}

/// The index of the period holding `day` among `periods` (sorted, adjacent), or -1.
int periodIndex(const QList<FiscalPeriod>& periods, qint64 day) {
    const QDate date = QDate::fromJulianDay(day);
    for (int p = 0; p < periods.size(); ++p)
        if (periods[p].contains(date))
            return p;
    return -1;
}

} // namespace

struct Commission::OwnerSums {
    qint64 earned = 0;
    qint64 commit = 0;
    qint64 bestCase = 0;
    QList<int> plans;
};

Commission::Commission(const ForecastEngine& engine)
    : m_engine(engine) {
    const ForecastInput& in = engine.input();
    m_ownPlans.resize(in.users.size());
    m_teamPlans.resize(in.users.size());
    for (int u = 0; u < in.users.size(); ++u)
        m_userIndex.insert(in.users[u].id, u);
    for (int i = 0; i < in.commissionPlans.size(); ++i) {
        const CommissionPlan& plan = in.commissionPlans[i];
        if (plan.user >= 0 && plan.user < in.users.size() && plan.validFrom.isValid())
            (plan.team ? m_teamPlans : m_ownPlans)[plan.user].append(i);
    }
    const auto latestFirst = [&in](int a, int b) {
        return in.commissionPlans[a].validFrom > in.commissionPlans[b].validFrom;
    };
    for (QList<int>& plans : m_ownPlans)
        std::sort(plans.begin(), plans.end(), latestFirst);
    for (QList<int>& plans : m_teamPlans)
        std::sort(plans.begin(), plans.end(), latestFirst);
}

int Commission::planFor(int user, QDate day) const {
    const ForecastInput& in = m_engine.input();
    const auto inForce = [&](const QList<int>& plans) {
        const auto found =
            std::find_if(plans.cbegin(), plans.cend(), [&](int p) { return in.commissionPlans[p].validFrom <= day; });
        return found == plans.cend() ? -1 : *found;
    };
    if (user < 0 || user >= m_ownPlans.size())
        return -1;
    if (const int own = inForce(m_ownPlans[user]); own >= 0)
        return own;
    // The nearest manager's team plan; a manager loop in the data stops at the first repeat.
    QList<int> seen{user};
    for (int m = in.users[user].manager; m >= 0 && !seen.contains(m); m = in.users[m].manager) {
        if (const int team = inForce(m_teamPlans[m]); team >= 0)
            return team;
        seen.append(m);
    }
    return -1;
}

CommissionDealPart Commission::partOf(qint64 amount, qint64 before, qint64 quota) {
    if (quota <= 0 || amount <= 0)
        return {.belowQuota = amount, .aboveQuota = 0};
    const qint64 below = std::min(amount, std::max<qint64>(0, quota - before));
    return {.belowQuota = below, .aboveQuota = amount - below};
}

qint64 Commission::dealCommission(const CommissionPlan& plan, const ForecastDeal& deal, CommissionDealPart part) const {
    const ForecastInput& in = m_engine.input();
    const QList<qint64> below = splitByLines(part.belowQuota, deal.lines);
    const QList<qint64> above = splitByLines(part.aboveQuota, deal.lines);
    const qint64 multiplier = plan.hasAccelerator() ? plan.accelerator : CommissionPlan::kNoAccelerator;
    Int128 sum = 0;
    for (int i = 0; i < below.size(); ++i) {
        const int product = i < deal.lines.size() ? deal.lines[i].product : -1;
        const qint64 rate = plan.rateFor(product >= 0 ? in.products[product].family : QString());
        sum += Int128(below[i]) * rate * CommissionPlan::kNoAccelerator + Int128(above[i]) * rate * multiplier;
    }
    return divideRounded(sum, qint64(CommissionPlan::kRateScale) * CommissionPlan::kNoAccelerator).value_or(0);
}

bool Commission::passes(const ForecastDeal& deal, const ForecastFilter& filter, int underUser) const {
    const ForecastInput& in = m_engine.input();
    if (!filter.pipeline.isEmpty() && (deal.stage < 0 || in.stages[deal.stage].pipeline != filter.pipeline))
        return false;
    if (!filter.underUser.isEmpty() && !m_engine.isUnder(deal.owner, underUser))
        return false;
    return filter.team.isEmpty() || (deal.owner >= 0 && in.users[deal.owner].team == filter.team);
}

Commission::OwnerSums Commission::ownerSums(int owner, const FiscalPeriod& period, QList<int> deals) const {
    const ForecastInput& in = m_engine.input();
    std::sort(deals.begin(), deals.end(), [&in](int a, int b) {
        const ForecastDeal& x = in.deals[a];
        const ForecastDeal& y = in.deals[b];
        return std::tuple(tierOf(x), x.closeDay, a) < std::tuple(tierOf(y), y.closeDay, b);
    });
    const qint64 quota = m_engine.quotaOf(owner, period);
    OwnerSums sums;
    qint64 before = 0;
    for (const int i : deals) {
        const ForecastDeal& deal = in.deals[i];
        const CommissionDealPart part = partOf(deal.amount, before, quota);
        before += deal.amount;
        const int plan = planFor(owner, QDate::fromJulianDay(deal.closeDay));
        if (plan < 0)
            continue;
        if (!sums.plans.contains(plan))
            sums.plans.append(plan);
        const qint64 commission = dealCommission(in.commissionPlans[plan], deal, part);
        const Tier tier = tierOf(deal);
        sums.earned += tier == Won ? commission : 0;
        sums.commit += tier <= CommitOpen ? commission : 0;
        sums.bestCase += commission;
    }
    return sums;
}

bool Commission::inGroup(int owner, ForecastDimension by, const QString& group) const {
    const ForecastUser& user = m_engine.input().users[owner];
    switch (by) {
    case ForecastDimension::Owner:
        return user.id == group;
    case ForecastDimension::Manager:
        return m_engine.isUnder(owner, m_userIndex.value(group, -1));
    case ForecastDimension::Team:
        return user.team == group;
    default:
        return true;
    }
}

QList<CommissionRow> Commission::rows(const ForecastQuery& query) const {
    const ForecastInput& in = m_engine.input();
    const QList<FiscalPeriod> periods = m_engine.calendar().periods(query.from, query.to, query.period);
    const int under = m_userIndex.value(query.filter.underUser, -1);
    QList<QHash<int, QList<int>>> byOwner(periods.size());
    for (int i = 0; i < in.deals.size(); ++i) {
        const ForecastDeal& deal = in.deals[i];
        if (!deal.converted || deal.owner < 0 || deal.closeDay == 0 || tierOf(deal) == None)
            continue;
        const int p = periodIndex(periods, deal.closeDay);
        if (p >= 0 && passes(deal, query.filter, under))
            byOwner[p][deal.owner].append(i);
    }
    QList<QHash<int, OwnerSums>> sums(periods.size());
    for (int p = 0; p < periods.size(); ++p)
        for (auto it = byOwner[p].cbegin(); it != byOwner[p].cend(); ++it)
            sums[p].insert(it.key(), ownerSums(it.key(), periods[p], it.value()));

    QList<CommissionRow> rows;
    int p = 0;
    for (const ForecastRow& forecast : m_engine.rows(query)) {
        while (p + 1 < periods.size() && !(periods[p] == forecast.period))
            ++p;
        CommissionRow row{.forecast = forecast, .earned = 0, .expectedCommit = 0, .expectedBestCase = 0, .plans = {}};
        for (auto it = sums[p].cbegin(); it != sums[p].cend(); ++it) {
            if (!inGroup(it.key(), query.by, forecast.group))
                continue;
            row.earned += it->earned;
            row.expectedCommit += it->commit;
            row.expectedBestCase += it->bestCase;
            for (const int plan : it->plans)
                if (!row.plans.contains(plan))
                    row.plans.append(plan);
        }
        // An owner without priced deals still shows the plan in force at the period's end.
        const int owner = query.by == ForecastDimension::Owner ? m_userIndex.value(forecast.group, -1) : -1;
        if (row.plans.isEmpty() && owner >= 0 && planFor(owner, forecast.period.last) >= 0)
            row.plans.append(planFor(owner, forecast.period.last));
        std::sort(row.plans.begin(), row.plans.end());
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace Fieldbook
