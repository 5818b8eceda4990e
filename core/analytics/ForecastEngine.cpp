#include "ForecastEngine.h"

#include "domain/QuoteMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ForecastEngine", text);
}

const QList<ForecastDimension>& allDimensions() {
    static const QList<ForecastDimension> all{
        ForecastDimension::Total,    ForecastDimension::Owner, ForecastDimension::Manager, ForecastDimension::Team,
        ForecastDimension::Category, ForecastDimension::Stage, ForecastDimension::Product, ForecastDimension::Region,
        ForecastDimension::Industry, ForecastDimension::Reason};
    return all;
}

/// The index of the period holding `day` among `periods` (sorted, adjacent), or -1.
int periodIndex(const QList<FiscalPeriod>& periods, qint64 day) {
    if (periods.isEmpty() || day < periods.front().first.toJulianDay() || day > periods.back().last.toJulianDay())
        return -1;
    const auto at = std::upper_bound(periods.begin(), periods.end(), day,
                                     [](qint64 d, const FiscalPeriod& p) { return d < p.first.toJulianDay(); });
    return int(at - periods.begin()) - 1;
}

/// Whether the measure counts the deal.
bool counts(const ForecastDeal& deal, ForecastMeasure measure) {
    const bool open = deal.outcome == StageOutcome::Open && deal.category != ForecastCategory::Omitted;
    switch (measure) {
    case ForecastMeasure::All:
        return deal.outcome != StageOutcome::Open || deal.category != ForecastCategory::Omitted;
    case ForecastMeasure::ClosedWon:
        return deal.outcome == StageOutcome::Won;
    case ForecastMeasure::Commit:
        return deal.outcome == StageOutcome::Won || (open && deal.category == ForecastCategory::Commit);
    case ForecastMeasure::BestCase:
        return deal.outcome == StageOutcome::Won ||
               (open && (deal.category == ForecastCategory::Commit || deal.category == ForecastCategory::BestCase));
    case ForecastMeasure::OpenPipeline:
    case ForecastMeasure::Open:
        return open;
    case ForecastMeasure::Lost:
        return deal.outcome == StageOutcome::Lost;
    case ForecastMeasure::CommitOpen:
        return open && deal.category == ForecastCategory::Commit;
    case ForecastMeasure::BestCaseOpen:
        return open && deal.category == ForecastCategory::BestCase;
    case ForecastMeasure::PipelineOpen:
        return open && deal.category == ForecastCategory::Pipeline;
    case ForecastMeasure::Closed:
        return deal.outcome != StageOutcome::Open;
    }
    return false;
}

/// Adds one deal's part (`amount`, `weighted`) to a cell (docs/forecast.md, Metrics).
void contribute(ForecastFigures& f, const ForecastDeal& deal, qint64 amount, qint64 weighted) {
    if (!deal.converted) {
        f.addUnconverted(deal.currency);
        return;
    }
    switch (deal.outcome) {
    case StageOutcome::Won:
        f.closedWon += amount;
        ++f.wonCount;
        if (deal.openedDay > 0 && deal.openedDay <= deal.closeDay) {
            f.cycleDays += deal.closeDay - deal.openedDay;
            ++f.cycles;
        }
        break;
    case StageOutcome::Lost:
        f.lost += amount;
        ++f.lostCount;
        break;
    case StageOutcome::Open:
        if (deal.category == ForecastCategory::Omitted)
            return;
        ++f.openCount;
        f.weighted += weighted;
        if (deal.category == ForecastCategory::Pipeline)
            f.pipelineOpen += amount;
        else if (deal.category == ForecastCategory::BestCase)
            f.bestCaseOpen += amount;
        else
            f.commitOpen += amount;
        break;
    }
    for (const ForecastStay& stay : deal.stays)
        f.addStay(stay.stage, stay.ms);
}

} // namespace

QString forecastDimensionKey(ForecastDimension dimension) {
    static const QStringList keys{u"total"_s, u"owner"_s,   u"manager"_s, u"team"_s,     u"category"_s,
                                  u"stage"_s, u"product"_s, u"region"_s,  u"industry"_s, u"reason"_s};
    return keys.value(int(dimension));
}

