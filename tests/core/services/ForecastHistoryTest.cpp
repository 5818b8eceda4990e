#include "SmallDemo.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "services/DashboardData.h"
#include "services/ForecastReport.h"
#include "services/ForecastSnapshots.h"
#include "store/records/ForecastHistoryRepository.h"
#include "store/records/ForecastSource.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const ForecastEngine> engineOf(Database& db) {
    auto engine = ForecastReport::engine(db);
    REQUIRE(engine);
    return *engine;
}

const ChartData& chartOf(const QList<ChartData>& charts, const QString& id) {
    const auto it = std::find_if(charts.cbegin(), charts.cend(), [&](const ChartData& c) { return c.id == id; });
    REQUIRE(it != charts.cend());
    return *it;
}

} // namespace

TEST_CASE("weekly snapshots are taken once a week and show the forecast's movement, and a submission is kept",
          "[services][forecast][snapshot]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    const QDate today = QDate::currentDate();
    auto engine = engineOf(tmp.db());
    const auto first = ForecastSnapshots::takeWeekly(tmp.db(), *engine, today);
    REQUIRE(first);
    CHECK(*first > 0);
    const auto again = ForecastSnapshots::takeWeekly(tmp.db(), *engine, today);
    REQUIRE(again);
    CHECK(*again == 0); // the week's snapshots exist: the first look of the week stays
    REQUIRE(ForecastSnapshots::takeWeekly(tmp.db(), *engine, today.addDays(7)));

    auto stored = ForecastHistoryRepository(tmp.db()).snapshots();
    REQUIRE(stored);
    CHECK(stored->size() == 2 * *first);
    CHECK(std::all_of(stored->cbegin(), stored->cend(),
                      [](const ForecastSnapshot& s) { return s.takenOn.dayOfWeek() == Qt::Monday && !s.submitted; }));

    engine = engineOf(tmp.db());
    const int year = engine->calendar().periodOf(today, PeriodKind::Year).fiscalYear;
    const auto charts =
        DashboardData::charts(*engine, {.period = PeriodKind::Quarter, .fiscalYear = year, .filter = {}});
    const ChartData& movement = chartOf(charts, u"forecast_movement"_s);
    REQUIRE(movement.categories.size() == 2);
    CHECK(movement.categories.front() == ForecastSnapshots::weekOf(today).toString(Qt::ISODate));
    const auto rows = engine->rows({.period = PeriodKind::Year,
                                    .from = engine->calendar().periodOf(today, PeriodKind::Year).first,
                                    .to = today,
                                    .by = ForecastDimension::Total,
                                    .filter = {}});
    CHECK(qint64(movement.series[1].values.front()) == rows.front().figures.commit()); // nothing moved since
    CHECK(DashboardData::dealsBehind(*engine, {}, movement, 0, 1).isEmpty());

    const QString someone = engine->input().deals.front().owner >= 0
                                ? engine->input().users[engine->input().deals.front().owner].id
                                : QString();
    REQUIRE_FALSE(someone.isEmpty());
    const auto submitted =
        ForecastSnapshots::submit(tmp.db(), *engine, someone, false, PeriodKind::Quarter, today, u"还有两单在谈"_s);
    REQUIRE(submitted);
    stored = ForecastHistoryRepository(tmp.db()).snapshots();
    REQUIRE(stored);
    CHECK(std::count_if(stored->cbegin(), stored->cend(), [](const ForecastSnapshot& s) { return s.submitted; }) == 1);
    CHECK(submitted->note == u"还有两单在谈"_s);
}

