#pragma once

#include "analytics/RfmSegment.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Fieldbook {

struct CustomerSegmentReport;
class CustomerValueModel;

/// The customer analyses of docs/rfm.md: a chart of the segments (each segment's share of the
/// scored accounts beside its share of revenue), the Pareto curve with how many accounts make 80 %
/// of revenue, and the list of scored accounts. Clicking a segment's bar, or choosing it above the
/// list, lists that segment's accounts. Shows a report made elsewhere (CustomerSegments::build, off
/// the GUI thread for a large store).
class CustomerSegmentsView final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerSegmentsView(QWidget* parent = nullptr);
    ~CustomerSegmentsView() override;
    Q_DISABLE_COPY_MOVE(CustomerSegmentsView)

    void setReport(const CustomerSegmentReport& report);
    /// Lists only the accounts of `segment`; nullopt lists all.
    void showSegment(std::optional<RfmSegment> segment);
    [[nodiscard]] std::optional<RfmSegment> shownSegment() const;

signals:
    /// An account of the list was activated (double click, Enter): open it.
    void accountActivated(const QString& accountId);

private:
    QWidget* buildCharts();
    QWidget* buildList();
    void fillSegmentChart(const CustomerSegmentReport& report);
    void fillParetoChart(const CustomerSegmentReport& report);
    void showSummary(const CustomerSegmentReport& report);

    CustomerValueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QChart* m_segmentChart = nullptr;
    QChartView* m_segmentView = nullptr;
    QChart* m_paretoChart = nullptr;
    QChartView* m_paretoView = nullptr;
    QComboBox* m_segmentChoice = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_paretoText = nullptr;
    QList<RfmSegment> m_barSegments; ///< the segment of each bar, in the chart's order
};

} // namespace Fieldbook
