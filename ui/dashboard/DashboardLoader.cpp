#include "DashboardLoader.h"

#include "common/Clock.h"
#include "importexport/LongTask.h"
#include "services/ForecastReport.h"
#include "services/ForecastSnapshots.h"
#include "store/records/ForecastSource.h"

#include <QtGlobal>

namespace Fieldbook {

namespace {

/// The charts of `filter` (the current fiscal year when it names none), on the worker.
void compute(DashboardCharts& out, DashboardFilter filter) {
    const QDate today = Clock::today();
    out.years = DashboardData::fiscalYears(*out.engine, today);
    if (filter.fiscalYear == 0)
        filter.fiscalYear = ForecastReport::currentYear(out.engine->calendar(), today).fiscalYear;
    out.filter = filter;
    out.charts = DashboardData::charts(*out.engine, filter);
}

/// The fiscal year `filter` shows (today's when it names none) in `calendar`.
CloseRange yearOf(const FiscalCalendar& calendar, const DashboardFilter& filter) {
    const int year = filter.fiscalYear != 0 ? filter.fiscalYear : calendar.fiscalYearOf(Clock::today());
    const FiscalPeriod period = calendar.year(year);
    return {.first = period.first, .last = period.last};
}

/// Whether `engine` holds the deals of the year `filter` shows.
bool holdsYearOf(const ForecastEngine& engine, const DashboardFilter& filter) {
    const auto& closing = engine.input().closing;
    return !closing || *closing == yearOf(engine.calendar(), filter);
}

/// The engine over the deals of the year `filter` shows (docs/forecast.md, Dashboard: the dashboard
/// reads one fiscal year). Reading this year's the first time in a week takes the week's snapshots,
/// then reads again so that the movement chart has them.
Result<std::shared_ptr<const ForecastEngine>> readYear(Database& db, const QString& currency,
                                                       const DashboardFilter& filter) {
    const FiscalCalendar calendar(ForecastSource::fiscalFirstMonth(db));
    const CloseRange year = yearOf(calendar, filter);
    auto engine = ForecastReport::engine(db, currency, year);
    if (!engine || year != yearOf(calendar, {}))
        return engine;
    const auto taken = ForecastSnapshots::takeWeekly(db, **engine, Clock::today());
    if (!taken) // the charts still show; the snapshot is taken the next time
        qWarning("Fieldbook: this week's forecast snapshot was not taken: %s", qPrintable(taken.error().message));
    return taken && *taken > 0 ? ForecastReport::engine(db, currency, year) : engine;
}

} // namespace

DashboardLoader::DashboardLoader(QString dbPath, QObject* parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_task(new LongTask(this)) {
    connect(m_task, &LongTask::finished, this, &DashboardLoader::onFinished);
}

DashboardLoader::~DashboardLoader() = default;

bool DashboardLoader::isBusy() const {
    return m_task->isRunning();
}

void DashboardLoader::reload(const QString& currency, const DashboardFilter& filter) {
    m_pending = Request{.readStore = true, .currency = currency, .filter = filter};
    startNext();
}

void DashboardLoader::recompute(const DashboardFilter& filter) {
    // A store read asked for and not yet started still has to happen, with this filter.
    const bool read = !m_engine || (m_pending && m_pending->readStore) || !holdsYearOf(*m_engine, filter);
    m_pending =
        Request{.readStore = read, .currency = m_pending ? m_pending->currency : m_engineCurrency, .filter = filter};
    startNext();
}

void DashboardLoader::startNext() {
    if (!m_pending || m_task->isRunning())
        return;
    const Request request = *m_pending;
    m_pending.reset();
    auto out = std::make_shared<DashboardCharts>();
    m_running = out;
    bool started = false;
    if (request.readStore) {
        m_engineCurrency = request.currency;
        started = m_task->start(m_dbPath, [out, request](Database& db, const ProgressFn&) -> Result<void> {
            auto engine = readYear(db, request.currency, request.filter);
            if (!engine)
                return std::unexpected(engine.error());
            out->engine = *engine;
            compute(*out, request.filter);
            return {};
        });
    } else {
        out->engine = m_engine;
        started = m_task->start([out, request](const ProgressFn&) -> Result<void> {
            compute(*out, request.filter);
            return {};
        });
    }
    if (started)
        emit busyChanged(true);
}

void DashboardLoader::onFinished() {
    const std::shared_ptr<DashboardCharts> out = std::exchange(m_running, nullptr);
    if (!m_task->succeeded()) {
        if (!m_pending)
            emit busyChanged(false);
        emit failed(m_task->error().message);
        startNext();
        return;
    }
    m_engine = out->engine; // what the next computation starts from
    if (m_pending) {        // asked again meanwhile: this result is already out of date
        startNext();
        return;
    }
    m_current = std::move(*out);
    emit busyChanged(false);
    emit ready();
}

} // namespace Fieldbook
