#include "StringMakers.h"
#include "analytics/ForecastEngine.h"
#include "services/DashboardData.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 86'400'000;

qint64 day(int y, int m, int d) {
    return QDate(y, m, d).toJulianDay();
}

/// A three-level hierarchy: the VP (0) over managers A (1, North) and B (2, South); rep a1 (3)
/// under A, reps b1 (4) and the mover (5) under B. The mover came from A's team in mid-May: the
/// data holds where people stand now, and that is where their whole period counts.
std::shared_ptr<ForecastInput> sample() {
    auto in = std::make_shared<ForecastInput>();
    in->rates = CurrencyRates(u"USD"_s);
    in->rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"1.1"));
    in->users = {{.id = u"vp"_s, .name = u"Vera VP"_s, .team = QString(), .manager = -1},
                 {.id = u"ma"_s, .name = u"Anna A"_s, .team = u"North"_s, .manager = 0},
                 {.id = u"mb"_s, .name = u"Ben B"_s, .team = u"South"_s, .manager = 0},
                 {.id = u"a1"_s, .name = u"Ada"_s, .team = u"North"_s, .manager = 1},
                 {.id = u"b1"_s, .name = u"Bo"_s, .team = u"South"_s, .manager = 2},
                 {.id = u"mv"_s, .name = u"Max Mover"_s, .team = u"South"_s, .manager = 2}};
    const QStringList keys{u"prospecting"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s, u"won"_s, u"lost"_s};
    for (int s = 0; s < keys.size(); ++s)
        in->stages.append({.pipeline = u"standard"_s,
                           .key = keys[s],
                           .name = keys[s],
                           .position = s,
                           .outcome = s == 4   ? StageOutcome::Won
                                      : s == 5 ? StageOutcome::Lost
                                               : StageOutcome::Open});
    in->pipelines = {u"standard"_s};
    in->pipelineNames = {u"Standard"_s};
    in->accounts = {{.id = u"acc1"_s, .name = u"Acme"_s, .region = u"Bavaria"_s, .industry = u"Technology"_s}};
    const auto deal = [](QString id, int owner, int stage, ForecastCategory category, StageOutcome outcome,
                         qint64 amount, int probability, qint64 close) {
        ForecastDeal d;
        d.id = std::move(id);
        d.owner = owner;
        d.account = 0;
        d.stage = stage;
        d.category = category;
        d.outcome = outcome;
        d.amount = amount;
        d.currency = u"USD"_s;
        d.probability = probability;
        d.closeDay = close;
        return d;
    };
    using C = ForecastCategory;
    using O = StageOutcome;
    in->deals = {deal(u"d0"_s, 3, 4, C::Closed, O::Won, 100000, 100, day(2026, 5, 10)),
                 deal(u"d1"_s, 3, 5, C::Omitted, O::Lost, 50000, 0, day(2026, 6, 1)),
                 deal(u"d2"_s, 3, 3, C::Commit, O::Open, 30000, 75, day(2026, 6, 15)),
                 deal(u"d3"_s, 4, 2, C::BestCase, O::Open, 20000, 50, day(2026, 5, 20)),
                 deal(u"d4"_s, 4, 0, C::Pipeline, O::Open, 10001, 10, day(2026, 4, 30)),
                 deal(u"d5"_s, 5, 4, C::Closed, O::Won, 11000, 100, day(2026, 4, 15)),
                 deal(u"d6"_s, 5, 3, C::Commit, O::Open, 0, 75, day(2026, 5, 1)),
                 deal(u"d7"_s, 3, 4, C::Closed, O::Won, 40000, 100, day(2026, 7, 2)),
                 deal(u"d8"_s, 4, 0, C::Pipeline, O::Open, 5000, 10, 0)};
    in->deals[0].openedDay = day(2026, 4, 1); // 39 days to close
    in->deals[5].openedDay = day(2026, 4, 5); // 10 days
    in->deals[5].currency = u"EUR"_s;         // 100.00 EUR at 1.1
    in->deals[6].converted = false;           // JPY: no rate
    in->deals[6].currency = u"JPY"_s;
    in->deals[0].stays = {{.stage = 0, .ms = 4 * kDayMs}, {.stage = 3, .ms = 10 * kDayMs}};
    in->deals[5].stays = {{.stage = 0, .ms = 2 * kDayMs}};
    in->quotas = {{.user = 3,
                   .kind = PeriodKind::Quarter,
                   .first = QDate(2026, 4, 1),
                   .amount = 200000,
                   .converted = true,
                   .currency = u"USD"_s},
                  {.user = 3,
                   .kind = PeriodKind::Year,
                   .first = QDate(2026, 4, 1),
                   .amount = 1000000,
                   .converted = true,
                   .currency = u"USD"_s}};
    for (int month : {4, 5, 6})
        in->quotas.append({.user = 4,
                           .kind = PeriodKind::Month,
                           .first = QDate(2026, month, 1),
                           .amount = 50000,
                           .converted = true,
                           .currency = u"USD"_s});
    return in;
}

