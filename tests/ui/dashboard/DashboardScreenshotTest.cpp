// Renders the Dashboard section over a demo store at 1366x768 and 1600x1000, light and dark, in
// English and Chinese, and checks what must hold at every size: every chart has a card in view of
// the scroll area's width, the grid has two columns only where each gets its minimum width, and a
// click lists deals. With the environment variable FIELDBOOK_DASHBOARD_SCREENSHOTS set to a folder
// the renders are saved there as dashboard-<part>-<screen>-<palette>-<language>.png;
// FIELDBOOK_SCREENSHOT_TRANSLATIONS may name a file of "context<TAB>source<TAB>translation" lines
// for texts the translation does not have yet.
#include "../calendar/Screenshots.h"
#include "ScreenshotLanguage.h"
#include "SettableClock.h"
#include "StringMakers.h"
#include "TempDatabase.h"

#include "dashboard/ChartCard.h"
#include "dashboard/ChartGrid.h"
#include "dashboard/DashboardSection.h"
#include "dashboard/ForecastRollupView.h"
#include "models/ForecastRollupModel.h"
#include "dashboard/DealListPane.h"
#include "services/DemoDataService.h"
#include "widgets/UndoHistory.h"

#include <QAbstractItemModel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

const QDate kToday(2026, 5, 13);

struct Render {
    QSize screen;
    bool dark;
    bool chinese;
    QString suffix() const {
        return u"-%1x%2-%3-%4.png"_s.arg(screen.width())
            .arg(screen.height())
            .arg(dark ? u"dark"_s : u"light"_s, chinese ? u"zh"_s : u"en"_s);
    }
};

void save(const QImage& image, const QString& name) {
    Test::saveScreenshot(image, "FIELDBOOK_DASHBOARD_SCREENSHOTS", name);
}

/// The first chart with a drillable value, clicked through the section as a click on it would.
bool clickSomething(DashboardSection& section) {
    for (ChartCard* card : section.cards())
        for (int s = 0; s < card->data().series.size(); ++s)
            for (int c = 0; c < card->data().categories.size(); ++c)
                if (card->data().series.at(s).drillable && card->data().series.at(s).values.value(c) > 0) {
                    section.showDealsBehind(card, c, s);
                    return true;
                }
    return false;
}

} // namespace

TEST_CASE("the dashboard on a laptop and a large screen, light and dark, in two languages",
          "[ui][dashboard][screenshots]") {
    for (const Render& r :
         {Render{{1366, 768}, false, false}, Render{{1366, 768}, true, false}, Render{{1600, 1000}, false, false},
          Render{{1600, 1000}, true, true}, Render{{1366, 768}, false, true}}) {
        INFO(r.suffix().toStdString());
        const Test::Language language(r.chinese);
        Test::SettableClock clock(QDateTime(kToday, QTime(9, 0)));
        Test::TempDatabase tmp;
        DemoRequest demo;
        demo.users = 8;
        demo.accounts = 60;
        demo.opportunities = 400;
        demo.seed = 5;
        demo.nowMs = QDateTime(kToday, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        REQUIRE(DemoDataService::generate(tmp.db(), demo));
        UndoHistory undo;
        AppContext context{tmp.db(), undo};
        DashboardSection section(context);
        if (r.chinese)
            section.setLocale(QLocale(QLocale::Chinese, QLocale::China));
        if (r.dark)
            section.setPalette(Test::darkPalette());
        section.resize(r.screen - QSize(160, 60)); // beside the navigation, under the menu bar
        QSignalSpy shown(&section, &DashboardSection::chartsShown);
        section.show();
        REQUIRE(QTest::qWaitForWindowExposed(&section));
        REQUIRE((!shown.isEmpty() || shown.wait(30'000))); // it may have come while the window was exposed
        QApplication::processEvents();

        auto* grid = section.findChild<ChartGrid*>(u"chartGrid"_s);
        auto* scroll = section.findChild<QScrollArea*>(u"chartScroll"_s);
        REQUIRE(grid);
        REQUIRE(scroll);
        CHECK(section.cards().size() == 8);
        CHECK(grid->columns() == (scroll->viewport()->width() >= 2 * ChartGrid::kMinColumnWidth ? 2 : 1));
        CHECK(grid->width() <= scroll->viewport()->width()); // never wider than the window: no sideways scrolling
        for (ChartCard* card : section.cards()) {
            INFO(card->data().id.toStdString());
            CHECK(card->width() >= std::min(ChartGrid::kMinColumnWidth, scroll->viewport()->width()) - 20);
        }
        save(Test::grabbed(section), u"dashboard-section"_s + r.suffix());
        save(grid->grab().toImage(), u"dashboard-charts"_s + r.suffix());

        // The exports of one chart, to look at beside the renders.
        if (const QString folder = qEnvironmentVariable("FIELDBOOK_DASHBOARD_SCREENSHOTS"); !folder.isEmpty()) {
            section.card(u"forecast_by_rep"_s)->setFocus(Qt::MouseFocusReason);
            for (const auto format : {ChartExport::Format::Png, ChartExport::Format::Pdf})
                CHECK(section.exportChart(
                    format,
                    folder + u"/dashboard-export"_s +
                        r.suffix().replace(u".png"_s, format == ChartExport::Format::Png ? u".png"_s : u".pdf"_s)));
        }
        REQUIRE(clickSomething(section));
        CHECK(section.dealList()->list()->model()->rowCount() > 0);
        QApplication::processEvents();
        save(Test::grabbed(section), u"dashboard-drilldown"_s + r.suffix());

        auto* tabs = section.findChild<QTabWidget*>(u"dashboardTabs"_s);
        REQUIRE(tabs);
        tabs->setCurrentWidget(section.rollup());
        QApplication::processEvents();
        CHECK(section.rollup()->model()->rowCount() > 0);
        save(Test::grabbed(section), u"dashboard-team"_s + r.suffix());

        tabs->setCurrentIndex(tabs->count() - 1); // Customers
        QTest::qWait(50);
        for (int i = 0; i < 200 && section.isLoading(); ++i)
            QTest::qWait(50);
        QTest::qWait(300); // the customers' report arrives from its worker
        save(Test::grabbed(section), u"dashboard-customers"_s + r.suffix());
    }
}
