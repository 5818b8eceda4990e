#include "DashboardPhase.h"

#include "BenchTimer.h"
#include "dashboard/ChartGrid.h"
#include "dashboard/DashboardSection.h"
#include "store/db/Database.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kTimeoutMs = 60'000;

/// Runs the event loop until the section shows new charts; false on timeout.
bool waitForCharts(DashboardSection& section) {
    QEventLoop loop;
    bool shown = false;
    QObject::connect(&section, &DashboardSection::chartsShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return shown;
}

/// The longest the GUI thread went without turning to its event loop while it lives: a timer that
/// should fire every millisecond notes the largest gap.
class StallMeter final {
public:
    StallMeter() {
        m_clock.start();
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_timer.start();
    }
    double longestMs() const { return double(std::max(m_longest, m_clock.nsecsElapsed() - m_last)) / 1e6; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Paints every card, also those the scroll area does not show yet.
void paintAll(DashboardSection& section) {
    if (auto* grid = section.findChild<ChartGrid*>())
        (void)grid->grab();
}

} // namespace

QJsonObject runDashboardPhase(const QString& dbPath) {
    auto db = Database::open(dbPath);
    if (!db)
        return {{u"error"_s, db.error().message}};
    UndoHistory undo;
    AppContext context{**db, undo};
    Samples open;
    Samples ready;
    Samples recompute;
    Samples stalled;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const StallMeter meter;
        DashboardSection section(context);
        section.resize(1440, 940);
        section.show();
        if (!waitForCharts(section))
            return {{u"error"_s, u"the dashboard showed no charts"_s}};
        ready.add(elapsedMs(t));
        paintAll(section);
        open.add(elapsedMs(t));
        stalled.add(meter.longestMs());

        auto* year = section.findChild<QComboBox*>(u"fiscalYearFilter"_s);
        if (!year || year->count() < 2)
            return {{u"error"_s, u"the dashboard offers no other fiscal year"_s}};
        t.restart();
        year->setCurrentIndex((year->currentIndex() + 1) % year->count());
        if (!waitForCharts(section))
            return {{u"error"_s, u"the dashboard did not recompute"_s}};
        paintAll(section);
        recompute.add(elapsedMs(t));
    }
    return {{u"dashboard_open_ms"_s, open.percentile(50)},
            {u"dashboard_charts_ready_ms"_s, ready.percentile(50)},
            {u"dashboard_recompute_ms"_s, recompute.percentile(50)},
            {u"dashboard_gui_stall_ms"_s, stalled.percentile(50)}};
}

} // namespace Fieldbook::Bench