ForecastQuery firstQuarter(ForecastDimension by) {
    return {.period = PeriodKind::Quarter, .from = QDate(2026, 4, 1), .to = QDate(2026, 6, 30), .by = by, .filter = {}};
}

const ForecastRow& rowOf(const QList<ForecastRow>& rows, const QString& group) {
    for (const ForecastRow& row : rows)
        if (row.group == group)
            return row;
    FAIL("no row for " << group.toStdString());
    return rows.front();
}

} // namespace

TEST_CASE("a quarter's figures, computed by hand: categories roll up cumulatively, rates convert, an amount "
          "without a rate is counted and named, not added",
          "[analytics][forecast]") {
    const ForecastEngine engine(sample(), FiscalCalendar(4));
    const QList<ForecastRow> rows = engine.rows(firstQuarter(ForecastDimension::Total));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].period.key() == u"FY2027-Q1"_s);
    const ForecastFigures& f = rows[0].figures;
    CHECK(f.closedWon == 111000);     // 1,000.00 + 100.00 EUR × 1.1
    CHECK(f.commit() == 141000);      // + Commit 300.00
    CHECK(f.bestCase() == 161000);    // + Best case 200.00
    CHECK(f.openPipeline() == 60001); // 300.00 + 200.00 + 100.01
    CHECK(f.weighted == 33500);       // 225.00 + 100.00 + 10.001 rounded to 10.00
    CHECK(f.lost == 50000);
    CHECK(f.wonCount == 2);
    CHECK(f.lostCount == 1);
    CHECK(f.openCount == 3);
    CHECK(f.dealCount() == 6);
    CHECK(f.unconverted == 1);
    CHECK(f.unconvertedCurrencies == QStringList{u"JPY"_s});
    CHECK(*f.winRateByCount() == Approx(2.0 / 3));
    CHECK(*f.winRateByAmount() == Approx(111000.0 / 161000));
    CHECK(*f.averageDealSize() == 55500);
    CHECK(*f.salesCycleDays() == Approx(24.5)); // (39 + 10) / 2
    CHECK(f.quota == 350000);                   // Ada's quarter + Bo's three months
    CHECK(*f.attainment() == Approx(111000.0 / 350000));
    CHECK(*f.coverage() == Approx(60001.0 / 239000));
    CHECK(*f.velocityPerDay() == Approx(3 * 55500.0 * (2.0 / 3) / 24.5));
    CHECK(*f.daysInStage(0) == Approx(3.0)); // (4 + 2) / 2
    CHECK(*f.daysInStage(3) == Approx(10.0));
    CHECK_FALSE(f.daysInStage(1).has_value());
    CHECK(engine.dealsWithoutCloseDate({}) == 1);
}

TEST_CASE("an empty period and a zero quota give zeros and no ratios, not a division by zero",
          "[analytics][forecast]") {
    const ForecastEngine engine(sample(), FiscalCalendar(4));
    const auto rows = engine.rows({.period = PeriodKind::Month,
                                   .from = QDate(2027, 2, 1),
                                   .to = QDate(2027, 2, 28),
                                   .by = ForecastDimension::Total,
                                   .filter = {}});
    REQUIRE(rows.size() == 1);
    const ForecastFigures& f = rows[0].figures;
    CHECK(f.dealCount() == 0);
    CHECK(f.quota == 0);
    CHECK_FALSE(f.attainment().has_value());
    CHECK_FALSE(f.coverage().has_value());
    CHECK_FALSE(f.winRateByCount().has_value());
    CHECK_FALSE(f.averageDealSize().has_value());
    CHECK_FALSE(f.velocityPerDay().has_value());
}

