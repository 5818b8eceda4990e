#include "CustomerSegmentsView.h"

#include "ChartBuilder.h"
#include "models/CustomerValueModel.h"
#include "opportunities/BoardText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QCursor>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The Pareto curve keeps at most this many points: enough for a smooth line at any window size.
constexpr qsizetype kCurvePoints = 400;

/// Money in the user's locale and numbers right-aligned; sorting and filtering read the model's data.
class CustomerListProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override {
        const int column = index.column();
        if (role == Qt::DisplayRole && column == CustomerValueModel::Monetary)
            return BoardText::money(QSortFilterProxyModel::data(index, role).toLongLong(),
                                    QSortFilterProxyModel::data(index, CustomerValueModel::CurrencyRole).toString());
        if (role == Qt::TextAlignmentRole && column >= CustomerValueModel::Recency && column <= CustomerValueModel::M)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QSortFilterProxyModel::data(index, role);
    }
};

double percentOf(qint64 part, qint64 whole) {
    return whole > 0 ? double(shareBasisPoints(part, whole)) / 100.0 : 0.0;
}

QChartView* chartView(QChart* chart, const QString& objectName, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0); // no frame of the view's colour around the chart
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 260);
    return view;
}

QValueAxis* percentAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(u"%d %%"_s);
    axis->setTitleText(title);
    return axis;
}

/// Removes the chart's series and axes (the chart deletes the series; removed axes are ours).
void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

CustomerSegmentsView::CustomerSegmentsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerValueModel(this))
    , m_proxy(new CustomerListProxy(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CustomerValueModel::SegmentRole);
    m_proxy->setFilterKeyColumn(CustomerValueModel::Account);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"customerSegmentsSummary"_s);
    m_summary->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildCharts());
    splitter->addWidget(buildList());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

CustomerSegmentsView::~CustomerSegmentsView() = default;

QWidget* CustomerSegmentsView::buildCharts() {
    auto* charts = new QWidget(this);
    const bool dark = ChartBuilder::isDark(palette());
    m_segmentChart = new QChart;
    m_segmentChart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_segmentChart->setTitle(tr("Segments: share of accounts and of revenue"));
    m_segmentChart->legend()->setAlignment(Qt::AlignBottom);
    m_segmentView = chartView(m_segmentChart, u"segmentChart"_s, charts);
    // Every segment's name beside its bars: Qt Charts elides labels that get less than a line each.
    m_segmentView->setMinimumHeight(int(allRfmSegments().size()) * (fontMetrics().height() + 8) + 120);
    m_paretoChart = new QChart;
    m_paretoChart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_paretoChart->setTitle(tr("Pareto: revenue of the largest customers"));
    m_paretoChart->legend()->hide();
    m_paretoView = chartView(m_paretoChart, u"paretoChart"_s, charts);
    m_paretoText = new QLabel(charts);
    m_paretoText->setObjectName(u"paretoText"_s);
    m_paretoText->setWordWrap(true);
    auto* pareto = new QVBoxLayout;
    pareto->addWidget(m_paretoView, 1);
    pareto->addWidget(m_paretoText);
    auto* layout = new QHBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_segmentView, 3);
    layout->addLayout(pareto, 2);
    return charts;
}

QWidget* CustomerSegmentsView::buildList() {
    auto* box = new QWidget(this);
    m_segmentChoice = new QComboBox(box);
    m_segmentChoice->setObjectName(u"segmentChoice"_s);
    m_segmentChoice->addItem(tr("All segments"));
    for (const RfmSegment s : allRfmSegments())
        m_segmentChoice->addItem(rfmSegmentName(s), int(s));
    connect(m_segmentChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant segment = m_segmentChoice->itemData(index);
        showSegment(segment.isValid() ? std::optional(RfmSegment(segment.toInt())) : std::nullopt);
    });
    m_list = new QTableView(box);
    m_list->setObjectName(u"customerList"_s);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->sortByColumn(CustomerValueModel::Monetary, Qt::DescendingOrder);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(CustomerValueModel::IdRole).toString());
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_segmentChoice, 0, Qt::AlignLeft);
    layout->addWidget(m_list, 1);
    return box;
}

void CustomerSegmentsView::setReport(const CustomerSegmentReport& report) {
    m_model->setReport(report);
    m_list->resizeColumnsToContents(); // the header and the first rows (resizeContentsPrecision)
    fillSegmentChart(report);
    fillParetoChart(report);
    showSummary(report);
}

void CustomerSegmentsView::showSegment(std::optional<RfmSegment> segment) {
    const int choice = segment ? m_segmentChoice->findData(int(*segment)) : 0;
    if (m_segmentChoice->currentIndex() != choice) {
        m_segmentChoice->setCurrentIndex(choice); // comes back here through currentIndexChanged
        return;
    }
    m_proxy->setFilterRegularExpression(segment ? u"^%1$"_s.arg(int(*segment)) : QString());
}

