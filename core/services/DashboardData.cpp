#include "DashboardData.h"

#include "CsvFieldFormat.h"
#include "io/CsvWriter.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The four stacked parts of a forecast bar and the quota line (docs/forecast.md, Dashboard).
QList<ChartSeries> forecastSeries() {
    return {{.key = u"closed_won"_s,
             .name = DashboardData::tr("Closed won"),
             .values = {},
             .measure = ForecastMeasure::ClosedWon,
             .line = false,
             .drillable = true},
            {.key = u"commit"_s,
             .name = DashboardData::tr("Commit"),
             .values = {},
             .measure = ForecastMeasure::CommitOpen,
             .line = false,
             .drillable = true},
            {.key = u"best_case"_s,
             .name = DashboardData::tr("Best case"),
             .values = {},
             .measure = ForecastMeasure::BestCaseOpen,
             .line = false,
             .drillable = true},
            {.key = u"pipeline"_s,
             .name = DashboardData::tr("Pipeline"),
             .values = {},
             .measure = ForecastMeasure::PipelineOpen,
             .line = false,
             .drillable = true},
            {.key = u"quota"_s,
             .name = DashboardData::tr("Quota"),
             .values = {},
             .measure = ForecastMeasure::All,
             .line = true,
             .drillable = false}};
}

void addForecastValues(ChartData& chart, const ForecastRow& row) {
    const ForecastFigures& f = row.figures;
    const double values[] = {double(f.closedWon), double(f.commitOpen), double(f.bestCaseOpen), double(f.pipelineOpen),
                             double(f.quota)};
    for (int i = 0; i < chart.series.size(); ++i)
        chart.series[i].values.append(values[i]);
    chart.periods.append(row.period);
    chart.groups.append(row.group);
}

ChartSeries series(const QString& key, const QString& name, ForecastMeasure measure) {
    return {.key = key, .name = name, .values = {}, .measure = measure, .line = false, .drillable = true};
}

ChartData chart(const QString& id, const QString& title, ChartUnit unit, ForecastDimension by) {
    ChartData c;
    c.id = id;
    c.title = title;
    c.unit = unit;
    c.by = by;
    return c;
}

/// A period's label on an axis: "Q1" for a quarter, "Apr" style month names are the view's to
/// choose; the key otherwise.
QString periodLabel(const FiscalPeriod& p) {
    return p.kind == PeriodKind::Quarter ? u"Q%1"_s.arg(p.number) : p.key();
}

class Builder {
public:
    Builder(const ForecastEngine& engine, const DashboardFilter& filter)
        : m_engine(engine)
        , m_filter(filter)
        , m_year(*engine.calendar().parse(u"FY%1"_s.arg(filter.fiscalYear))) {}

    QList<ForecastRow> rows(PeriodKind period, ForecastDimension by) const {
        return m_engine.rows(
            {.period = period, .from = m_year.first, .to = m_year.last, .by = by, .filter = m_filter.filter});
    }

    ChartData funnel() const {
        ChartData c =
            chart(u"funnel"_s, DashboardData::tr("Open pipeline by stage"), ChartUnit::Money, ForecastDimension::Stage);
        c.horizontal = true;
        c.series = {series(u"open_pipeline"_s, DashboardData::tr("Open pipeline"), ForecastMeasure::Open)};
        const auto& in = m_engine.input();
        QHash<QString, const ForecastRow*> byStage;
        QSet<QString> pipelines;
        const QList<ForecastRow> stageRows = rows(PeriodKind::Year, ForecastDimension::Stage);
        for (const ForecastRow& row : stageRows) {
            byStage.insert(row.group, &row);
            pipelines.insert(row.group.section(u'/', 0, 0));
        }
        // Every open stage of the pipelines shown, empty ones too: a funnel with a gap says something.
        if (!m_filter.filter.pipeline.isEmpty())
            pipelines = {m_filter.filter.pipeline};
        else if (pipelines.isEmpty() && !in.pipelines.isEmpty())
            pipelines = {in.pipelines.front()};
        for (const ForecastStage& stage : in.stages) {
            if (stage.outcome != StageOutcome::Open || !pipelines.contains(stage.pipeline))
                continue;
            const QString group = stage.pipeline + u'/' + stage.key;
            const ForecastRow* row = byStage.value(group);
            const qsizetype pipeline = in.pipelines.indexOf(stage.pipeline);
            c.categories.append(pipelines.size() > 1 ? in.pipelineNames.value(pipeline) + u" › "_s + stage.name
                                                     : stage.name);
            c.series[0].values.append(row ? double(row->figures.openPipeline()) : 0.0);
            c.periods.append(m_year);
            c.groups.append(group);
        }
        return c;
    }