TEST_CASE("roll-ups through a three-level hierarchy: a manager's row holds everyone below them, and a rep who "
          "moved counts where they stand now, in every grouping",
          "[analytics][forecast][rollup]") {
    const ForecastEngine engine(sample(), FiscalCalendar(4));
    const auto managers = engine.rows(firstQuarter(ForecastDimension::Manager));
    REQUIRE(managers.size() == 3);
    CHECK(managers[0].groupName == u"Anna A"_s); // by name
    CHECK(managers[1].groupName == u"Ben B"_s);
    CHECK(managers[2].groupName == u"Vera VP"_s);
    const ForecastFigures& a = rowOf(managers, u"ma"_s).figures;
    const ForecastFigures& b = rowOf(managers, u"mb"_s).figures;
    const ForecastFigures& vp = rowOf(managers, u"vp"_s).figures;
    CHECK(a.closedWon == 100000);
    CHECK(a.commit() == 130000);
    CHECK(a.quota == 200000);
    CHECK(b.closedWon == 11000); // the mover's April win counts under B, where the mover is now
    CHECK(b.bestCase() == 31000);
    CHECK(b.quota == 150000);
    CHECK(b.unconverted == 1);
    const ForecastFigures total = engine.rows(firstQuarter(ForecastDimension::Total))[0].figures;
    CHECK(vp.closedWon == total.closedWon);
    CHECK(vp.bestCase() == total.bestCase());
    CHECK(vp.weighted == total.weighted);
    CHECK(vp.quota == total.quota);
    CHECK(a.closedWon + b.closedWon == vp.closedWon);

    const auto teams = engine.rows(firstQuarter(ForecastDimension::Team));
    CHECK(rowOf(teams, u"North"_s).figures.closedWon == a.closedWon);
    CHECK(rowOf(teams, u"South"_s).figures.closedWon == b.closedWon);
    CHECK(rowOf(teams, u"South"_s).figures.quota == b.quota);

    ForecastQuery underB = firstQuarter(ForecastDimension::Owner);
    underB.filter.underUser = u"mb"_s;
    const auto owners = engine.rows(underB);
    REQUIRE(owners.size() == 2); // Bo and the mover; B has no deals or quota of their own
    CHECK(rowOf(owners, u"mv"_s).figures.closedWon == 11000);
    CHECK(rowOf(owners, u"b1"_s).figures.quota == 150000);
}

TEST_CASE("a quota entered for a period wins over its parts, and without one the parts add up",
          "[analytics][forecast][quota]") {
    const ForecastEngine engine(sample(), FiscalCalendar(4));
    const FiscalPeriod year = *engine.calendar().parse(u"FY2027"_s);
    CHECK(engine.quotaOf(3, year) == 1000000); // Ada: the year's own
    CHECK(engine.quotaOf(4, year) == 150000);  // Bo: three months
    CHECK(engine.quotaOf(4, *engine.calendar().parse(u"2026-05"_s)) == 50000);
    CHECK(engine.quotaOf(3, *engine.calendar().parse(u"2026-05"_s)) == 0); // only a quarter quota
    CHECK(engine.quotaOf(5, year) == 0);
}

TEST_CASE("the deals behind a chart element add up to its figure", "[analytics][forecast][drilldown]") {
    const ForecastEngine engine(sample(), FiscalCalendar(4));
    const ForecastQuery query = firstQuarter(ForecastDimension::Manager);
    const FiscalPeriod q1 = *engine.calendar().parse(u"FY2027-Q1"_s);
    const auto ids = [&](const QString& group, ForecastMeasure measure) {
        QStringList list;
        for (int i : engine.dealsOf(query, q1, group, measure))
            list.append(engine.input().deals[i].id);
        return list;
    };
    CHECK(ids(u"mb"_s, ForecastMeasure::ClosedWon) == QStringList{u"d5"_s});
    CHECK(ids(u"ma"_s, ForecastMeasure::Commit) == QStringList{u"d0"_s, u"d2"_s});
    CHECK(ids(u"mb"_s, ForecastMeasure::BestCase) == QStringList{u"d3"_s, u"d5"_s, u"d6"_s});
    CHECK(ids(u"vp"_s, ForecastMeasure::Lost) == QStringList{u"d1"_s});
    qint64 sum = 0;
    for (int i : engine.dealsOf(query, q1, u"vp"_s, ForecastMeasure::Commit))
        sum += engine.input().deals[i].amount;
    CHECK(sum == engine.rows(query)[2].figures.commit());
}

