#include "StringMakers.h"
#include "analytics/Commission.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

qint64 day(int y, int m, int d) {
    return QDate(y, m, d).toJulianDay();
}

enum User { Vera, Mira, Ron, Sue, Tom };
enum Plan { RonOwn, MiraTeam, VeraTeam, SueOwn, MiraTeamOld };

/// Vera (VP, no team) over Mira (manager, North) and Tom (South); Ron and Sue under Mira.
/// Plans: Ron's own (5 %, Services 8 %, ×1.5 above quota), Mira's team plan (4 %; 2 % before 2026),
/// Vera's team plan (3 %), Sue's own from May (10 %, ×2 but she has no quota). Ron's quota for the
/// quarter April–June 2026 is 10,000.00.
std::shared_ptr<ForecastInput> sample() {
    auto in = std::make_shared<ForecastInput>();
    in->rates = CurrencyRates(u"USD"_s);
    in->users = {{.id = u"vera"_s, .name = u"Vera"_s, .team = QString(), .manager = -1},
                 {.id = u"mira"_s, .name = u"Mira"_s, .team = u"North"_s, .manager = Vera},
                 {.id = u"ron"_s, .name = u"Ron"_s, .team = u"North"_s, .manager = Mira},
                 {.id = u"sue"_s, .name = u"Sue"_s, .team = u"North"_s, .manager = Mira},
                 {.id = u"tom"_s, .name = u"Tom"_s, .team = u"South"_s, .manager = Vera}};
    in->products = {{.id = u"p0"_s, .name = u"Server"_s, .family = u"Hardware"_s},
                    {.id = u"p1"_s, .name = u"Setup"_s, .family = u"services"_s}, // families match ignoring case
                    {.id = u"p2"_s, .name = u"Cable"_s, .family = QString()}};
    in->stages = {
        {.pipeline = u"standard"_s, .key = u"open"_s, .name = u"Open"_s, .position = 0, .outcome = StageOutcome::Open},
        {.pipeline = u"standard"_s, .key = u"won"_s, .name = u"Won"_s, .position = 1, .outcome = StageOutcome::Won},
        {.pipeline = u"standard"_s, .key = u"lost"_s, .name = u"Lost"_s, .position = 2, .outcome = StageOutcome::Lost}};
    in->pipelines = {u"standard"_s};
    in->pipelineNames = {u"Standard"_s};
    const auto plan = [](int user, bool team, QDate from, int rate, int accelerator) {
        return CommissionPlan{.id = u"plan-%1-%2"_s.arg(user).arg(from.toString(Qt::ISODate)),
                              .userId = QString(),
                              .user = user,
                              .team = team,
                              .validFrom = from,
                              .rate = rate,
                              .familyRates = {},
                              .accelerator = accelerator};
    };
    in->commissionPlans = {plan(Ron, false, QDate(2026, 1, 1), 500, 150), plan(Mira, true, QDate(2026, 1, 1), 400, 0),
                           plan(Vera, true, QDate(2026, 1, 1), 300, 0), plan(Sue, false, QDate(2026, 5, 1), 1000, 200),
                           plan(Mira, true, QDate(2025, 1, 1), 200, 0)};
    in->commissionPlans[RonOwn].familyRates = {{.family = u"Services"_s, .rate = 800}};
    in->quotas = {{.user = Ron,
                   .kind = PeriodKind::Quarter,
                   .first = QDate(2026, 4, 1),
                   .amount = 1'000'000,
                   .converted = true,
                   .currency = u"USD"_s}};
    return in;
}

ForecastDeal deal(int owner, StageOutcome outcome, ForecastCategory category, qint64 amount, qint64 close) {
    ForecastDeal d;
    d.id = u"d%1"_s.arg(close);
    d.owner = owner;
    d.stage = outcome == StageOutcome::Won ? 1 : outcome == StageOutcome::Lost ? 2 : 0;
    d.outcome = outcome;
    d.category = category;
    d.amount = amount;
    d.currency = u"USD"_s;
    d.closeDay = close;
    return d;
}

