#include "ChartGrid.h"

#include "ChartCard.h"

#include <QGridLayout>
#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace Fieldbook {

ChartGrid::ChartGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this)) {
    setObjectName(u"chartGrid"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
}

ChartGrid::~ChartGrid() = default;

void ChartGrid::setCards(const QList<ChartCard*>& cards) {
    for (ChartCard* card : std::as_const(m_cards))
        delete card;
    m_cards = cards;
    for (ChartCard* card : cards)
        card->setParent(this);
    m_columns = 0;
    relayout(width() >= 2 * kMinColumnWidth ? 2 : 1);
    for (ChartCard* card : cards)
        card->show();
}

void ChartGrid::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout(event->size().width() >= 2 * kMinColumnWidth ? 2 : 1);
}

void ChartGrid::relayout(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_layout->count() > 0)
        delete m_layout->takeAt(0);
    // Row by row; a row is as high as its taller card, and the cards fill it.
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_layout->addWidget(m_cards.at(i), int(i / columns), int(i % columns));
    for (int c = 0; c < 2; ++c)
        m_layout->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace Fieldbook