TEST_CASE("by product, a deal's amount is split over its lines so that the parts add up exactly",
          "[analytics][forecast][product]") {
    CHECK(splitByLines(1001, {{.product = 0, .net = 1}, {.product = 1, .net = 1}}) == QList<qint64>{501, 500});
    CHECK(splitByLines(1000, {{.product = 0, .net = 1}, {.product = 1, .net = 2}}) == QList<qint64>{333, 667});
    CHECK(splitByLines(-7, {{.product = 0, .net = 1}, {.product = 1, .net = 1}}) == QList<qint64>{-4, -3});
    CHECK(splitByLines(10, {{.product = 0, .net = 0}, {.product = 1, .net = 0}}) == QList<qint64>{5, 5});
    CHECK(splitByLines(99, {}) == QList<qint64>{99});

    auto in = sample();
    in->products = {{.id = u"p1"_s, .name = u"Laptop"_s, .family = u"HW"_s},
                    {.id = u"p2"_s, .name = u"Support"_s, .family = u"SV"_s}};
    in->deals[0].lines = {{.product = 0, .net = 3}, {.product = 1, .net = 1}};
    const ForecastEngine engine(in, FiscalCalendar(4));
    const auto rows = engine.rows(firstQuarter(ForecastDimension::Product));
    CHECK(rowOf(rows, u"p1"_s).figures.closedWon == 75000);
    CHECK(rowOf(rows, u"p2"_s).figures.closedWon == 25000);
    qint64 won = 0;
    for (const ForecastRow& row : rows)
        won += row.figures.closedWon;
    CHECK(won == 111000);
}

TEST_CASE("the dashboard's charts carry the report's numbers, and the deals behind a bar add up to it",
          "[analytics][forecast][dashboard]") {
    auto in = sample();
    in->reasons = {u"Price too high"_s};
    in->deals[1].reason = 0;
    const ForecastEngine engine(in, FiscalCalendar(4));
    const DashboardFilter filter{.period = PeriodKind::Quarter, .fiscalYear = 2027, .filter = {}};
    const QList<ChartData> charts = DashboardData::charts(engine, filter);
    const auto find = [&](const QString& id) -> const ChartData& {
        const auto it = std::find_if(charts.cbegin(), charts.cend(), [&](const ChartData& c) { return c.id == id; });
        REQUIRE(it != charts.cend());
        return *it;
    };
    const ChartData& byPeriod = find(u"forecast_by_period"_s);
    CHECK(byPeriod.categories == QStringList{u"Q1"_s, u"Q2"_s, u"Q3"_s, u"Q4"_s});
    const auto q1 = [&](int series) {
        return qint64(byPeriod.series[series].values[0]);
    };
    const ForecastFigures report = engine.rows(firstQuarter(ForecastDimension::Total))[0].figures;
    CHECK(q1(0) == report.closedWon);
    CHECK(q1(0) + q1(1) == report.commit());
    CHECK(q1(0) + q1(1) + q1(2) == report.bestCase());
    CHECK(q1(1) + q1(2) + q1(3) == report.openPipeline());
    CHECK(q1(4) == report.quota);
    CHECK(qint64(byPeriod.series[0].values[1]) == 40000);
    CHECK(byPeriod.note.contains(u"JPY"_s));

    qint64 behind = 0;
    for (int d : DashboardData::dealsBehind(engine, filter, byPeriod, 0, 0))
        behind += engine.input().deals[d].amount;
    CHECK(behind == report.closedWon);
    CHECK(DashboardData::dealsBehind(engine, filter, byPeriod, 0, 4).isEmpty()); // the quota line

    const ChartData& funnel = find(u"funnel"_s);
    CHECK(funnel.categories == QStringList{u"prospecting"_s, u"qualification"_s, u"proposal"_s, u"negotiation"_s});
    CHECK(funnel.series[0].values == QList<double>{10001, 0, 20000, 30000});

    const ChartData& reps = find(u"forecast_by_rep"_s);
    const qsizetype ada = reps.categories.indexOf(u"Ada"_s);
    REQUIRE(ada >= 0);
    CHECK(qint64(reps.series[0].values[ada]) == 140000); // both wins of the fiscal year
    CHECK(qint64(reps.series[4].values[ada]) == 1000000);

    const ChartData& days = find(u"days_in_stage"_s);
    CHECK(days.categories == QStringList{u"prospecting"_s, u"negotiation"_s});
    CHECK(days.series[0].values == QList<double>{3.0, 10.0});
    QStringList through;
    for (int d : DashboardData::dealsBehind(engine, filter, days, 0, 0))
        through.append(engine.input().deals[d].id);
    CHECK(through == QStringList{u"d0"_s, u"d5"_s});

    const ChartData& reasons = find(u"win_loss_reasons"_s);
    CHECK(reasons.categories == QStringList{u"Price too high"_s, u"(no reason)"_s}); // "none" last
    CHECK(reasons.series[0].values == QList<double>{0, 3});
    CHECK(reasons.series[1].values == QList<double>{1, 0});

    const QByteArray csv = DashboardData::csv(byPeriod, u"USD"_s);
    CHECK(csv.startsWith(
        "category,closed_won,commit,best_case,pipeline,quota\r\nQ1,1110.00,300.00,200.00,100.01,3500.00\r\n"));
    CHECK(DashboardData::fiscalYears(engine, QDate(2026, 12, 6)) == QList<int>{2027});
}