/// The deals of the quarter April–June 2026.
void addDeals(ForecastInput& in) {
    using O = StageOutcome;
    using C = ForecastCategory;
    // Ron: 6,000.00 won without lines, then 5,000.00 won over Hardware 3,000 and Services 2,000 (the
    // quota is crossed inside it), an open Commit deal of 2,000.00 and a Best case deal of 1,000.00
    // on a line without a family; lost and Pipeline deals earn nothing.
    in.deals = {
        deal(Ron, O::Won, C::Closed, 600000, day(2026, 4, 10)), deal(Ron, O::Won, C::Closed, 500000, day(2026, 5, 20)),
        deal(Ron, O::Open, C::Commit, 200000, day(2026, 6, 10)),
        deal(Ron, O::Open, C::BestCase, 100000, day(2026, 6, 20)),
        deal(Ron, O::Lost, C::Omitted, 900000, day(2026, 6, 21)),
        deal(Ron, O::Open, C::Pipeline, 900000, day(2026, 6, 22)),
        // Sue: under Mira's team plan in April, her own from May; a JPY deal has no rate.
        deal(Sue, O::Won, C::Closed, 33333, day(2026, 4, 15)), deal(Sue, O::Won, C::Closed, 12345, day(2026, 5, 2)),
        deal(Sue, O::Won, C::Closed, 0, day(2026, 5, 3)),
        // Tom under Vera's team plan; Mira's own deal too (her team plan is not for her).
        deal(Tom, O::Won, C::Closed, 100000, day(2026, 4, 20)), deal(Mira, O::Won, C::Closed, 100000, day(2026, 4, 25)),
        // Vera has no plan: her deal earns nothing.
        deal(Vera, O::Won, C::Closed, 50000, day(2026, 4, 26))};
    in.deals[1].lines = {{.product = 0, .net = 300000}, {.product = 1, .net = 200000}};
    in.deals[3].lines = {{.product = 2, .net = 100}};
    in.deals[8].converted = false;
    in.deals[8].currency = u"JPY"_s;
}

ForecastQuery quarter(ForecastDimension by, PeriodKind period = PeriodKind::Quarter) {
    return {.period = period, .from = QDate(2026, 4, 1), .to = QDate(2026, 6, 30), .by = by, .filter = {}};
}

const CommissionRow& rowOf(const QList<CommissionRow>& rows, const QString& group) {
    for (const CommissionRow& row : rows)
        if (row.forecast.group == group)
            return row;
    FAIL("no row for " << group.toStdString());
    return rows.front();
}

struct Fixture {
    std::shared_ptr<ForecastInput> input = sample();
    std::shared_ptr<ForecastEngine> engine;
    Fixture() {
        addDeals(*input);
        engine = std::make_shared<ForecastEngine>(input, FiscalCalendar(1));
    }
};

} // namespace

TEST_CASE("commission per deal: family rates by line, the base rate without lines, rounded half away from zero",
          "[analytics][commission]") {
    Fixture f;
    const Commission commission(*f.engine);
    const CommissionPlan& ron = f.input->commissionPlans[RonOwn];
    struct Case {
        int deal;
        CommissionDealPart part;
        qint64 expected;
    };
    const Case cases[] = {
        {0, {.belowQuota = 600000, .aboveQuota = 0}, 30000},      // 6,000.00 × 5 %
        {1, {.belowQuota = 500000, .aboveQuota = 0}, 31000},      // 3,000 × 5 % + 2,000 × 8 %
        {1, {.belowQuota = 400000, .aboveQuota = 100000}, 34100}, // 120 + 128 + 600 × 7.5 % + 400 × 12 %
        {1, {.belowQuota = 0, .aboveQuota = 500000}, 46500},      // all above: × 1.5
        {3, {.belowQuota = 0, .aboveQuota = 100000}, 7500},       // a line without a family: the base rate
        {6, {.belowQuota = 33333, .aboveQuota = 0}, 1667},        // 333.33 × 5 % = 16.6665 -> 16.67
        {6, {.belowQuota = -33333, .aboveQuota = 0}, -1667},      // a credit rounds away from zero too
    };
    for (const Case& c : cases) {
        INFO("deal " << c.deal << " below " << c.part.belowQuota << " above " << c.part.aboveQuota);
        CHECK(commission.dealCommission(ron, f.input->deals[c.deal], c.part) == c.expected);
    }
}

