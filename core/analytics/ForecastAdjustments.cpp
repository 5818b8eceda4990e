// Manager adjustments in the forecast's roll-up (docs/forecast.md, Adjustments): part of
// ForecastEngine, kept apart from the figures the deals give.
#include "ForecastEngine.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Commit and Best case, as a pair that adds up.
struct Pair {
    qint64 commit = 0;
    qint64 bestCase = 0;
    Pair& operator+=(const Pair& o) {
        commit += o.commit;
        bestCase += o.bestCase;
        return *this;
    }
};

/// What the deals of each user give in one period (their own deals, the query's filter applied),
/// and how adjustments change it, walking the hierarchy.
class Rollup {
public:
    Rollup(const ForecastEngine& engine, const FiscalPeriod& period, QList<Pair> own)
        : m_engine(engine)
        , m_period(period)
        , m_own(std::move(own)) {}

    /// adjusted − natural for a user's own deals (`team` false) or their whole team.
    Pair delta(int user, bool team) const {
        if (const ForecastOverride* o = m_engine.overrideOf(user, team, m_period)) {
            const Pair natural = team ? teamOf(user) : m_own[user];
            return {o->commit - natural.commit, o->bestCase - natural.bestCase};
        }
        Pair d = team ? delta(user, false) : Pair{};
        if (team) {
            for (const int report : m_engine.reportsOf(user))
                d += delta(report, true);
        }
        return d;
    }

    /// Whether an adjustment applies to the user's own deals or, for a team, anywhere in it.
    bool adjusted(int user, bool team) const {
        if (m_engine.overrideOf(user, team, m_period) || (team && m_engine.overrideOf(user, false, m_period)))
            return true;
        if (!team)
            return false;
        const QList<int>& reports = m_engine.reportsOf(user);
        return std::any_of(reports.cbegin(), reports.cend(), [this](int r) { return adjusted(r, true); });
    }

private:
    Pair teamOf(int user) const {
        Pair sum = m_own[user];
        for (const int report : m_engine.reportsOf(user))
            sum += teamOf(report);
        return sum;
    }

    const ForecastEngine& m_engine;
    const FiscalPeriod& m_period;
    QList<Pair> m_own;
};

/// Each user's own Commit and Best case per period, from the deals the query's filter passes.
QList<QList<Pair>> ownFigures(const ForecastEngine& engine, const ForecastQuery& query,
                              const QList<FiscalPeriod>& periods) {
    const ForecastInput& in = engine.input();
    QList<QList<Pair>> own(periods.size(), QList<Pair>(in.users.size()));
    const int under = [&] {
        for (int u = 0; u < in.users.size(); ++u)
            if (in.users[u].id == query.filter.underUser)
                return u;
        return -1;
    }();
    for (const ForecastDeal& d : in.deals) {
        if (d.owner < 0 || !d.converted || (under >= 0 && !engine.isUnder(d.owner, under)))
            continue;
        const auto period = std::find_if(periods.cbegin(), periods.cend(), [&](const FiscalPeriod& p) {
            return d.closeDay >= p.first.toJulianDay() && d.closeDay <= p.last.toJulianDay();
        });
        if (period == periods.cend())
            continue;
        Pair& pair = own[int(period - periods.cbegin())][d.owner];
        const bool open = d.outcome == StageOutcome::Open;
        if (d.outcome == StageOutcome::Won || (open && d.category == ForecastCategory::Commit)) {
            pair.commit += d.amount;
            pair.bestCase += d.amount;
        } else if (open && d.category == ForecastCategory::BestCase) {
            pair.bestCase += d.amount;
        }
    }
    return own;
}

} // namespace

const ForecastOverride* ForecastEngine::overrideOf(int user, bool team, const FiscalPeriod& period) const {
    const ForecastOverride* latest = nullptr;
    for (const ForecastOverride& o : m_input->overrides) {
        if (o.subject == user && o.team == team && o.kind == period.kind && o.first == period.first &&
            (!latest || o.madeAt >= latest->madeAt))
            latest = &o;
    }
    return latest && !latest->cleared && latest->converted ? latest : nullptr;
}

void ForecastEngine::addAdjustments(const ForecastQuery& query, const QList<FiscalPeriod>& periods,
                                    QList<ForecastRow>& rows) const {
    const bool byUsers = query.by == ForecastDimension::Owner || query.by == ForecastDimension::Manager ||
                         query.by == ForecastDimension::Total;
    if (m_input->overrides.isEmpty() || !byUsers || !query.filter.team.isEmpty() || !query.filter.pipeline.isEmpty())
        return;
    const QList<QList<Pair>> own = ownFigures(*this, query, periods);
    const int under = userIndex(query.filter.underUser);
    for (ForecastRow& row : rows) {
        const int p = int(std::find(periods.cbegin(), periods.cend(), row.period) - periods.cbegin());
        const Rollup rollup(*this, periods[p], own[p]);
        Pair delta;
        bool adjusted = false;
        const int user = query.by == ForecastDimension::Total ? under : userIndex(row.group);
        const bool team = query.by != ForecastDimension::Owner;
        if (user >= 0) {
            adjusted = rollup.adjusted(user, team);
            delta = rollup.delta(user, team);
        } else if (query.by == ForecastDimension::Total) {
            for (int top = 0; top < m_input->users.size(); ++top) {
                if (m_input->users[top].manager >= 0)
                    continue;
                adjusted = rollup.adjusted(top, true) || adjusted;
                delta += rollup.delta(top, true);
            }
        }
        if (!adjusted)
            continue;
        ForecastAdjusted a{.commit = row.figures.commit() + delta.commit,
                           .bestCase = row.figures.bestCase() + delta.bestCase,
                           .note = {},
                           .by = {},
                           .madeAt = 0};
        if (const ForecastOverride* o = user >= 0 ? overrideOf(user, team, periods[p]) : nullptr) {
            a.note = o->note;
            a.by = o->by >= 0 ? m_input->users[o->by].name : QString();
            a.madeAt = o->madeAt;
        }
        row.adjusted = a;
    }
}

} // namespace Fieldbook
