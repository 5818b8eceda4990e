#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "../WorkspaceFixture.h"

#include "dashboard/ChartCard.h"
#include "dashboard/DashboardFilterBar.h"
#include "dashboard/DashboardSection.h"
#include "dashboard/DealListPane.h"
#include "models/ForecastDealsModel.h"
#include "services/ForecastReport.h"
#include "store/records/AccountRepository.h"
#include "store/records/CurrencySettings.h"
#include "store/records/OpportunityRepository.h"
#include "MainWindow.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// Six deals of FY2026 (the calendar year: the fiscal year starts in January), seen on 15 May
/// 2026 in USD with EUR at 1.10. Q1: Alpha won 1,000.00. Q2: Bravo won 2,500.00; Charlie open in
/// Negotiation (Commit) 4,000.00; Delta open in Proposal (Best case) 3,000.00 EUR = 3,300.00 USD;
/// Foxtrot lost 800.00. Q3: Echo open in Prospecting (Pipeline) 500.00.
struct Store {
    Test::SettableClock clock{QDateTime(QDate(2026, 5, 15), QTime(10, 0))};
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QString account;
    QMap<QString, QString> ids;

    Store() {
        CurrencyRates rates(u"USD"_s);
        rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"1.10"));
        REQUIRE(CurrencySettings::save(tmp.db(), rates));
        Account a;
        a.name = u"Acme"_s;
        auto saved = AccountRepository(tmp.db()).save(a);
        REQUIRE(saved);
        account = saved->id;
        deal(u"Alpha"_s, u"won"_s, QDate(2026, 2, 10), 100'000, u"USD"_s);
        deal(u"Bravo"_s, u"won"_s, QDate(2026, 5, 3), 250'000, u"USD"_s);
        deal(u"Charlie"_s, u"negotiation"_s, QDate(2026, 6, 20), 400'000, u"USD"_s);
        deal(u"Delta"_s, u"proposal"_s, QDate(2026, 5, 30), 300'000, u"EUR"_s);
        deal(u"Echo"_s, u"prospecting"_s, QDate(2026, 8, 1), 50'000, u"USD"_s);
        deal(u"Foxtrot"_s, u"lost"_s, QDate(2026, 4, 15), 80'000, u"USD"_s);
    }

    void deal(const QString& name, const QString& stage, QDate close, qint64 amount, const QString& currency) {
        Opportunity o;
        o.name = name;
        o.accountId = account;
        o.stage = stage;
        o.closeDate = close;
        o.amount = amount;
        o.currency = currency;
        if (stage == u"lost"_s)
            o.closeReason = u"Price"_s;
        auto saved = OpportunityRepository(tmp.db()).save(o, OpportunityRepository::ClosingDate::AsGiven);
        REQUIRE(saved);
        ids.insert(name, saved->id);
    }
};

/// The section shown at `size`, once its first charts are there.
void openAndWait(DashboardSection& section, QSize size = QSize(1366, 768)) {
    QSignalSpy shown(&section, &DashboardSection::chartsShown);
    section.resize(size);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    REQUIRE((!shown.isEmpty() || shown.wait(20'000))); // it may have come while the window was exposed
}

QStringList listedNames(const DealListPane* pane) {
    QStringList names;
    const QAbstractItemModel* model = pane->list()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ForecastDealsModel::Name).data(ForecastDealsModel::IdRole).toString());
    return names;
}

} // namespace

TEST_CASE("clicking a bar of the forecast lists exactly the opportunities behind it, adding up to the bar",
          "[ui][dashboard]") {
    Store store;
    DashboardSection section(store.context);
    openAndWait(section);

    ChartCard* card = section.card(u"forecast_by_period"_s);
    REQUIRE(card);
    const ChartData& data = card->data();
    REQUIRE(data.categories == QStringList{u"Q1"_s, u"Q2"_s, u"Q3"_s, u"Q4"_s});
    const int commit = 1;
    REQUIRE(data.series.at(commit).key == u"commit"_s);
    CHECK(data.series.at(0).values == QList<double>{100'000, 250'000, 0, 0}); // closed won
    CHECK(data.series.at(commit).values == QList<double>{0, 400'000, 0, 0});  // open commit
    CHECK(data.series.at(2).values == QList<double>{0, 330'000, 0, 0});       // open best case
    CHECK(data.series.at(3).values == QList<double>{0, 0, 50'000, 0});        // open pipeline

    // A real click in the middle of Q2's commit part: above closed won, half its height.
    QChartView* view = card->chartView();
    REQUIRE(view);
    QChart* chart = view->chart();
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().first());
    REQUIRE(bars);
    const double below = bars->barSets().at(0)->at(1);
    const double height = bars->barSets().at(commit)->at(1);
    CHECK(below == 2'500); // major units of USD on the axis
    CHECK(height == 4'000);
    const QPointF inChart = chart->mapToPosition(QPointF(1, below + height / 2), bars);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    view->ensureVisible(QRectF(inView, QSizeF(1, 1)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);

    DealListPane* pane = section.dealList();
    const auto engine = ForecastReport::engine(store.tmp.db());
    REQUIRE(engine);
    DashboardFilter filter = section.filterBar()->filter();
    CHECK(filter.fiscalYear == 2026);
    QStringList expected;
    for (const int d : DashboardData::dealsBehind(**engine, filter, data, 1, commit))
        expected.append((*engine)->input().deals.at(d).id);
    CHECK(expected == QStringList{store.ids[u"Charlie"_s]});
    CHECK(listedNames(pane) == expected);
    CHECK(pane->model()->total() == qint64(data.series.at(commit).values.at(1)));
    CHECK(pane->list()->model()->index(0, ForecastDealsModel::Name).data().toString() == u"Charlie"_s);
    CHECK(pane->title().contains(u"Q2"_s));
    CHECK(section.currentCard() == card);

    // Enter on a listed opportunity opens it as every section does.
    QSignalSpy opened(&section, &WorkspaceSection::recordRequested);
    pane->list()->setCurrentIndex(pane->list()->model()->index(0, 0));
    emit pane->list()->activated(pane->list()->model()->index(0, 0));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().at(0).toString() == u"opportunities"_s);
    CHECK(opened.first().at(1).toString() == store.ids[u"Charlie"_s]);
}

TEST_CASE("the best case part of a quarter lists the deal in another currency at its converted amount",
          "[ui][dashboard]") {
    Store store;
    DashboardSection section(store.context);
    openAndWait(section);
    ChartCard* card = section.card(u"forecast_by_period"_s);
    REQUIRE(card);
    section.showDealsBehind(card, 1, 2);
    CHECK(listedNames(section.dealList()) == QStringList{store.ids[u"Delta"_s]});
    CHECK(section.dealList()->model()->total() == 330'000);
}

TEST_CASE("changing the period computes every chart again", "[ui][dashboard]") {
    Store store;
    DashboardSection section(store.context);
    openAndWait(section);
    auto* period = section.findChild<QComboBox*>(u"periodFilter"_s);
    REQUIRE(period);
    QSignalSpy shown(&section, &DashboardSection::chartsShown);
    period->setCurrentIndex(period->findData(int(PeriodKind::Month)));
    REQUIRE(shown.wait(20'000));
    ChartCard* card = section.card(u"forecast_by_period"_s);
    REQUIRE(card);
    REQUIRE(card->data().categories.size() == 12);
    CHECK(card->data().series.at(0).values.at(1) == 100'000); // Alpha, won in February
    CHECK(card->data().series.at(0).values.at(4) == 250'000); // Bravo, won in May
    CHECK(card->data().series.at(1).values.at(5) == 400'000); // Charlie, commit in June

    // A store change is followed too: a new won deal in March.
    QSignalSpy again(&section, &DashboardSection::chartsShown);
    store.deal(u"Golf"_s, u"won"_s, QDate(2026, 3, 3), 70'000, u"USD"_s);
    REQUIRE(again.wait(20'000));
    CHECK(section.card(u"forecast_by_period"_s)->data().series.at(0).values.at(2) == 70'000);
}

TEST_CASE("the chart that was clicked exports as PNG, PDF and CSV", "[ui][dashboard]") {
    Store store;
    DashboardSection section(store.context);
    openAndWait(section);
    ChartCard* card = section.card(u"won_over_time"_s);
    REQUIRE(card);
    card->setFocus(Qt::MouseFocusReason);
    QApplication::processEvents();
    REQUIRE(section.currentCard() == card);
    const QString dir = store.tmp.dir();

    REQUIRE(section.exportChart(ChartExport::Format::Png, dir + u"/won.png"_s));
    const QImage image(dir + u"/won.png"_s);
    REQUIRE(!image.isNull());
    CHECK(image.width() >= 2 * card->chartView()->width()); // twice the screen's pixels

    REQUIRE(section.exportChart(ChartExport::Format::Pdf, dir + u"/won.pdf"_s));
    QFile pdf(dir + u"/won.pdf"_s);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    REQUIRE(section.exportChart(ChartExport::Format::Csv, dir + u"/won.csv"_s));
    QFile csv(dir + u"/won.csv"_s);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    CHECK(lines.at(0).trimmed() == "category,closed_won");
    CHECK(lines.at(2).trimmed() == "2026-02,1000.00");
    CHECK(lines.at(5).trimmed() == "2026-05,2500.00");

    // The store's own file is refused, with a message for the banner.
    const auto refused = section.exportChart(ChartExport::Format::Csv, store.tmp.path());
    REQUIRE(!refused);
    CHECK(!refused.error().message.isEmpty());
}

TEST_CASE("Go › Dashboard and Ctrl+6 show the dashboard, which lists its actions in the Record menu",
          "[ui][dashboard]") {
    Test::WorkspaceFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    REQUIRE(f.window->currentSection() == f.window->dashboard());
    QStringList actions;
    for (const QAction* action : f.window->dashboard()->recordActions())
        actions.append(action->objectName());
    CHECK(actions.contains(u"refreshAction"_s));
    CHECK(actions.contains(u"exportPngAction"_s));
    CHECK(actions.contains(u"exportPdfAction"_s));
    CHECK(actions.contains(u"exportCsvAction"_s));
}