TEST_CASE("manager adjustments: a row shows its own figures and the adjusted ones, and adjustments below a "
          "manager roll up into their row",
          "[analytics][forecast][adjustment]") {
    auto in = sample();
    const QDate q1(2026, 4, 1);
    const auto adjust = [&](int subject, bool team, qint64 commit, qint64 bestCase, qint64 madeAt, int by,
                            bool cleared = false) {
        in->overrides.append({.subject = subject,
                              .team = team,
                              .kind = PeriodKind::Quarter,
                              .first = q1,
                              .commit = commit,
                              .bestCase = bestCase,
                              .converted = true,
                              .cleared = cleared,
                              .madeAt = madeAt,
                              .by = by,
                              .note = u"checked with the customer"_s});
    };
    adjust(3, false, 150000, 180000, 1, 1); // Anna raises Ada's own forecast
    adjust(2, true, 50000, 60000, 2, 0);    // the VP sets Ben's whole team
    const ForecastEngine engine(in, FiscalCalendar(4));

    const auto owners = engine.rows(firstQuarter(ForecastDimension::Owner));
    const ForecastRow& ada = rowOf(owners, u"a1"_s);
    CHECK(ada.figures.commit() == 130000); // the deals' own figure, beside ...
    REQUIRE(ada.adjusted.has_value());
    CHECK(ada.adjusted->commit == 150000); // ... the adjusted one
    CHECK(ada.adjusted->bestCase == 180000);
    CHECK(ada.adjusted->note == u"checked with the customer"_s);
    CHECK(ada.adjusted->by == u"Anna A"_s);
    CHECK_FALSE(rowOf(owners, u"b1"_s).adjusted.has_value()); // the team adjustment is not Bo's own

    const auto managers = engine.rows(firstQuarter(ForecastDimension::Manager));
    CHECK(rowOf(managers, u"ma"_s).adjusted->commit == 150000);
    CHECK(rowOf(managers, u"ma"_s).adjusted->note.isEmpty()); // it comes from below
    CHECK(rowOf(managers, u"mb"_s).figures.commit() == 11000);
    CHECK(rowOf(managers, u"mb"_s).adjusted->commit == 50000);
    CHECK(rowOf(managers, u"mb"_s).adjusted->bestCase == 60000);
    const ForecastRow& vp = rowOf(managers, u"vp"_s);
    CHECK(vp.figures.commit() == 141000);
    CHECK(vp.adjusted->commit == 141000 + 20000 + 39000);
    CHECK(vp.adjusted->bestCase == 161000 + 50000 + 29000);
    CHECK(engine.rows(firstQuarter(ForecastDimension::Total))[0].adjusted->commit == vp.adjusted->commit);

    ForecastQuery pipeline = firstQuarter(ForecastDimension::Total);
    pipeline.filter.pipeline = u"standard"_s;
    CHECK_FALSE(engine.rows(pipeline)[0].adjusted.has_value()); // adjustments are for the whole forecast

    // A later adjustment replaces the earlier one; clearing withdraws it and keeps the history.
    adjust(3, false, 0, 0, 3, 1, true);
    const ForecastEngine cleared(in, FiscalCalendar(4));
    CHECK_FALSE(rowOf(cleared.rows(firstQuarter(ForecastDimension::Owner)), u"a1"_s).adjusted.has_value());
    CHECK(rowOf(cleared.rows(firstQuarter(ForecastDimension::Manager)), u"vp"_s).adjusted->commit == 141000 + 39000);
    CHECK(in->overrides.size() == 3);
}