    ChartData forecastByPeriod() const {
        ChartData c = chart(u"forecast_by_period"_s, DashboardData::tr("Forecast against quota"), ChartUnit::Money,
                            ForecastDimension::Total);
        c.stacked = true;
        c.series = forecastSeries();
        for (const ForecastRow& row : rows(m_filter.period, ForecastDimension::Total)) {
            c.categories.append(periodLabel(row.period));
            addForecastValues(c, row);
        }
        return c;
    }

    ChartData forecastByRep(const QList<ForecastRow>& reps) const {
        ChartData c = chart(u"forecast_by_rep"_s, DashboardData::tr("Forecast by salesperson"), ChartUnit::Money,
                            ForecastDimension::Owner);
        c.stacked = true;
        c.horizontal = true;
        c.series = forecastSeries();
        for (const ForecastRow& row : reps) {
            c.categories.append(row.groupName);
            addForecastValues(c, row);
        }
        return c;
    }

    ChartData wonOverTime() const {
        ChartData c = chart(u"won_over_time"_s, DashboardData::tr("Won revenue by month"), ChartUnit::Money,
                            ForecastDimension::Total);
        c.series = {series(u"closed_won"_s, DashboardData::tr("Closed won"), ForecastMeasure::ClosedWon)};
        for (const ForecastRow& row : rows(PeriodKind::Month, ForecastDimension::Total)) {
            c.categories.append(row.period.key());
            c.series[0].values.append(double(row.figures.closedWon));
            c.periods.append(row.period);
            c.groups.append(row.group);
        }
        return c;
    }

    ChartData winRateByRep(const QList<ForecastRow>& reps) const {
        ChartData c = chart(u"win_rate_by_rep"_s, DashboardData::tr("Win rate by salesperson"), ChartUnit::Ratio,
                            ForecastDimension::Owner);
        c.horizontal = true;
        c.series = {series(u"win_rate_count"_s, DashboardData::tr("By number of deals"), ForecastMeasure::Closed),
                    series(u"win_rate_amount"_s, DashboardData::tr("By amount"), ForecastMeasure::Closed)};
        for (const ForecastRow& row : reps) {
            const auto byCount = row.figures.winRateByCount();
            if (!byCount)
                continue; // nothing closed: no rate to show
            c.categories.append(row.groupName);
            c.series[0].values.append(*byCount);
            c.series[1].values.append(row.figures.winRateByAmount().value_or(0));
            c.periods.append(row.period);
            c.groups.append(row.group);
        }
        return c;
    }

    ChartData daysInStage(const ForecastRow& total) const {
        ChartData c = chart(u"days_in_stage"_s, DashboardData::tr("Average days in each stage"), ChartUnit::Days,
                            ForecastDimension::Total);
        c.series = {series(u"days"_s, DashboardData::tr("Days"), ForecastMeasure::All)};
        const auto& in = m_engine.input();
        for (const StageTime& t : total.figures.stageTimes) {
            const ForecastStage& stage = in.stages[t.stage];
            c.categories.append(stage.name);
            c.series[0].values.append(total.figures.daysInStage(t.stage).value_or(0));
            c.periods.append(total.period);
            c.groups.append(stage.pipeline + u'/' + stage.key);
        }
        return c;
    }

    ChartData reasons() const {
        ChartData c = chart(u"win_loss_reasons"_s, DashboardData::tr("Why deals were won or lost"), ChartUnit::Count,
                            ForecastDimension::Reason);
        c.horizontal = true;
        c.series = {series(u"won"_s, DashboardData::tr("Won"), ForecastMeasure::ClosedWon),
                    series(u"lost"_s, DashboardData::tr("Lost"), ForecastMeasure::Lost)};
        for (const ForecastRow& row : rows(PeriodKind::Year, ForecastDimension::Reason)) {
            if (row.figures.wonCount + row.figures.lostCount == 0)
                continue;
            c.categories.append(row.groupName);
            c.series[0].values.append(row.figures.wonCount);
            c.series[1].values.append(row.figures.lostCount);
            c.periods.append(row.period);
            c.groups.append(row.group);
        }
        return c;
    }