TEST_CASE("only managers adjust a forecast, and an adjustment needs sensible amounts",
          "[services][forecast][adjustment]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    auto users = UserRepository(tmp.db()).all();
    REQUIRE(users);
    const QString rep = users->back().id;
    ForecastAdjustment a{.id = {},
                         .subjectId = rep,
                         .team = false,
                         .periodKind = u"quarter"_s,
                         .periodStart = QDate(2027, 1, 1),
                         .commit = 100000,
                         .bestCase = 150000,
                         .currency = u"USD"_s,
                         .cleared = false,
                         .note = u"two more deals"_s,
                         .madeAt = 0,
                         .madeBy = {}};
    ForecastHistoryRepository repository(tmp.db());
    const auto made = repository.adjust(a);
    REQUIRE(made);
    CHECK(made->madeBy == tmp->localUserId());
    ForecastAdjustment wrong = a;
    wrong.bestCase = 50000;
    CHECK(repository.adjust(wrong).error().code == ErrorCode::InvalidInput);
    wrong = a;
    wrong.periodKind = u"week"_s;
    CHECK(repository.adjust(wrong).error().code == ErrorCode::InvalidInput);

    auto me = UserRepository(tmp.db()).localUser();
    REQUIRE(me);
    me->role = UserRole::Rep;
    REQUIRE(UserRepository(tmp.db()).save(*me));
    CHECK(repository.adjust(a).error().code == ErrorCode::PermissionDenied);
    const auto all = repository.adjustments();
    REQUIRE(all);
    CHECK(all->size() == 1);
}

TEST_CASE("the dashboard's slice of one fiscal year draws the same charts as the whole store",
          "[services][forecast][dashboard]") {
    Test::TempDatabase tmp;
    Test::generateSmallDemo(tmp.db());
    REQUIRE(ForecastSource::setFiscalFirstMonth(tmp.db(), 4));
    const auto whole = engineOf(tmp.db());
    const FiscalCalendar& calendar = whole->calendar();
    const QList<int> years = DashboardData::fiscalYears(*whole, QDate::currentDate());
    REQUIRE(years.size() >= 2);
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const ForecastDeal& deal : whole->input().deals) {
        if (deal.closeDay > 0) {
            first = std::min(first, deal.closeDay);
            last = std::max(last, deal.closeDay);
        }
    }
    CHECK(whole->input().firstClose == QDate::fromJulianDay(first));
    CHECK(whole->input().lastClose == QDate::fromJulianDay(last));
    for (const int year : years) {
        INFO("FY" << year);
        const FiscalPeriod period = calendar.year(year);
        auto slice = ForecastReport::engine(tmp.db(), {}, CloseRange{.first = period.first, .last = period.last});
        REQUIRE(slice);
        CHECK(DashboardData::fiscalYears(**slice, QDate::currentDate()) == years);
        // The slice holds exactly the year's deals, with their lines and stage history.
        QHash<QString, const ForecastDeal*> inYear;
        for (const ForecastDeal& deal : whole->input().deals) {
            if (period.contains(QDate::fromJulianDay(deal.closeDay)))
                inYear.insert(deal.id, &deal);
        }
        REQUIRE((*slice)->input().deals.size() == inYear.size());
        for (const ForecastDeal& deal : (*slice)->input().deals) {
            const ForecastDeal* same = inYear.value(deal.id);
            REQUIRE(same);
            CHECK(deal.amount == same->amount);
            CHECK(deal.closeDay == same->closeDay);
            CHECK(deal.stage == same->stage);
            CHECK(deal.lines.size() == same->lines.size());
            CHECK(deal.stays.size() == same->stays.size());
            CHECK(deal.openedDay == same->openedDay);
        }
        const DashboardFilter filter{.period = PeriodKind::Quarter, .fiscalYear = year, .filter = {}};
        const QList<ChartData> fromWhole = DashboardData::charts(*whole, filter);
        const QList<ChartData> fromSlice = DashboardData::charts(**slice, filter);
        REQUIRE(fromWhole.size() == fromSlice.size());
        for (qsizetype c = 0; c < fromWhole.size(); ++c)
            CHECK(DashboardData::csv(fromSlice[c], u"USD"_s) == DashboardData::csv(fromWhole[c], u"USD"_s));
    }
}
