#pragma once

#include "services/DashboardData.h"

#include <QCoreApplication>
#include <QLocale>

class QAbstractAxis;
class QChart;
class QPalette;

namespace Fieldbook {

/// Draws one chart of the dashboard (DashboardData) with Qt Charts: bars (stacked, horizontal)
/// for the series with deals behind them, a line (or markers on horizontal charts) for the quota,
/// a value axis in the chart's unit (amounts in major units of the currency in the user's locale,
/// ratios as percent, days, deals) and the application palette's colours (docs/forecast.md,
/// Dashboard). Horizontal charts list their first category on top.
class ChartBuilder final {
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    /// On each QBarSet and line or scatter series: its index in ChartData::series.
    static constexpr const char* kSeriesProperty = "fieldbookSeries";

    ChartBuilder(const ChartData& data, QString currency, QLocale locale = QLocale());

    /// A new chart (the caller owns it), coloured after `palette`.
    [[nodiscard]] QChart* build(const QPalette& palette) const;
    /// The category index of ChartData for the `shown`th bar or point (horizontal charts are drawn
    /// bottom up), and back.
    [[nodiscard]] int categoryOf(int shown) const;
    /// One value as read: "1,234.56 USD", "42.5 %", "12.3 days", "7 deals".
    [[nodiscard]] QString valueText(double value) const;
    /// "Q1 FY2027 · Closed won: 1,234.56 USD"
    [[nodiscard]] QString elementText(int category, int series) const;

    /// Colours an existing chart after `palette` (light or dark): background, labels, grid.
    static void applyPalette(QChart* chart, const QPalette& palette);
    /// Whether `palette` is a dark one.
    [[nodiscard]] static bool isDark(const QPalette& palette);

private:
    /// What a stored value is on the value axis: major units (divided by the axis scale), percent, days.
    [[nodiscard]] double shown(double value) const;
    [[nodiscard]] double largestShown() const;
    [[nodiscard]] QString axisTitle() const;
    /// The axis along the categories: one label each, or for lines along many, every few.
    [[nodiscard]] QAbstractAxis* categoryAxis(bool linesOnly) const;
    /// A category as the axis shows it: months by their short name, the rest as given.
    [[nodiscard]] QString axisLabel(int category) const;
    [[nodiscard]] QString tickText(double tick, double step) const;

    ChartData m_data;
    QString m_currency;
    QLocale m_locale;
    double m_minorPerMajor = 100;
    double m_scale = 1; ///< money on the axis in units, thousands or millions
};

} // namespace Fieldbook