std::optional<ForecastDimension> parseForecastDimension(const QString& key) {
    for (const ForecastDimension d : allDimensions()) {
        if (forecastDimensionKey(d).compare(key, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QStringList forecastDimensionKeys() {
    QStringList keys;
    for (const ForecastDimension d : allDimensions())
        keys.append(forecastDimensionKey(d));
    return keys;
}

QList<qint64> splitByLines(qint64 total, const QList<ForecastLine>& lines) {
    if (lines.size() <= 1)
        return {total};
    QList<qint64> weights;
    for (const ForecastLine& line : lines)
        weights.append(std::max<qint64>(line.net, 0));
    Int128 sum = std::accumulate(weights.begin(), weights.end(), Int128(0));
    if (sum == 0) {
        weights.fill(1);
        sum = weights.size();
    }
    QList<qint64> parts(lines.size());
    QList<std::pair<Int128, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const Int128 exact = Int128(total) * weights[i];
        parts[i] = qint64(exact / sum);
        given += parts[i];
        remainders.append({exact % sum, i});
    }
    // Largest remainder first; ties go to the earlier line, so the split is deterministic.
    std::stable_sort(remainders.begin(), remainders.end(), [total](const auto& a, const auto& b) {
        return total >= 0 ? a.first > b.first : a.first < b.first;
    });
    const qint64 step = total >= 0 ? 1 : -1;
    for (int k = 0; given != total && k < remainders.size(); ++k) {
        parts[remainders[k].second] += step;
        given += step;
    }
    return parts;
}

/// The groups of one forecast: key, name and order, numbered as they first appear.
class ForecastEngine::Groups {
public:
    int of(const QString& key, const QString& name, int rank) {
        const auto found = m_index.constFind(key);
        if (found != m_index.cend())
            return *found;
        m_index.insert(key, int(m_keys.size()));
        m_keys.append(key);
        m_names.append(name);
        m_ranks.append(rank);
        return int(m_keys.size()) - 1;
    }
    [[nodiscard]] int size() const { return int(m_keys.size()); }
    [[nodiscard]] const QString& key(int i) const { return m_keys[i]; }
    [[nodiscard]] const QString& name(int i) const { return m_names[i]; }
    /// The group numbers in the order rows show them: by rank, then by name.
    [[nodiscard]] QList<int> ordered() const {
        QList<int> order(m_keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            if (m_ranks[a] != m_ranks[b])
                return m_ranks[a] < m_ranks[b];
            return m_names[a].localeAwareCompare(m_names[b]) < 0;
        });
        return order;
    }
    [[nodiscard]] int find(const QString& key) const { return m_index.value(key, -1); }
    /// The groups of an entity (owner, stage, category, account or product, by the dimension;
    /// -1 for none) once they are known: a forecast hashes each entity's key once, not each deal's.
    [[nodiscard]] const QList<int>* remembered(int entity) const {
        const qsizetype at = entity + 1;
        return at < m_known.size() && m_known[at] ? &m_memo[at] : nullptr;
    }
    void remember(int entity, QList<int> groups) {
        const qsizetype at = entity + 1;
        if (m_known.size() <= at) {
            m_known.resize(at + 1, false);
            m_memo.resize(at + 1);
        }
        m_known[at] = true;
        m_memo[at] = std::move(groups);
    }

private:
    QList<QList<int>> m_memo;
    QList<bool> m_known;
    QHash<QString, int> m_index;
    QStringList m_keys;
    QStringList m_names;
    QList<int> m_ranks;
};

ForecastEngine::ForecastEngine(std::shared_ptr<const ForecastInput> input, FiscalCalendar calendar)
    : m_input(std::move(input))
    , m_calendar(calendar) {
    const auto& users = m_input->users;
    m_hasReports = QList<bool>(users.size(), false);
    m_reports = QList<QList<int>>(users.size());
    for (int u = 0; u < users.size(); ++u) {
        m_userIndex.insert(users[u].id, u);
        QList<int> chain{u};
        // A manager loop in the data stops at the first repeat instead of running forever.
        for (int m = users[u].manager; m >= 0 && !chain.contains(m); m = users[m].manager) {
            chain.append(m);
            m_hasReports[m] = true;
        }
        m_chains.append(chain);
        if (users[u].manager >= 0 && users[u].manager != u)
            m_reports[users[u].manager].append(u);
    }
}

int ForecastEngine::userIndex(const QString& id) const {
    return m_userIndex.value(id, -1);
}

bool ForecastEngine::isUnder(int user, int ancestor) const {
    return user >= 0 && user < m_chains.size() && m_chains[user].contains(ancestor);
}

bool ForecastEngine::userPasses(int user, const ForecastFilter& filter, int underUser) const {
    if (!filter.underUser.isEmpty() && !isUnder(user, underUser))
        return false;
    return filter.team.isEmpty() || (user >= 0 && m_input->users[user].team == filter.team);
}

bool ForecastEngine::passes(const ForecastDeal& deal, const ForecastFilter& filter, int underUser) const {
    if (!filter.pipeline.isEmpty() && (deal.stage < 0 || m_input->stages[deal.stage].pipeline != filter.pipeline))
        return false;
    return userPasses(deal.owner, filter, underUser);
}

void ForecastEngine::userGroups(int user, ForecastDimension by, Groups& groups, QList<int>& out) const {
    const auto& users = m_input->users;
    switch (by) {
    case ForecastDimension::Owner:
        out.append(user < 0 ? groups.of(QString(), tr("(unknown owner)"), 1)
                            : groups.of(users[user].id, users[user].name, 0));
        return;
    case ForecastDimension::Manager:
        // A manager's row holds their own deals and those of everyone below them.
        for (const int m : user < 0 ? QList<int>() : m_chains[user]) {
            if (m_hasReports[m])
                out.append(groups.of(users[m].id, users[m].name, 0));
        }
        return;
    case ForecastDimension::Team: {
        const QString team = user < 0 ? QString() : users[user].team;
        out.append(team.isEmpty() ? groups.of(QString(), tr("(no team)"), 1) : groups.of(team, team, 0));
        return;
    }
    default:
        out.append(groups.of(u"total"_s, tr("Total"), 0));
        return;
    }
}

int ForecastEngine::entityOf(const ForecastDeal& deal, ForecastDimension by) {
    switch (by) {
    case ForecastDimension::Category:
        return int(deal.category);
    case ForecastDimension::Stage:
        return deal.stage;
    case ForecastDimension::Region:
    case ForecastDimension::Industry:
        return deal.account;
    case ForecastDimension::Reason:
        return deal.reason;
    default:
        return deal.owner;
    }
}

QList<int> ForecastEngine::groupsOf(int entity, ForecastDimension by, Groups& groups) const {
    const auto one = [&](const QString& key, const QString& name, int rank) {
        return QList<int>{groups.of(key, name, rank)};
    };
    const ForecastAccount* account = entity >= 0 ? &m_input->accounts[entity] : nullptr;
    switch (by) {
    case ForecastDimension::Category:
        return one(forecastCategoryKey(ForecastCategory(entity)), forecastCategoryName(ForecastCategory(entity)),
                   entity);
    case ForecastDimension::Stage:
        if (entity < 0)
            return one(QString(), tr("(unknown stage)"), INT_MAX);
        return one(m_input->stages[entity].pipeline + u'/' + m_input->stages[entity].key, m_input->stages[entity].name,
                   entity);
    case ForecastDimension::Region:
        return account && !account->region.isEmpty() ? one(account->region, account->region, 0)
                                                     : one(QString(), tr("(no region)"), 1);
    case ForecastDimension::Industry:
        return account && !account->industry.isEmpty() ? one(account->industry, account->industry, 0)
                                                       : one(QString(), tr("(no industry)"), 1);
    case ForecastDimension::Reason:
        return entity < 0 ? one(QString(), tr("(no reason)"), 1)
                          : one(m_input->reasons[entity], m_input->reasons[entity], 0);
    case ForecastDimension::Product:
        return entity < 0 ? one(QString(), tr("(no product)"), 1)
                          : one(m_input->products[entity].id, m_input->products[entity].name, 0);
    default: {
        QList<int> ids;
        userGroups(entity, by, groups, ids);
        return ids;
    }
    }
}

const QList<int>& ForecastEngine::memoised(int entity, ForecastDimension by, Groups& groups) const {
    if (const QList<int>* known = groups.remembered(entity))
        return *known;
    groups.remember(entity, groupsOf(entity, by, groups));
    return *groups.remembered(entity);
}

void ForecastEngine::membership(const ForecastDeal& deal, ForecastDimension by, Groups& groups,
                                QList<Membership>& out) const {
    out.clear();
    const qint64 weighted = weightedAmount(deal.amount, deal.probability);
    if (by != ForecastDimension::Product || deal.lines.isEmpty()) {
        for (const int group : memoised(by == ForecastDimension::Product ? -1 : entityOf(deal, by), by, groups))
            out.append({.group = group, .amount = deal.amount, .weighted = weighted});
        return;
    }
    // By product, the deal's amount and weighted amount are split over its lines.
    const QList<qint64> amounts = splitByLines(deal.amount, deal.lines);
    const QList<qint64> weights = splitByLines(weighted, deal.lines);
    for (int i = 0; i < deal.lines.size(); ++i) {
        const int group = memoised(deal.lines[i].product, by, groups).front();
        out.append({.group = group, .amount = amounts[i], .weighted = weights[i]});
    }
}

qint64 ForecastEngine::quotaOf(int user, const FiscalPeriod& period) const {
    bool explicitQuota = false;
    qint64 sum = 0;
    for (const ForecastQuota& q : m_input->quotas) {
        if (q.user == user && q.kind == period.kind && q.first == period.first && q.converted) {
            explicitQuota = true;
            sum += q.amount;
        }
    }
    if (explicitQuota)
        return sum;
    for (const FiscalPeriod& part : m_calendar.parts(period))
        sum += quotaOf(user, part);
    return sum;
}

void ForecastEngine::addQuotas(const ForecastQuery& query, const QList<FiscalPeriod>& periods, Groups& groups,
                               QList<QList<ForecastFigures>>& cells) const {
    const bool byUsers = query.by == ForecastDimension::Total || query.by == ForecastDimension::Owner ||
                         query.by == ForecastDimension::Manager || query.by == ForecastDimension::Team;
    if (!byUsers || m_input->quotas.isEmpty())
        return;
    const int under = userIndex(query.filter.underUser);
    QList<int> ids;
    for (int u = 0; u < m_input->users.size(); ++u) {
        if (!userPasses(u, query.filter, under))
            continue;
        for (int p = 0; p < periods.size(); ++p) {
            const qint64 quota = quotaOf(u, periods[p]);
            if (quota == 0)
                continue;
            ids.clear();
            userGroups(u, query.by, groups, ids);
            for (const int g : ids) {
                cells[p].resize(groups.size());
                cells[p][g].quota += quota;
            }
        }
    }
}

QList<ForecastRow> ForecastEngine::rows(const ForecastQuery& query) const {
    const QList<FiscalPeriod> periods = m_calendar.periods(query.from, query.to, query.period);
    Groups groups;
    if (query.by == ForecastDimension::Total)
        groups.of(u"total"_s, tr("Total"), 0);
    QList<QList<ForecastFigures>> cells(periods.size());
    const int under = userIndex(query.filter.underUser);
    QList<Membership> members;
    for (const ForecastDeal& deal : m_input->deals) {
        const int p = periodIndex(periods, deal.closeDay);
        if (p < 0 || !passes(deal, query.filter, under))
            continue;
        membership(deal, query.by, groups, members);
        QList<ForecastFigures>& row = cells[p];
        for (const Membership& m : members) {
            if (row.size() <= m.group)
                row.resize(groups.size());
            contribute(row[m.group], deal, m.amount, m.weighted);
        }
    }
    addQuotas(query, periods, groups, cells);
    QList<ForecastRow> rows;
    const QList<int> order = groups.ordered();
    for (int p = 0; p < periods.size(); ++p) {
        cells[p].resize(groups.size());
        for (const int g : order)
            rows.append({.period = periods[p],
                         .group = groups.key(g),
                         .groupName = groups.name(g),
                         .figures = cells[p][g],
                         .adjusted = std::nullopt});
    }
    addAdjustments(query, periods, rows);
    return rows;
}

QList<int> ForecastEngine::dealsOf(const ForecastQuery& query, const FiscalPeriod& period, const QString& group,
                                   ForecastMeasure measure) const {
    QList<int> found;
    Groups groups;
    QList<Membership> members;
    const int under = userIndex(query.filter.underUser);
    const QList<FiscalPeriod> one{period};
    for (int i = 0; i < m_input->deals.size(); ++i) {
        const ForecastDeal& deal = m_input->deals[i];
        if (periodIndex(one, deal.closeDay) < 0 || !counts(deal, measure) || !passes(deal, query.filter, under))
            continue;
        membership(deal, query.by, groups, members);
        const int wanted = groups.find(group);
        if (std::any_of(members.cbegin(), members.cend(), [wanted](const Membership& m) { return m.group == wanted; }))
            found.append(i);
    }
    return found;
}

int ForecastEngine::dealsWithoutCloseDate(const ForecastFilter& filter) const {
    const int under = userIndex(filter.underUser);
    return int(std::count_if(m_input->deals.cbegin(), m_input->deals.cend(), [&](const ForecastDeal& d) {
        return d.closeDay == 0 && d.outcome == StageOutcome::Open && passes(d, filter, under);
    }));
}

} // namespace Fieldbook
