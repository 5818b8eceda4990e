#include "StringMakers.h"
#include "TempDatabase.h"

#include "dashboard/CustomerSegmentsView.h"
#include "models/CustomerValueModel.h"
#include "services/CustomerSegments.h"
#include "store/records/AccountRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/OpportunityRepository.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// Numbers as in English whatever the machine's locale; the locale before is put back.
struct EnglishNumbers {
    QLocale before;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishNumbers() { QLocale::setDefault(before); }
    Q_DISABLE_COPY_MOVE(EnglishNumbers)
};

/// The five accounts of docs/rfm.md's worked example, as of 2026-06-30 in EUR.
struct Example {
    EnglishNumbers english;
    Test::TempDatabase tmp;
    QMap<QString, QString> ids;

    Example() {
        CurrencyRates rates(u"EUR"_s);
        rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
        REQUIRE(CurrencySettings::save(tmp.db(), rates));
        won(u"A"_s, QDate(2026, 6, 20), 100'000, u"EUR"_s);
        won(u"A"_s, QDate(2026, 5, 1), 50'000, u"EUR"_s);
        won(u"A"_s, QDate(2026, 3, 1), 100'000, u"USD"_s);
        won(u"B"_s, QDate(2026, 6, 25), 20'000, u"EUR"_s);
        won(u"B"_s, QDate(2026, 1, 10), 12'345, u"USD"_s);
        won(u"C"_s, QDate(2025, 12, 31), 300'000, u"EUR"_s);
        won(u"C"_s, QDate(2025, 6, 30), 10'000, u"EUR"_s);
        won(u"D"_s, QDate(2025, 1, 15), 70'000, u"GBP"_s);
        won(u"D"_s, QDate(2025, 2, 1), 5'000, u"EUR"_s);
        won(u"E"_s, QDate(2026, 7, 15), 999'999, u"EUR"_s);
        won(u"F"_s, QDate(2024, 6, 30), 40'000, u"EUR"_s);
    }

    void won(const QString& account, QDate close, qint64 amount, const QString& currency) {
        if (!ids.contains(account)) {
            Account a;
            a.name = account;
            auto saved = AccountRepository(tmp.db()).save(a);
            REQUIRE(saved);
            ids.insert(account, saved->id);
        }
        Opportunity o;
        o.name = u"Deal"_s;
        o.accountId = ids.value(account);
        o.stage = u"won"_s;
        o.closeDate = close;
        o.amount = amount;
        o.currency = currency;
        REQUIRE(OpportunityRepository(tmp.db()).save(o));
    }
};

QList<qreal> values(const QBarSet* set) {
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

QStringList listedIds(const QTableView* list) {
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(CustomerValueModel::IdRole).toString());
    return ids;
}

} // namespace

TEST_CASE("the customer segments view charts every segment's share and lists the accounts of a clicked bar",
          "[ui][dashboard][rfm]") {
    Example example;
    const auto report = CustomerSegments::build(example.tmp.db(), QDate(2026, 6, 30));
    REQUIRE(report);
    CustomerSegmentsView view;
    view.resize(1366, 768);
    view.setReport(*report);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    auto* chartView = view.findChild<QChartView*>(u"segmentChart"_s);
    REQUIRE(chartView);
    QChart* chart = chartView->chart();
    REQUIRE(chart->series().size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 2);
    // Bars from Lost (bottom) to Champions (top). Accounts: Loyal 2 of 5, Potential loyalists,
    // Hibernating and Lost 1 each. Revenue of 6,283.57: Loyal 5,520.00, Potential loyalists 313.57,
    // Hibernating 50.00, Lost 400.00.
    CHECK(values(bars->barSets().at(0)) == QList<qreal>{20, 20, 0, 0, 0, 0, 0, 0, 20, 40, 0});
    CHECK(values(bars->barSets().at(1)) == QList<qreal>{6.37, 0.8, 0, 0, 0, 0, 0, 0, 4.99, 87.85, 0});

    auto* list = view.findChild<QTableView*>(u"customerList"_s);
    REQUIRE(list);
    CHECK(listedIds(list) == QStringList{example.ids[u"C"_s], example.ids[u"A"_s], example.ids[u"F"_s],
                                         example.ids[u"B"_s], example.ids[u"D"_s]});

    // Click Loyal's accounts bar (category 9, half its length).
    const QPointF inChart = chart->mapToPosition(QPointF(20, 9 - 0.1), bars);
    const QPoint inView = chartView->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, inView);
    REQUIRE(view.shownSegment() == std::optional(RfmSegment::Loyal));
    CHECK(listedIds(list) == QStringList{example.ids[u"C"_s], example.ids[u"A"_s]});
    auto* choice = view.findChild<QComboBox*>(u"segmentChoice"_s);
    REQUIRE(choice);
    CHECK(choice->currentText() == u"Loyal"_s);

    choice->setCurrentIndex(0); // all segments
    CHECK(view.shownSegment() == std::nullopt);
    CHECK(listedIds(list).size() == 5);

    QSignalSpy opened(&view, &CustomerSegmentsView::accountActivated);
    emit list->activated(list->model()->index(4, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toString() == example.ids[u"D"_s]);
}

TEST_CASE("the customer segments view draws the Pareto curve and says how few accounts make 80 percent",
          "[ui][dashboard][rfm]") {
    Example example;
    const auto report = CustomerSegments::build(example.tmp.db(), QDate(2026, 6, 30));
    REQUIRE(report);
    CustomerSegmentsView view;
    view.setReport(*report);
    auto* chartView = view.findChild<QChartView*>(u"paretoChart"_s);
    REQUIRE(chartView);
    const QList<QAbstractSeries*> series = chartView->chart()->series();
    REQUIRE(series.size() == 2);
    auto* curve = qobject_cast<QLineSeries*>(series.at(0));
    REQUIRE(curve);
    // Running totals 3,100.00, 5,520.00, 5,920.00, 6,233.57, 6,283.57 of 6,283.57.
    CHECK(curve->points() == QList<QPointF>{{0, 0}, {20, 49.34}, {40, 87.85}, {60, 94.21}, {80, 99.2}, {100, 100}});
    auto* target = qobject_cast<QLineSeries*>(series.at(1));
    REQUIRE(target);
    CHECK(target->points() == QList<QPointF>{{0, 80}, {40, 80}, {40, 0}});
    const auto* text = view.findChild<QLabel*>(u"paretoText"_s);
    REQUIRE(text);
    CHECK(text->text() == u"2 of 5 accounts (40.00 %) make 80 % of revenue."_s);
    const auto* summary = view.findChild<QLabel*>(u"customerSegmentsSummary"_s);
    REQUIRE(summary);
    // Plurals are the translations' (the tests load none): "account(s)" here.
    const QString said = summary->text();
    INFO(said.toStdString());
    CHECK(said.contains(u"As of "_s));
    CHECK(said.contains(u": 5 account"_s));
    CHECK(said.contains(u"with won business scored, 6,283.57 EUR in total."_s));
    CHECK(said.contains(u" 1 account"_s));
    CHECK(said.contains(u"without won business not scored."_s));
    CHECK(said.contains(u"Not added, no exchange rate: 1 deal"_s));
    CHECK(said.contains(u"in GBP (700.00 GBP)."_s));
}
