#include "ChartBuilder.h"

#include "opportunities/BoardText.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kTicks = 5;      ///< about this many steps along the value axis
constexpr int kLineLabels = 8; ///< at most this many labels under a line chart

/// A colour for each kind of series, so that "closed won" looks the same in every chart.
QColor seriesColour(const QString& key, bool dark) {
    struct Kind {
        const char16_t* part;
        QColor light;
        QColor dark;
    };
    static const Kind kinds[] = {
        {u"quota", QColor(0xe6, 0x51, 0x00), QColor(0xff, 0xb7, 0x4d)},
        {u"lost", QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x73, 0x73)},
        {u"won", QColor(0x2e, 0x7d, 0x32), QColor(0x66, 0xbb, 0x6a)},
        {u"commit", QColor(0x15, 0x65, 0xc0), QColor(0x42, 0xa5, 0xf5)},
        {u"best", QColor(0x00, 0x89, 0x7b), QColor(0x4d, 0xd0, 0xc0)},
        {u"pipeline", QColor(0x90, 0xa4, 0xae), QColor(0x90, 0xa4, 0xae)},
        {u"amount", QColor(0x6a, 0x1b, 0x9a), QColor(0xce, 0x93, 0xd8)},
        {u"count", QColor(0x15, 0x65, 0xc0), QColor(0x42, 0xa5, 0xf5)},
    };
    for (const Kind& kind : kinds)
        if (key.contains(QStringView(kind.part)))
            return dark ? kind.dark : kind.light;
    return {};
}

/// A round step (1, 2, 2.5 or 5 times a power of ten) that divides [0, top] into about kTicks.
double niceStep(double top) {
    if (top <= 0)
        return 1;
    const double raw = top / kTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * magnitude >= raw)
            return f * magnitude;
    return 10 * magnitude;
}

QAbstractBarSeries* barSeries(const ChartData& data) {
    if (data.horizontal)
        return data.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                            : new QHorizontalBarSeries;
    return data.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries) : new QBarSeries;
}

} // namespace

ChartBuilder::ChartBuilder(const ChartData& data, QString currency, QLocale locale)
    : m_data(data)
    , m_currency(std::move(currency))
    , m_locale(std::move(locale)) {
    m_minorPerMajor = std::pow(10.0, currencyDecimals(m_currency));
    if (m_data.unit == ChartUnit::Money) {
        const double top = largestShown();
        m_scale = top >= 2e6 ? 1e6 : top >= 2e4 ? 1e3 : 1;
    }
}

bool ChartBuilder::isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

double ChartBuilder::shown(double value) const {
    switch (m_data.unit) {
    case ChartUnit::Money:
        return value / m_minorPerMajor / m_scale;
    case ChartUnit::Ratio:
        return value * 100;
    case ChartUnit::Days:
    case ChartUnit::Count:
    case ChartUnit::Calls:
        break;
    }
    return value;
}

double ChartBuilder::largestShown() const {
    double top = 0;
    QList<double> stacks(m_data.categories.size(), 0.0);
    for (const ChartSeries& s : m_data.series)
        for (qsizetype c = 0; c < s.values.size() && c < stacks.size(); ++c) {
            const double v = shown(s.values.at(c));
            if (m_data.stacked && !s.line)
                stacks[c] += std::max(0.0, v);
            top = std::max(top, v);
        }
    for (const double stack : std::as_const(stacks))
        top = std::max(top, stack);
    return top;
}

int ChartBuilder::categoryOf(int shownIndex) const {
    return m_data.horizontal ? int(m_data.categories.size()) - 1 - shownIndex : shownIndex;
}

QString ChartBuilder::valueText(double value) const {
    switch (m_data.unit) {
    case ChartUnit::Money:
        return BoardText::money(qint64(std::llround(value)), m_currency, m_locale);
    case ChartUnit::Ratio:
        return tr("%1 %", "a ratio in percent").arg(m_locale.toString(value * 100, 'f', 1));
    case ChartUnit::Days:
        return tr("%1 days").arg(m_locale.toString(value, 'f', 1));
    case ChartUnit::Count:
        return tr("%Ln deal(s)", nullptr, int(std::llround(value)));
    case ChartUnit::Calls:
        return tr("%Ln call(s)", nullptr, int(std::llround(value)));
    }
    return {};
}

QString ChartBuilder::elementText(int category, int series) const {
    if (category < 0 || category >= m_data.categories.size() || series < 0 || series >= m_data.series.size())
        return {};
    const ChartSeries& s = m_data.series.at(series);
    return tr("%1 · %2: %3", "category · series: value")
        .arg(m_data.categories.at(category), s.name, valueText(s.values.value(category)));
}

