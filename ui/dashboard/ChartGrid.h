#pragma once

#include <QWidget>

class QGridLayout;

namespace Fieldbook {

class ChartCard;

/// The dashboard's cards in a grid that reflows with the width: two columns where each gets at
/// least kMinColumnWidth, one on narrow windows (1366x768 laptops with the navigation open).
class ChartGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartGrid)
public:
    static constexpr int kMinColumnWidth = 560;

    explicit ChartGrid(QWidget* parent = nullptr);
    ~ChartGrid() override;

    /// Shows `cards` in this order (the grid takes them; the cards shown before are deleted).
    void setCards(const QList<ChartCard*>& cards);
    [[nodiscard]] const QList<ChartCard*>& cards() const { return m_cards; }
    [[nodiscard]] int columns() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout(int columns);

    QGridLayout* m_layout;
    QList<ChartCard*> m_cards;
    int m_columns = 0;
};

} // namespace Fieldbook
