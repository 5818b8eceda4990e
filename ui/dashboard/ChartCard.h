#pragma once

#include "ChartBuilder.h"

#include <QFrame>
#include <QPalette>

class QChartView;
class QLabel;
class QStackedWidget;

namespace Fieldbook {

/// One chart of the dashboard (docs/forecast.md, Dashboard): its title, the chart, the note on
/// what it leaves out, or a text in its place when it has nothing to show. Clicking a bar or a
/// point asks for the deals behind it; clicking anywhere, or giving it focus, makes it the chart
/// the section's export actions act on, which its context menu offers too.
class ChartCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)
public:
    ChartCard(const ChartData& data, const QString& currency, QWidget* parent = nullptr);
    ~ChartCard() override;

    [[nodiscard]] const ChartData& data() const { return m_data; }
    [[nodiscard]] QString currency() const { return m_currency; }
    [[nodiscard]] const ChartBuilder& builder() const { return m_builder; }
    /// The chart, or nullptr while the card shows its empty text.
    [[nodiscard]] QChartView* chartView() const { return m_data.isEmpty() ? nullptr : m_view; }
    /// Marks the card as the one the export actions act on.
    void setCurrent(bool current);
    /// What the context menu offers (the section's export actions).
    void setMenuActions(const QList<QAction*>& actions) { m_menuActions = actions; }
    /// The height it asks for: more for horizontal charts with many categories.
    [[nodiscard]] int preferredHeight() const;

signals:
    /// A bar or point of `series` (index in ChartData::series) at `category` was clicked.
    void valueClicked(int category, int series);
    /// Clicked or focused: the export actions act on this card.
    void activated();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildChart();
    void connectSeries();
    void onHovered(bool state, int shownIndex, int series);

    ChartData m_data;
    QString m_currency;
    ChartBuilder m_builder;
    QLabel* m_title;
    QStackedWidget* m_stack;
    QChartView* m_view;
    QLabel* m_empty;
    QLabel* m_note;
    QList<QAction*> m_menuActions;
    bool m_current = false;
    QPalette m_builtWith; ///< the palette the chart was built in
};

} // namespace Fieldbook
