#pragma once

#include "ChartExport.h"
#include "common/SectionFrame.h"

#include <optional>

class QSplitter;
class QTabWidget;
class QTimer;

namespace Fieldbook {

class ChartCard;
class ChartGrid;
class CustomerSegmentsView;
class DashboardFilterBar;
class DashboardLoader;
class DealListPane;
class ForecastRollupView;
class LongTask;

/// The Dashboard section (docs/forecast.md, Dashboard): the forecast's charts for one fiscal year,
/// part of the team, pipeline and currency, computed off the GUI thread; clicking a bar or point
/// lists the opportunities behind it, which open as usual; each chart exports to PNG, PDF and CSV.
/// A second tab shows the customers' RFM segments and Pareto view. It follows the store: changes
/// to the records the charts read recompute them (debounced).
class DashboardSection final : public SectionFrame {
    Q_OBJECT
public:
    static constexpr int kReloadDebounceMs = 400;

    explicit DashboardSection(AppContext& context, QWidget* parent = nullptr);
    ~DashboardSection() override;

    QString statusText() const override;
    bool confirmLeave() override { return true; } // nothing is edited here
    void refreshCurrentRecord() override {}       // follows the store by itself

    /// Reads the store again (F5; the settings changed).
    void reload();
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] DashboardFilterBar* filterBar() const { return m_filter; }
    [[nodiscard]] QList<ChartCard*> cards() const;
    [[nodiscard]] ChartCard* card(const QString& chartId) const;
    /// The chart the export actions act on: the one last clicked or focused, else the first.
    [[nodiscard]] ChartCard* currentCard() const;
    [[nodiscard]] DealListPane* dealList() const { return m_deals; }
    [[nodiscard]] CustomerSegmentsView* customers() const { return m_customers; }
    [[nodiscard]] ForecastRollupView* rollup() const { return m_rollup; }
    /// Lists the deals behind one value of a chart, as a click on it does.
    void showDealsBehind(ChartCard* card, int category, int series);
    /// Writes the current chart to `path` (the export actions, after their file dialog).
    [[nodiscard]] Result<void> exportChart(ChartExport::Format format, const QString& path);

signals:
    /// New charts are shown (after opening, a filter change, a store change).
    void chartsShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    DashboardSection(AppContext& context, DashboardFilterBar* filter, QWidget* parent);
    void createActions();
    QWidget* buildForecastPage();
    void followStore();
    void storeChanged();
    void showCharts();
    void setCurrentCard(ChartCard* card);
    void askExport(ChartExport::Format format);
    void loadCustomers();
    /// Shows the last charts' engine in the Team forecast tab, when it is current and behind.
    void showRollup();

    DashboardFilterBar* m_filter;
    DashboardLoader* m_loader;
    QTabWidget* m_tabs;
    QSplitter* m_splitter = nullptr;
    ChartGrid* m_grid = nullptr;
    DealListPane* m_deals = nullptr;
    ForecastRollupView* m_rollup;
    CustomerSegmentsView* m_customers;
    LongTask* m_customersTask;
    QTimer* m_debounce;
    QString m_currentChart; ///< the id of currentCard()
    struct Clicked {
        QString chart;
        QString category;
        QString series;
    };
    std::optional<Clicked> m_clicked; ///< listed again when the charts are computed anew
    QList<QAction*> m_exportActions;
    bool m_loaded = false;
    bool m_stale = false;         ///< the store changed while hidden
    bool m_customersStale = true; ///< the customers tab reads the store when next shown
    bool m_rollupStale = false;   ///< the team forecast tab shows older charts' engine
    std::optional<QString> m_loadError;
};

} // namespace Fieldbook