TEST_CASE("the part above quota: what brings the period's amount up to the quota is below it, the rest above",
          "[analytics][commission]") {
    struct Case {
        qint64 amount, before, quota, below, above;
    };
    const Case cases[] = {
        {600000, 0, 1000000, 600000, 0},           // under quota
        {500000, 600000, 1000000, 400000, 100000}, // crosses it
        {200000, 1100000, 1000000, 0, 200000},     // already above
        {500000, 0, 0, 500000, 0},                 // no quota: no accelerator
        {-10000, 1100000, 1000000, -10000, 0},     // a credit is never accelerated
    };
    for (const Case& c : cases) {
        INFO(c.amount << " after " << c.before << " of " << c.quota);
        const CommissionDealPart part = Commission::partOf(c.amount, c.before, c.quota);
        CHECK(part.belowQuota == c.below);
        CHECK(part.aboveQuota == c.above);
    }
}

TEST_CASE("the plan in force: the user's own from its day, else the nearest manager's team plan",
          "[analytics][commission]") {
    Fixture f;
    const Commission commission(*f.engine);
    struct Case {
        int user;
        QDate day;
        int plan;
    };
    const Case cases[] = {
        {Ron, QDate(2026, 4, 1), RonOwn},
        {Ron, QDate(2025, 12, 31), MiraTeamOld}, // before his own: Mira's team plan of that time
        {Sue, QDate(2026, 4, 30), MiraTeam},     // her own plan starts in May
        {Sue, QDate(2026, 5, 1), SueOwn},
        {Mira, QDate(2026, 4, 25), VeraTeam}, // her own team plan is for those below her
        {Tom, QDate(2026, 4, 20), VeraTeam},
        {Tom, QDate(2025, 6, 1), -1}, // Vera's plan starts in 2026
        {Vera, QDate(2026, 4, 26), -1},
        {-1, QDate(2026, 4, 26), -1},
    };
    for (const Case& c : cases) {
        INFO("user " << c.user << " on " << c.day.toString(Qt::ISODate).toStdString());
        CHECK(commission.planFor(c.user, c.day) == c.plan);
    }
}

TEST_CASE("a quarter's commission by owner, computed by hand: accelerator above quota, team plans, no quota, a "
          "currency without a rate",
          "[analytics][commission]") {
    Fixture f;
    const QList<CommissionRow> rows = Commission(*f.engine).rows(quarter(ForecastDimension::Owner));
    REQUIRE(rows.size() == 5);

    const CommissionRow& ron = rowOf(rows, u"ron"_s);
    CHECK(ron.forecast.figures.closedWon == 1100000);
    CHECK(ron.forecast.figures.commit() == 1300000);
    CHECK(ron.forecast.figures.bestCase() == 1400000);
    CHECK(ron.forecast.figures.quota == 1000000);
    CHECK(ron.earned == 64100);           // 300.00 + (120 + 128 + 45 + 48)
    CHECK(ron.expectedCommit == 79100);   // + 2,000.00 above quota at 5 % × 1.5
    CHECK(ron.expectedBestCase == 86600); // + 1,000.00 above quota at 5 % × 1.5
    CHECK(ron.plans == QList<int>{RonOwn});

    const CommissionRow& sue = rowOf(rows, u"sue"_s);
    CHECK(sue.earned == 2568); // 333.33 × 4 % = 13.33 under Mira's plan; 123.45 × 10 % = 12.345 -> 12.35
    CHECK(sue.expectedCommit == 2568);
    CHECK(sue.expectedBestCase == 2568);
    CHECK(sue.forecast.figures.unconverted == 1); // the JPY deal: counted, named, not added
    CHECK(sue.forecast.figures.unconvertedCurrencies == QStringList{u"JPY"_s});
    CHECK(sue.plans == QList<int>{MiraTeam, SueOwn});

    CHECK(rowOf(rows, u"tom"_s).earned == 3000);
    CHECK(rowOf(rows, u"tom"_s).plans == QList<int>{VeraTeam});
    CHECK(rowOf(rows, u"mira"_s).earned == 3000);
    CHECK(rowOf(rows, u"mira"_s).plans == QList<int>{VeraTeam});
    CHECK(rowOf(rows, u"vera"_s).earned == 0);
    CHECK(rowOf(rows, u"vera"_s).plans.isEmpty());
}

