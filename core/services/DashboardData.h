#pragma once

#include "analytics/ForecastEngine.h"

#include <QCoreApplication>

namespace Fieldbook {

/// What every chart of the dashboard shows at once (docs/forecast.md, Dashboard): the periods of
/// one fiscal year, the deals of part of the team and one pipeline.
struct DashboardFilter {
    PeriodKind period = PeriodKind::Quarter; ///< the periods of the charts over time
    int fiscalYear = 0;                      ///< the fiscal year shown (FiscalPeriod::fiscalYear)
    ForecastFilter filter;                   ///< under a user, a team, a pipeline
};

/// How a chart's values read: amounts (minor units of the reporting currency), ratios (0–1),
/// days, or numbers of deals.
enum class ChartUnit { Money, Ratio, Days, Count, Calls };

/// One series of a chart: a value per category, and which deals stand behind each value.
struct ChartSeries {
    QString key;                                    ///< stable ("closed_won", "quota", ...): CSV column, chart colours
    QString name;                                   ///< as shown
    QList<double> values;                           ///< per category; Money in minor units (exact up to 2^53)
    ForecastMeasure measure = ForecastMeasure::All; ///< the deals behind a value (dealsBehind())
    bool line = false;     ///< drawn as a line over the bars (the quota); has no deals behind it
    bool drillable = true; ///< false: clicking it lists nothing (the quota line)
};

/// The data of one chart: categories along one axis, series of values, and for each category the
/// period and group of the forecast rows it comes from.
struct ChartData {
    QString id;    ///< "funnel", "forecast_by_period", "forecast_by_rep", "won_over_time",
                   ///< "win_rate_by_rep", "days_in_stage", "win_loss_reasons"
    QString title; ///< as shown
    ChartUnit unit = ChartUnit::Money;
    bool stacked = false;        ///< the bar series stack
    bool horizontal = false;     ///< bars run left to right (funnel, reps, reasons)
    QStringList categories;      ///< labels, in order
    QList<FiscalPeriod> periods; ///< per category
    QStringList groups;          ///< per category: the forecast group key
    ForecastDimension by = ForecastDimension::Total;
    QList<ChartSeries> series;
    QString note; ///< what the chart leaves out ("3 deals in JPY are not converted"), or ""

    [[nodiscard]] bool isEmpty() const;
};

/// Computes the dashboard's charts from one ForecastEngine, with the engine's rules and numbers
/// (so every chart agrees with `report forecast`), and lists the deals behind a chart element.
/// Pure: runs off the GUI thread.
class DashboardData final {
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    /// The fiscal years that hold deals or quotas (and every year between the store's first and
    /// last close date), newest first (always at least `today`'s).
    [[nodiscard]] static QList<int> fiscalYears(const ForecastEngine& engine, QDate today);

    /// Every chart, in the order the dashboard shows them:
    /// - funnel: open pipeline by stage of the fiscal year (horizontal, stage order);
    /// - forecast_by_period: closed won, open commit, open best case and open pipeline stacked per
    ///   period, with the quota line;
    /// - forecast_by_rep: the same per owner over the year, with each owner's quota;
    /// - won_over_time: closed won per month of the year;
    /// - win_rate_by_rep: win rate by count and by amount per owner (Ratio);
    /// - days_in_stage: average days in each stage of the deals closing in the year (Days);
    /// - win_loss_reasons: won and lost deals by their reason (Count).
    [[nodiscard]] static QList<ChartData> charts(const ForecastEngine& engine, const DashboardFilter& filter);

    /// The indexes (in engine.input().deals) of the deals behind one value of a chart.
    [[nodiscard]] static QList<int> dealsBehind(const ForecastEngine& engine, const DashboardFilter& filter,
                                                const ChartData& chart, int category, int series);

    /// The chart's data as CSV: a header of "category" and the series keys, one row per category;
    /// amounts as exact decimals of `currency`, ratios with four decimals.
    [[nodiscard]] static QByteArray csv(const ChartData& chart, const QString& currency);
};

} // namespace Fieldbook
