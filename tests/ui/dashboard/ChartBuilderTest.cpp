#include "StringMakers.h"

#include "dashboard/ChartBuilder.h"
#include "dashboard/ChartCard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPalette>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

ChartSeries lineSeries(const QString& key, QList<double> values) {
    return {.key = key,
            .name = key,
            .values = std::move(values),
            .measure = ForecastMeasure::All,
            .line = true,
            .drillable = false};
}

} // namespace

TEST_CASE("a chart of lines along twenty weeks labels every third week and keeps each point", "[ui][dashboard]") {
    ChartData data;
    data.id = u"forecast_movement"_s;
    QList<double> won;
    for (int week = 0; week < 20; ++week) {
        data.categories.append(QDate(2026, 1, 5).addDays(7 * week).toString(Qt::ISODate));
        won.append(100'000.0 * week);
    }
    data.series = {lineSeries(u"closed_won"_s, won), lineSeries(u"quota"_s, QList<double>(20, 0.0))};
    const std::unique_ptr<QChart> chart(ChartBuilder(data, u"EUR"_s, QLocale::c()).build(QPalette()));
    REQUIRE(chart->series().size() == 1); // the quota of zeros draws no line
    auto* line = qobject_cast<QLineSeries*>(chart->series().first());
    REQUIRE(line);
    REQUIRE(line->count() == 20);
    CHECK(line->at(19) == QPointF(19, 19'000)); // 1,900,000.00 EUR in thousands
    auto* weeks = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    REQUIRE(weeks);
    CHECK(weeks->categoriesLabels() == QStringList{u"2026-01-05"_s, u"2026-01-26"_s, u"2026-02-16"_s, u"2026-03-09"_s,
                                                   u"2026-03-30"_s, u"2026-04-20"_s, u"2026-05-11"_s});
}

TEST_CASE("a horizontal stacked chart lists its first category on top, in the value axis' unit", "[ui][dashboard]") {
    ChartData data;
    data.id = u"forecast_by_rep"_s;
    data.stacked = true;
    data.horizontal = true;
    data.categories = {u"Ann"_s, u"Bob"_s, u"Cem"_s};
    data.series = {{.key = u"closed_won"_s,
                    .name = u"Closed won"_s,
                    .values = {150'000, 0, 250},
                    .measure = ForecastMeasure::ClosedWon,
                    .line = false,
                    .drillable = true}};
    const ChartBuilder builder(data, u"USD"_s, QLocale(QLocale::English, QLocale::UnitedStates));
    const std::unique_ptr<QChart> chart(builder.build(QPalette()));
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    QBarSet* won = bars->barSets().first();
    CHECK(won->at(0) == 2.5);   // Cem at the bottom
    CHECK(won->at(2) == 1'500); // Ann on top, 1,500.00 USD
    auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
    REQUIRE(names);
    CHECK(names->categories() == QStringList{u"Cem"_s, u"Bob"_s, u"Ann"_s});
    CHECK(builder.categoryOf(2) == 0);
    CHECK(builder.valueText(150'000) == u"1,500.00 USD"_s);
    auto* amounts = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    REQUIRE(amounts);
    CHECK(amounts->categoriesLabels() == QStringList{u"0"_s, u"500"_s, u"1,000"_s, u"1,500"_s});
}

TEST_CASE("a chart card builds its chart again when its colours change, not on every palette event",
          "[ui][dashboard]") {
    ChartData data;
    data.id = u"won_over_time"_s;
    data.categories = {u"Q1"_s, u"Q2"_s};
    data.series = {lineSeries(u"closed_won"_s, {100.0, 200.0})};
    QWidget parent;
    auto* card = new ChartCard(data, u"EUR"_s, &parent);
    const QChart* built = card->chartView()->chart();
    REQUIRE(built);
    card->setBackgroundRole(QPalette::Base); // a palette event with the same colours, as its constructor sends
    CHECK(card->chartView()->chart() == built);

    QPalette dark = parent.palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    parent.setPalette(dark);
    CHECK(card->chartView()->chart() != built);
    CHECK(card->chartView()->backgroundBrush().color() == QColor(30, 30, 30));
}