    /// The subjects whose snapshots make the chart: the chosen part of the team, or every user at
    /// the top; each with whether their team's snapshots exist (else their own are used).
    QList<std::pair<QString, bool>> movementSubjects() const {
        const auto& in = m_engine.input();
        QList<std::pair<QString, bool>> subjects;
        for (const ForecastUser& u : in.users) {
            const bool chosen = m_filter.filter.underUser.isEmpty() ? u.manager < 0 : u.id == m_filter.filter.underUser;
            if (!chosen)
                continue;
            const bool team = std::any_of(in.snapshots.cbegin(), in.snapshots.cend(),
                                          [&](const ForecastSnapshot& s) { return s.subjectId == u.id && s.team; });
            subjects.append({u.id, team});
        }
        return subjects;
    }

    ChartData movement() const {
        ChartData c = chart(u"forecast_movement"_s, DashboardData::tr("Forecast week by week"), ChartUnit::Money,
                            ForecastDimension::Total);
        const auto line = [](const QString& key, const QString& name) {
            return ChartSeries{.key = key,
                               .name = name,
                               .values = {},
                               .measure = ForecastMeasure::All,
                               .line = true,
                               .drillable = false};
        };
        c.series = {line(u"closed_won"_s, DashboardData::tr("Closed won")),
                    line(u"commit"_s, DashboardData::tr("Commit")),
                    line(u"best_case"_s, DashboardData::tr("Best case"))};
        if (!m_filter.filter.team.isEmpty() || !m_filter.filter.pipeline.isEmpty())
            return c; // snapshots are of whole teams and every pipeline
        const auto& in = m_engine.input();
        const auto subjects = movementSubjects();
        QMap<QDate, std::array<qint64, 3>> weeks;
        for (const ForecastSnapshot& s : in.snapshots) {
            const bool mine = std::any_of(subjects.cbegin(), subjects.cend(), [&](const auto& subject) {
                return subject.first == s.subjectId && subject.second == s.team;
            });
            if (!mine || s.submitted || s.periodKind != u"year"_s || s.periodStart != m_year.first)
                continue;
            std::array<qint64, 3>& week = weeks[s.takenOn];
            week[0] += in.rates.convert(s.closedWon, s.currency).value_or(0);
            week[1] += in.rates.convert(s.adjustedCommit >= 0 ? s.adjustedCommit : s.commit, s.currency).value_or(0);
            week[2] +=
                in.rates.convert(s.adjustedBestCase >= 0 ? s.adjustedBestCase : s.bestCase, s.currency).value_or(0);
        }
        for (auto it = weeks.cbegin(); it != weeks.cend(); ++it) {
            c.categories.append(it.key().toString(Qt::ISODate));
            for (int i = 0; i < 3; ++i)
                c.series[i].values.append(double(it.value()[i]));
            c.periods.append(m_year);
            c.groups.append(u"total"_s);
        }
        return c;
    }

    const FiscalPeriod& year() const { return m_year; }

private:
    const ForecastEngine& m_engine;
    const DashboardFilter& m_filter;
    FiscalPeriod m_year;
};

/// "3 deals in JPY are not converted", or "" when every deal was.
QString unconvertedNote(const ForecastFigures& total) {
    if (total.unconverted == 0)
        return {};
    return DashboardData::tr("%n deal(s) in %1 without an exchange rate are not added.", "", total.unconverted)
        .arg(total.unconvertedCurrencies.join(u", "_s));
}

QString csvValue(ChartUnit unit, double value, const QString& currency) {
    switch (unit) {
    case ChartUnit::Money:
        return CsvFieldFormat::formatMoney(qint64(value), currency);
    case ChartUnit::Ratio:
        return QString::number(value, 'f', 4);
    case ChartUnit::Days:
        return QString::number(value, 'f', 1);
    case ChartUnit::Count:
    case ChartUnit::Calls:
        break;
    }
    return QString::number(qint64(value));
}

} // namespace

bool ChartData::isEmpty() const {
    return std::all_of(series.cbegin(), series.cend(), [](const ChartSeries& s) {
        return std::all_of(s.values.cbegin(), s.values.cend(), [](double v) { return v == 0; });
    });
}

/// More years between the first and last close date than this list only those two (a typing error).
constexpr int kMaxYearsListed = 30;