QAbstractAxis* ChartBuilder::categoryAxis(bool linesOnly) const {
    const qsizetype n = m_data.categories.size();
    if (!linesOnly || m_data.horizontal || n <= kLineLabels) {
        auto* axis = new QBarCategoryAxis;
        QStringList labels;
        for (qsizetype c = 0; c < n; ++c)
            labels.append(axisLabel(categoryOf(int(c))));
        axis->append(labels);
        return axis;
    }
    // Lines along many categories (weeks): a label at every few points, the others unlabelled.
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype every = (n + kLineLabels - 1) / kLineLabels;
    for (qsizetype c = 0; c < n; c += every)
        axis->append(axisLabel(int(c)), double(c));
    axis->setRange(-0.5, double(n) - 0.5);
    return axis;
}

QString ChartBuilder::axisLabel(int category) const {
    // Months by their short name ("Apr", "4月"): the fiscal year is the filter's, and "2026-04" would
    // not fit under a bar.
    if (category < m_data.periods.size() && m_data.periods.at(category).kind == PeriodKind::Month) {
        return m_locale.standaloneMonthName(m_data.periods.at(category).first.month(), QLocale::ShortFormat);
    }
    return m_data.categories.at(category);
}

QString ChartBuilder::axisTitle() const {
    switch (m_data.unit) {
    case ChartUnit::Money:
        return m_scale >= 1e6   ? tr("Millions of %1").arg(m_currency)
               : m_scale >= 1e3 ? tr("Thousands of %1").arg(m_currency)
                                : m_currency;
    case ChartUnit::Ratio:
        return {};
    case ChartUnit::Days:
        return tr("Days");
    case ChartUnit::Count:
        return tr("Deals");
    case ChartUnit::Calls:
        return tr("Calls");
    }
    return {};
}

QString ChartBuilder::tickText(double tick, double step) const {
    // As many decimals as the step has: 2.5 shows as 2.5, never rounded to 3.
    int decimals = 0;
    for (double scaled = step; decimals < 3 && std::abs(scaled - std::round(scaled)) > 1e-9; scaled *= 10)
        ++decimals;
    const QString number = m_locale.toString(tick, 'f', decimals);
    return m_data.unit == ChartUnit::Ratio ? tr("%1 %", "a ratio in percent").arg(number) : number;
}

QChart* ChartBuilder::build(const QPalette& palette) const {
    const bool dark = isDark(palette);
    auto* chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 10, 14, 4));       // room for the last tick's label at the ends of the axes
    chart->layout()->setContentsMargins(0, 0, 0, 0); // the card is the frame
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(m_data.series.size() > 1);

    const qsizetype n = m_data.categories.size();
    const auto at = [this, n](const ChartSeries& s, qsizetype shownIndex) {
        return shown(s.values.value(categoryOf(int(shownIndex))));
    };
    QAbstractBarSeries* bars = barSeries(m_data);
    QList<QAbstractSeries*> lines;
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries& s = m_data.series.at(i);
        const QColor colour = seriesColour(s.key, dark);
        if (!s.line) {
            auto* set = new QBarSet(s.name);
            set->setProperty(kSeriesProperty, int(i));
            for (qsizetype c = 0; c < n; ++c)
                set->append(at(s, c));
            if (colour.isValid()) {
                set->setColor(colour);
                set->setBorderColor(colour);
            }
            bars->append(set);
            continue;
        }
        if (std::ranges::all_of(s.values, [](double v) { return v == 0; }))
            continue; // no quota entered: no line along zero
        // The quota: a line along periods; markers where each category stands alone (reps).
        QXYSeries* line = nullptr;
        if (m_data.horizontal) {
            auto* marks = new QScatterSeries;
            marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marks->setMarkerSize(9);
            line = marks;
        } else {
            line = new QLineSeries;
            line->setPointsVisible(true);
        }
        line->setName(s.name);
        line->setProperty(kSeriesProperty, int(i));
        for (qsizetype c = 0; c < n; ++c)
            line->append(m_data.horizontal ? QPointF(at(s, c), double(c)) : QPointF(double(c), at(s, c)));
        if (colour.isValid()) {
            QPen pen(colour, 2.5);
            line->setPen(pen);
            line->setColor(colour);
        }
        lines.append(line);
    }
    QAbstractAxis* categories = categoryAxis(bars->count() == 0);
    if (bars->count() > 0)
        chart->addSeries(bars);
    else
        delete bars;
    for (QAbstractSeries* line : std::as_const(lines))
        chart->addSeries(line);

    auto* values = new QCategoryAxis;
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = niceStep(largestShown());
    const int steps = std::max(1, int(std::ceil(largestShown() / step - 1e-9)));
    values->setStartValue(0);
    for (int t = 0; t <= steps; ++t)
        values->append(tickText(t * step, step), t * step);
    values->setRange(0, steps * step);
    values->setTitleText(axisTitle());
    chart->addAxis(categories, m_data.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, m_data.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(categories);
        series->attachAxis(values);
    }
    applyPalette(chart, palette);
    return chart;
}

void ChartBuilder::applyPalette(QChart* chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15F);
    QColor axisLine = text;
    axisLine.setAlphaF(0.4F);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

} // namespace Fieldbook