std::optional<RfmSegment> CustomerSegmentsView::shownSegment() const {
    const QVariant segment = m_segmentChoice->currentData();
    return segment.isValid() ? std::optional(RfmSegment(segment.toInt())) : std::nullopt;
}

void CustomerSegmentsView::fillSegmentChart(const CustomerSegmentReport& report) {
    clear(m_segmentChart);
    auto* accounts = new QBarSet(tr("Accounts"));
    auto* revenue = new QBarSet(tr("Revenue"));
    QStringList names;
    m_barSegments.clear();
    const qint64 scored = report.customers.size();
    for (auto it = report.segments.crbegin(); it != report.segments.crend(); ++it) { // the best on top
        m_barSegments.append(it->segment);
        names.append(rfmSegmentName(it->segment));
        accounts->append(percentOf(it->accounts, scored));
        revenue->append(percentOf(it->monetary, report.totalMonetary));
    }
    const QString currency = report.rates.reportingCurrency();
    const QList<RfmSegmentTotal> totals = report.segments;
    const auto explain = [this, totals, currency](bool shown, int index) {
        if (!shown || index < 0 || index >= m_barSegments.size())
            return QToolTip::hideText();
        const RfmSegmentTotal& t = totals.at(totals.size() - 1 - index);
        QToolTip::showText(QCursor::pos(), tr("%1: %Ln account(s), %2", nullptr, t.accounts)
                                               .arg(rfmSegmentName(t.segment), BoardText::money(t.monetary, currency)));
    };
    connect(accounts, &QBarSet::hovered, this, explain);
    connect(revenue, &QBarSet::hovered, this, explain);
    auto* series = new QHorizontalBarSeries;
    series->append(accounts);
    series->append(revenue);
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_barSegments.size())
            showSegment(m_barSegments.at(index));
    });
    m_segmentChart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    m_segmentChart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis* shares = percentAxis(tr("Share"));
    m_segmentChart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(shares);
    ChartBuilder::applyPalette(m_segmentChart, palette());
}

void CustomerSegmentsView::fillParetoChart(const CustomerSegmentReport& report) {
    clear(m_paretoChart);
    const ParetoCurve& p = report.pareto;
    const qsizetype n = p.entries.size();
    auto* curve = new QLineSeries;
    curve->setName(tr("Cumulative share of revenue"));
    curve->append(0, 0);
    const qsizetype step = std::max<qsizetype>(1, n / kCurvePoints);
    for (qsizetype i = 0; i < n; ++i)
        if ((i + 1) % step == 0 || i == n - 1 || i + 1 == p.accountsForTarget)
            curve->append(percentOf(i + 1, n), percentOf(p.entries.at(i).cumulative, p.total));
    auto* target = new QLineSeries;
    target->setName(tr("%1 % of revenue").arg(p.targetPercent));
    const double reachedAt = percentOf(p.accountsForTarget, n);
    target->append({QPointF(0, p.targetPercent), QPointF(reachedAt, p.targetPercent), QPointF(reachedAt, 0)});
    QPen dashed = target->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setColor(palette().color(QPalette::Text)); // readable on light and dark backgrounds
    target->setPen(dashed);
    m_paretoChart->addSeries(curve);
    m_paretoChart->addSeries(target);
    QValueAxis* accounts = percentAxis(tr("Share of accounts"));
    QValueAxis* revenue = percentAxis(tr("Share of revenue"));
    m_paretoChart->addAxis(accounts, Qt::AlignBottom);
    m_paretoChart->addAxis(revenue, Qt::AlignLeft);
    for (QLineSeries* s : {curve, target}) {
        s->attachAxis(accounts);
        s->attachAxis(revenue);
    }
    ChartBuilder::applyPalette(m_paretoChart, palette());
    const QLocale locale;
    m_paretoText->setText(p.accountsForTarget == 0
                              ? tr("No revenue in the reporting currency yet.")
                              : tr("%1 of %2 accounts (%3 %) make %4 % of revenue.")
                                    .arg(locale.toString(p.accountsForTarget), locale.toString(n),
                                         locale.toString(reachedAt, 'f', 2), locale.toString(p.targetPercent)));
}

void CustomerSegmentsView::showSummary(const CustomerSegmentReport& report) {
    const QLocale locale;
    QString text =
        tr("As of %1: %Ln account(s) with won business scored, %2 in total.", nullptr, int(report.customers.size()))
            .arg(locale.toString(report.asOf, QLocale::ShortFormat),
                 BoardText::money(report.totalMonetary, report.rates.reportingCurrency()));
    text += u' ' + tr("%Ln account(s) without won business not scored.", nullptr, report.accountsNotScored);
    QStringList unconverted;
    for (const RfmUnconverted& u : report.unconverted)
        unconverted.append(
            tr("%Ln deal(s) in %1 (%2)", nullptr, u.deals).arg(u.currency, BoardText::money(u.amount, u.currency)));
    if (!unconverted.isEmpty())
        text += u' ' + tr("Not added, no exchange rate: %1.").arg(locale.createSeparatedList(unconverted));
    m_summary->setText(text);
}

} // namespace Fieldbook