TEST_CASE("commission rolls up like the forecast: manager rows hold everyone below, teams and the total add up",
          "[analytics][commission]") {
    Fixture f;
    const Commission commission(*f.engine);
    const QList<CommissionRow> total = commission.rows(quarter(ForecastDimension::Total));
    REQUIRE(total.size() == 1);
    CHECK(total[0].earned == 72668); // 641.00 + 25.68 + 30.00 + 30.00
    CHECK(total[0].expectedCommit == 87668);
    CHECK(total[0].expectedBestCase == 95168);
    CHECK(total[0].plans == QList<int>{RonOwn, MiraTeam, VeraTeam, SueOwn});

    const QList<CommissionRow> managers = commission.rows(quarter(ForecastDimension::Manager));
    REQUIRE(managers.size() == 2);
    CHECK(rowOf(managers, u"vera"_s).earned == 72668);
    CHECK(rowOf(managers, u"mira"_s).earned == 69668); // Mira, Ron and Sue
    CHECK(rowOf(managers, u"mira"_s).expectedBestCase == 92168);

    const QList<CommissionRow> teams = commission.rows(quarter(ForecastDimension::Team));
    CHECK(rowOf(teams, u"North"_s).earned == 69668);
    CHECK(rowOf(teams, u"South"_s).earned == 3000);
    CHECK(rowOf(teams, QString()).earned == 0); // Vera, without a team

    ForecastQuery north = quarter(ForecastDimension::Owner);
    north.filter.underUser = u"mira"_s;
    qint64 sum = 0;
    for (const CommissionRow& row : commission.rows(north))
        sum += row.earned;
    CHECK(sum == 69668);
}

TEST_CASE("the accelerator works on the quota of the period asked for: months without a quota of their own pay "
          "the base rate",
          "[analytics][commission]") {
    Fixture f;
    const QList<CommissionRow> rows = Commission(*f.engine).rows(quarter(ForecastDimension::Owner, PeriodKind::Month));
    qint64 ronEarned = 0;
    for (const CommissionRow& row : rows) {
        if (row.forecast.group != u"ron"_s)
            continue;
        CHECK(row.forecast.figures.quota == 0);
        ronEarned += row.earned;
        if (row.forecast.period.key() == u"2026-05"_s)
            CHECK(row.earned == 31000); // 3,000 × 5 % + 2,000 × 8 %, nothing above a quota
    }
    CHECK(ronEarned == 61000);
}

TEST_CASE("rates and multipliers as people write them", "[analytics][commission]") {
    using namespace CommissionText;
    CHECK(parseRate(u"5"_s) == 500);
    CHECK(parseRate(u"5.5"_s) == 550);
    CHECK(parseRate(u" 12.25 "_s) == 1225);
    CHECK(parseRate(u"5,5"_s) == 550);
    CHECK(parseRate(u"7.5 %"_s) == 750);
    CHECK(parseRate(u"100"_s) == 10000);
    CHECK(parseRate(u"0"_s) == 0);
    for (const QString& bad : {u"5.555"_s, u"-1"_s, u"100.01"_s, u"five"_s, u""_s})
        CHECK_FALSE(parseRate(bad).has_value());
    CHECK(rateText(550) == u"5.5"_s);
    CHECK(rateText(1200) == u"12"_s);

    CHECK(parseAccelerator(u""_s) == 0);
    CHECK(parseAccelerator(u"1.5"_s) == 150);
    CHECK(parseAccelerator(u"2"_s) == 200);
    for (const QString& bad : {u"0.5"_s, u"10.5"_s, u"1.555"_s, u"x"_s})
        CHECK_FALSE(parseAccelerator(bad).has_value());
    CHECK(acceleratorText(150) == u"1.5"_s);
    CHECK(acceleratorText(0).isEmpty());

    QString problem;
    const auto rates = parseFamilyRates(u"Hardware=5; Services = 8.5|Cloud=0"_s, &problem);
    REQUIRE(rates);
    CHECK(*rates == QList<CommissionFamilyRate>{{.family = u"Hardware"_s, .rate = 500},
                                                {.family = u"Services"_s, .rate = 850},
                                                {.family = u"Cloud"_s, .rate = 0}});
    CHECK(familyRatesText(*rates) == u"Hardware=5;Services=8.5;Cloud=0"_s);
    CHECK(parseFamilyRates(QString(), &problem)->isEmpty());
    for (const QString& bad : {u"Hardware"_s, u"=5"_s, u"Hardware=5;hardware=6"_s, u"Hardware=lots"_s}) {
        problem.clear();
        INFO(bad.toStdString());
        CHECK_FALSE(parseFamilyRates(bad, &problem).has_value());
        CHECK_FALSE(problem.isEmpty());
    }
}
