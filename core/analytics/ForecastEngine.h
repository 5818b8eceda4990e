#pragma once

#include "FiscalCalendar.h"
#include "ForecastFigures.h"
#include "ForecastInput.h"

#include <memory>

namespace Fieldbook {

/// What a forecast's rows are grouped by (docs/forecast.md, Groups).
enum class ForecastDimension { Total, Owner, Manager, Team, Category, Stage, Product, Region, Industry, Reason };

/// "total", "owner", "manager", "team", "category", "stage", "product", "region", "industry", "reason"
/// (why a deal was won or lost).
[[nodiscard]] QString forecastDimensionKey(ForecastDimension dimension);
[[nodiscard]] std::optional<ForecastDimension> parseForecastDimension(const QString& key);
[[nodiscard]] QStringList forecastDimensionKeys();

/// Which deals a forecast looks at: all of them, or those of one manager's part of the
/// hierarchy, one team, one pipeline.
struct ForecastFilter {
    QString underUser; ///< a user id: that user and everyone below them; empty: everyone
    QString team;      ///< a team name; empty: every team
    QString pipeline;  ///< a pipeline key; empty: every pipeline
};

struct ForecastQuery {
    PeriodKind period = PeriodKind::Quarter;
    QDate from; ///< the first period is the one holding `from`
    QDate to;   ///< the last is the one holding `to`
    ForecastDimension by = ForecastDimension::Total;
    ForecastFilter filter;
};

/// Commit and Best case as a manager adjusted them, beside the figures the deals give.
struct ForecastAdjusted {
    qint64 commit = 0;
    qint64 bestCase = 0;
    QString note; ///< of the adjustment made on this row itself; "" when it comes from below
    QString by;   ///< who made that adjustment (a user's name)
    qint64 madeAt = 0;
};

/// One period and group of a forecast.
struct ForecastRow {
    FiscalPeriod period;
    QString group;     ///< a stable key: user id, team, category key, "pipeline/stage", ...
    QString groupName; ///< as shown
    ForecastFigures figures;
    /// Set on owner, manager and total rows when an adjustment applies to them or to someone
    /// below them (docs/forecast.md, Adjustments); never with a team or pipeline filter.
    std::optional<ForecastAdjusted> adjusted;
};

/// The part of a cell's figures a chart element stands for, for listing the deals behind it:
/// cumulative (Commit = open Commit + won, BestCase) or one category's open deals (CommitOpen,
/// BestCaseOpen, PipelineOpen), the open pipeline (Open), won, lost, or both (Closed).
enum class ForecastMeasure {
    All,
    ClosedWon,
    Commit,
    BestCase,
    OpenPipeline,
    Lost,
    Open,
    CommitOpen,
    BestCaseOpen,
    PipelineOpen,
    Closed
};

/// Computes forecasts from one ForecastInput: the same deals, rules and rounding for every report,
/// chart and drill-down (docs/forecast.md). Pure and read-only: may run on any thread.
class ForecastEngine final {
public:
    ForecastEngine(std::shared_ptr<const ForecastInput> input, FiscalCalendar calendar);

    [[nodiscard]] const ForecastInput& input() const { return *m_input; }
    [[nodiscard]] const FiscalCalendar& calendar() const { return m_calendar; }

    /// One row per period and group: every group that has a deal or a quota in any of the
    /// periods appears in each period (a total row always), in period order, then group order.
    [[nodiscard]] QList<ForecastRow> rows(const ForecastQuery& query) const;
    /// The indexes (in input().deals) of the deals behind `measure` of one row of rows(query).
    [[nodiscard]] QList<int> dealsOf(const ForecastQuery& query, const FiscalPeriod& period, const QString& group,
                                     ForecastMeasure measure) const;
    /// Deals that no period can hold: open ones without a close date, after the filter.
    [[nodiscard]] int dealsWithoutCloseDate(const ForecastFilter& filter) const;

    /// The quota of `user` for `period`: the quota entered for exactly that period, otherwise the
    /// sum over its parts (quarters of a year, months of a quarter); 0 when there is none.
    [[nodiscard]] qint64 quotaOf(int user, const FiscalPeriod& period) const;
    /// Whether the user is `ancestor` or somewhere below them.
    [[nodiscard]] bool isUnder(int user, int ancestor) const;
    /// The adjustment in force for a user's own deals or their team in `period`: the latest one,
    /// nullptr when there is none or the latest was cleared.
    [[nodiscard]] const ForecastOverride* overrideOf(int user, bool team, const FiscalPeriod& period) const;
    /// The users directly below `user`.
    [[nodiscard]] const QList<int>& reportsOf(int user) const { return m_reports[user]; }

private:
    struct Membership {
        int group = -1;
        qint64 amount = 0;
        qint64 weighted = 0;
    };
    class Groups;

    [[nodiscard]] bool passes(const ForecastDeal& deal, const ForecastFilter& filter, int underUser) const;
    [[nodiscard]] bool userPasses(int user, const ForecastFilter& filter, int underUser) const;
    [[nodiscard]] int userIndex(const QString& id) const;
    void membership(const ForecastDeal& deal, ForecastDimension by, Groups& groups, QList<Membership>& out) const;
    /// What a deal is grouped by under `by`: its owner, stage, category or account.
    [[nodiscard]] static int entityOf(const ForecastDeal& deal, ForecastDimension by);
    [[nodiscard]] QList<int> groupsOf(int entity, ForecastDimension by, Groups& groups) const;
    [[nodiscard]] const QList<int>& memoised(int entity, ForecastDimension by, Groups& groups) const;
    void userGroups(int user, ForecastDimension by, Groups& groups, QList<int>& out) const;
    void addQuotas(const ForecastQuery& query, const QList<FiscalPeriod>& periods, Groups& groups,
                   QList<QList<ForecastFigures>>& cells) const;
    void addAdjustments(const ForecastQuery& query, const QList<FiscalPeriod>& periods, QList<ForecastRow>& rows) const;

    std::shared_ptr<const ForecastInput> m_input;
    FiscalCalendar m_calendar;
    QList<QList<int>> m_chains; ///< per user: the user, their manager, and so on to the top
    QList<bool> m_hasReports;
    QList<QList<int>> m_reports; ///< per user: the users directly below
    QHash<QString, int> m_userIndex;
};

/// The deal's amount split over its lines by their net value (largest remainder, so the parts add
/// up to `total` exactly); one part of `total` when there are no lines.
[[nodiscard]] QList<qint64> splitByLines(qint64 total, const QList<ForecastLine>& lines);

} // namespace Fieldbook
