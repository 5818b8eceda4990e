#include "DashboardSection.h"

#include "ChartCard.h"
#include "ChartGrid.h"
#include "CommissionPlansDialog.h"
#include "CustomerSegmentsView.h"
#include "DashboardFilterBar.h"
#include "DashboardLoader.h"
#include "DealListPane.h"
#include "ForecastRollupView.h"
#include "QuotaGridDialog.h"
#include "common/Clock.h"
#include "importexport/LongTask.h"
#include "protocol/RecordType.h"
#include "services/CustomerSegments.h"
#include "store/db/Database.h"
#include "store/records/CurrencySettings.h"
#include "store/records/PipelineRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QDir>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

DashboardSection::DashboardSection(AppContext& context, QWidget* parent)
    : DashboardSection(context, new DashboardFilterBar, parent) {}

DashboardSection::DashboardSection(AppContext& context, DashboardFilterBar* filter, QWidget* parent)
    : SectionFrame(context, RecordType::opportunities(), filter, filter, parent)
    , m_filter(filter)
    , m_loader(new DashboardLoader(context.db.path(), this))
    , m_tabs(new QTabWidget(this))
    , m_rollup(new ForecastRollupView(context.db, this))
    , m_customers(new CustomerSegmentsView(this))
    , m_customersTask(new LongTask(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"dashboardSection"_s);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildForecastPage(), tr("Forecast"));
    m_tabs->addTab(m_rollup, tr("Team forecast"));
    m_tabs->addTab(m_customers, tr("Customers"));
    addView(m_tabs);
    showView(m_tabs, false, {});
    createActions();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kReloadDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardSection::reload);
    connect(m_filter, &DashboardFilterBar::filterChanged, this, [this] { m_loader->recompute(m_filter->filter()); });
    connect(m_filter, &DashboardFilterBar::currencyChanged, this, [this] {
        reload();
        m_customersStale = true;
        if (m_tabs->currentWidget() == m_customers)
            loadCustomers();
    });
    connect(m_loader, &DashboardLoader::busyChanged, this, [this](bool busy) {
        m_filter->setBusy(busy || m_customersTask->isRunning());
        emit statusChanged();
    });
    connect(m_loader, &DashboardLoader::ready, this, &DashboardSection::showCharts);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString& message) {
        m_loadError = message;
        showError(message);
        emit statusChanged();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_customers && m_customersStale)
            loadCustomers();
        showRollup();
    });
    connect(m_rollup, &ForecastRollupView::message, this, [this](const QString& text, bool error) {
        banner()->showMessage(text, error ? MessageBanner::Type::Error : MessageBanner::Type::Positive,
                              error ? 0 : 4000);
    });
    connect(m_customers, &CustomerSegmentsView::accountActivated, this,
            [this](const QString& id) { emit recordRequested(RecordType::accounts().table, id); });
    followStore();
}

DashboardSection::~DashboardSection() = default;

QWidget* DashboardSection::buildForecastPage() {
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(u"chartScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new ChartGrid;
    scroll->setWidget(m_grid);
    m_deals = new DealListPane(m_context.db, m_splitter);
    connect(m_deals, &DealListPane::opportunityActivated, this,
            [this](const QString& id) { emit recordRequested(RecordType::opportunities().table, id); });
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_deals);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_deals->hide(); // until a bar or point is clicked: the charts take the height
    return m_splitter;
}

void DashboardSection::createActions() {
    QAction* refresh = addRecordAction(tr("&Refresh"), u"view-refresh"_s, QKeySequence(Qt::Key_F5), u"refreshAction"_s);
    connect(refresh, &QAction::triggered, this, &DashboardSection::reload);
    QAction* quotas = addRecordAction(tr("&Quotas…"), u"x-office-spreadsheet"_s, {}, u"quotasAction"_s);
    connect(quotas, &QAction::triggered, this, [this] {
        const DashboardFilter shown = m_loader->current().filter;
        QuotaGridDialog* dialog = QuotaGridDialog::open(m_context, this);
        if (shown.fiscalYear != 0)
            dialog->showYear(shown.fiscalYear, shown.period == PeriodKind::Month);
    });
    QAction* plans = addRecordAction(tr("Co&mmission plans…"), u"accessories-calculator"_s, {}, u"commissionAction"_s);
    connect(plans, &QAction::triggered, this, [this] { CommissionPlansDialog::open(m_context.db, this); });
    addSeparator();
    const std::tuple<ChartExport::Format, QString, QString, QString> exports[] = {
        {ChartExport::Format::Png, tr("Export chart as &PNG…"), u"image-x-generic"_s, u"exportPngAction"_s},
        {ChartExport::Format::Pdf, tr("Export chart as P&DF…"), u"application-pdf"_s, u"exportPdfAction"_s},
        {ChartExport::Format::Csv, tr("Export chart data as &CSV…"), u"text-csv"_s, u"exportCsvAction"_s}};
    for (const auto& [format, text, icon, name] : exports) {
        QAction* action = addRecordAction(text, icon, {}, name);
        connect(action, &QAction::triggered, this, [this, format] { askExport(format); });
        m_exportActions.append(action);
    }
}