QList<int> DashboardData::fiscalYears(const ForecastEngine& engine, QDate today) {
    const FiscalCalendar& calendar = engine.calendar();
    QSet<int> years{calendar.periodOf(today, PeriodKind::Year).fiscalYear};
    for (const ForecastDeal& deal : engine.input().deals) {
        if (deal.closeDay > 0)
            years.insert(calendar.periodOf(QDate::fromJulianDay(deal.closeDay), PeriodKind::Year).fiscalYear);
    }
    for (const ForecastQuota& quota : engine.input().quotas)
        years.insert(calendar.periodOf(quota.first, PeriodKind::Year).fiscalYear);
    // A slice of one year holds only its deals: the store's first and last close date give the rest.
    const QDate first = engine.input().firstClose;
    const QDate last = engine.input().lastClose;
    if (first.isValid() && last.isValid()) {
        const int to = calendar.periodOf(last, PeriodKind::Year).fiscalYear;
        const int from = calendar.periodOf(first, PeriodKind::Year).fiscalYear;
        years.insert(from);
        years.insert(to);
        for (int year = from + 1; year < to && to - from <= kMaxYearsListed; ++year)
            years.insert(year);
    }
    QList<int> list(years.cbegin(), years.cend());
    std::sort(list.begin(), list.end(), std::greater<>());
    return list;
}

QList<ChartData> DashboardData::charts(const ForecastEngine& engine, const DashboardFilter& filter) {
    const Builder builder(engine, filter);
    const QList<ForecastRow> reps = builder.rows(PeriodKind::Year, ForecastDimension::Owner);
    const QList<ForecastRow> total = builder.rows(PeriodKind::Year, ForecastDimension::Total);
    QList<ChartData> list{builder.funnel(),      builder.forecastByPeriod(), builder.forecastByRep(reps),
                          builder.wonOverTime(), builder.winRateByRep(reps), builder.daysInStage(total.front()),
                          builder.reasons(),     builder.movement()};
    const QString note = unconvertedNote(total.front().figures);
    for (ChartData& c : list) {
        if (c.unit == ChartUnit::Money || c.unit == ChartUnit::Ratio)
            c.note = note;
    }
    return list;
}

QList<int> DashboardData::dealsBehind(const ForecastEngine& engine, const DashboardFilter& filter,
                                      const ChartData& chart, int category, int series) {
    if (category < 0 || category >= chart.periods.size() || series < 0 || series >= chart.series.size() ||
        !chart.series[series].drillable)
        return {};
    const FiscalPeriod& period = chart.periods[category];
    if (chart.id == u"days_in_stage"_s) {
        // The deals that spent time in the stage and left it, among those closing in the period.
        const ForecastQuery query{.period = period.kind,
                                  .from = period.first,
                                  .to = period.last,
                                  .by = ForecastDimension::Total,
                                  .filter = filter.filter};
        const auto& stages = engine.input().stages;
        const auto stage = std::find_if(stages.cbegin(), stages.cend(), [&](const ForecastStage& s) {
            return s.pipeline + u'/' + s.key == chart.groups[category];
        });
        const int index = int(stage - stages.cbegin());
        QList<int> deals = engine.dealsOf(query, period, u"total"_s, ForecastMeasure::All);
        deals.removeIf([&](int d) {
            const auto& stays = engine.input().deals[d].stays;
            return std::none_of(stays.cbegin(), stays.cend(),
                                [index](const ForecastStay& s) { return s.stage == index; });
        });
        return deals;
    }
    const ForecastQuery query{
        .period = period.kind, .from = period.first, .to = period.last, .by = chart.by, .filter = filter.filter};
    return engine.dealsOf(query, period, chart.groups[category], chart.series[series].measure);
}

QByteArray DashboardData::csv(const ChartData& chart, const QString& currency) {
    QStringList header{u"category"_s};
    for (const ChartSeries& s : chart.series)
        header.append(s.key);
    QByteArray bytes = CsvWriter::encodeRow(header);
    for (int c = 0; c < chart.categories.size(); ++c) {
        QStringList row{chart.categories[c]};
        for (const ChartSeries& s : chart.series)
            row.append(csvValue(chart.unit, s.values.value(c), currency));
        bytes += CsvWriter::encodeRow(row);
    }
    return bytes;
}

} // namespace Fieldbook