void DashboardSection::showRollup() {
    const DashboardCharts& shown = m_loader->current();
    if (!m_rollupStale || m_tabs->currentWidget() != m_rollup || !shown.engine)
        return;
    m_rollupStale = false;
    m_rollup->setForecast(shown.engine, shown.filter);
}

void DashboardSection::followStore() {
    // Everything the forecast reads (ForecastSource): any change computes the charts again.
    for (const RecordType* type :
         {&RecordType::opportunities(), &RecordType::opportunityHistory(), &RecordType::opportunityLines(),
          &RecordType::users(), &RecordType::quotas(), &RecordType::forecastAdjustments(),
          &RecordType::forecastSnapshots(), &RecordType::commissionPlans(), &RecordType::pipelines(),
          &RecordType::accounts(), &RecordType::products()})
        onStoreChange(*type, StoreChange::Records | StoreChange::Reset, [this] { storeChanged(); });
}

void DashboardSection::storeChanged() {
    m_customersStale = true;
    if (!m_loaded)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_debounce->start();
}

void DashboardSection::showEvent(QShowEvent* event) {
    SectionFrame::showEvent(event);
    if (!m_loaded || m_stale)
        reload(); // the store is read when the section is first shown, not while the window is built
    else if (m_tabs->currentWidget() == m_customers && m_customersStale)
        loadCustomers();
}

void DashboardSection::reload() {
    if (!isVisible()) { // read when next shown
        m_stale = m_loaded;
        return;
    }
    m_loaded = true;
    m_stale = false;
    m_debounce->stop();
    m_loader->reload(m_filter->currency(), m_filter->filter());
    if (m_tabs->currentWidget() == m_customers)
        loadCustomers();
}

bool DashboardSection::isLoading() const {
    return m_loader->isBusy();
}

QString DashboardSection::statusText() const {
    if (m_loader->isBusy())
        return tr("Computing the charts…");
    const DashboardCharts& shown = m_loader->current();
    if (!shown.engine)
        return m_loadError ? tr("The charts could not be computed.") : QString();
    return tr("FY%1 · %Ln opportunity(ies) · %2", nullptr, int(shown.engine->input().deals.size()))
        .arg(shown.filter.fiscalYear)
        .arg(shown.engine->input().rates.reportingCurrency());
}

QList<ChartCard*> DashboardSection::cards() const {
    return m_grid->cards();
}

ChartCard* DashboardSection::card(const QString& chartId) const {
    for (ChartCard* c : m_grid->cards())
        if (c->data().id == chartId)
            return c;
    return nullptr;
}

ChartCard* DashboardSection::currentCard() const {
    if (ChartCard* c = card(m_currentChart))
        return c;
    return m_grid->cards().isEmpty() ? nullptr : m_grid->cards().first();
}

void DashboardSection::setCurrentCard(ChartCard* current) {
    m_currentChart = current ? current->data().id : QString();
    for (ChartCard* c : m_grid->cards())
        c->setCurrent(c == current);
}

void DashboardSection::showCharts() {
    m_loadError.reset();
    const DashboardCharts& shown = m_loader->current();
    QList<std::pair<QString, QString>> pipelines;
    if (auto all = PipelineRepository(m_context.db).pipelines(true))
        for (const Pipeline& p : std::as_const(*all))
            pipelines.append({p.key, p.name});
    const CurrencyRates rates = CurrencySettings::load(m_context.db);
    {
        const QSignalBlocker blocker(m_filter); // filling the choices is no change of filter
        m_filter->setChoices(*shown.engine, shown.years, shown.filter.fiscalYear, pipelines, rates.reportingCurrency(),
                             rates.rates().keys());
    }
    const QString currency = shown.engine->input().rates.reportingCurrency();
    QList<ChartCard*> cards;
    for (const ChartData& data : shown.charts) {
        auto* card = new ChartCard(data, currency);
        card->setMenuActions(m_exportActions);
        connect(card, &ChartCard::activated, this, [this, card] { setCurrentCard(card); });
        connect(card, &ChartCard::valueClicked, this,
                [this, card](int category, int series) { showDealsBehind(card, category, series); });
        cards.append(card);
    }
    m_grid->setCards(cards);
    // The team forecast is computed when its tab is shown: opening on the charts never waits for it.
    m_rollupStale = true;
    showRollup();
    setCurrentCard(card(m_currentChart));
    m_deals->clear();
    // What was listed before is listed again from the new charts, while it is still there.
    if (m_clicked) {
        const Clicked clicked = *m_clicked;
        ChartCard* again = card(clicked.chart);
        const int category = again ? int(again->data().categories.indexOf(clicked.category)) : -1;
        int series = -1;
        for (qsizetype i = 0; again && i < again->data().series.size(); ++i)
            if (again->data().series.at(i).key == clicked.series)
                series = int(i);
        if (category >= 0 && series >= 0)
            showDealsBehind(again, category, series);
    }
    emit statusChanged();
    emit chartsShown();
}

void DashboardSection::showDealsBehind(ChartCard* card, int category, int series) {
    const DashboardCharts& shown = m_loader->current();
    const ChartData& data = card->data();
    if (!shown.engine || category < 0 || category >= data.categories.size() || series < 0 ||
        series >= data.series.size())
        return;
    setCurrentCard(card);
    m_clicked =
        Clicked{.chart = data.id, .category = data.categories.at(category), .series = data.series.at(series).key};
    const QList<int> deals = DashboardData::dealsBehind(*shown.engine, shown.filter, data, category, series);
    m_deals->showDeals(shown.engine, deals,
                       tr("%1: %2 · %3", "chart: category · series")
                           .arg(data.title, data.categories.at(category), data.series.at(series).name));
    if (!m_deals->isVisible()) { // the list opens with the first click, under the charts
        m_deals->show();
        const int height = m_splitter->height();
        m_splitter->setSizes({height * 3 / 5, height * 2 / 5});
    }
}

void DashboardSection::askExport(ChartExport::Format format) {
    ChartCard* card = currentCard();
    if (!card)
        return showError(tr("There is no chart to export yet."));
    const QString caption = format == ChartExport::Format::Png   ? tr("Export chart as PNG")
                            : format == ChartExport::Format::Pdf ? tr("Export chart as PDF")
                                                                 : tr("Export chart data as CSV");
    const QString path =
        FileDialog::saveFileName(this, caption, ChartExport::suggestedName(*card, format), ChartExport::filter(format));
    if (path.isEmpty())
        return;
    if (auto written = exportChart(format, path); !written)
        return showError(written.error().message);
    m_banner->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Type::Positive, 6000);
}

Result<void> DashboardSection::exportChart(ChartExport::Format format, const QString& path) {
    ChartCard* card = currentCard();
    if (!card)
        return fail(ErrorCode::NotFound, tr("There is no chart to export yet."));
    return ChartExport::write(*card, format, path);
}

void DashboardSection::loadCustomers() {
    if (m_customersTask->isRunning())
        return; // its result is marked stale when the store changes; the next showing reads again
    m_customersStale = false;
    CurrencyRates rates = CurrencySettings::load(m_context.db);
    if (const QString currency = m_filter->currency(); !currency.isEmpty())
        rates = rates.inCurrency(currency).value_or(rates);
    auto report = std::make_shared<std::optional<CustomerSegmentReport>>();
    const QDate today = Clock::today();
    m_customersTask->start(m_context.db.path(),
                           [report, rates, today](Database& db, const ProgressFn&) -> Result<void> {
                               auto built = CustomerSegments::build(db, today, rates);
                               if (!built)
                                   return std::unexpected(built.error());
                               *report = std::move(*built);
                               return {};
                           });
    m_filter->setBusy(true);
    disconnect(m_customersTask, &LongTask::finished, this, nullptr);
    connect(m_customersTask, &LongTask::finished, this, [this, report] {
        m_filter->setBusy(m_loader->isBusy());
        if (!m_customersTask->succeeded())
            return showError(m_customersTask->error().message);
        m_customers->setReport(**report);
    });
}

} // namespace Fieldbook
