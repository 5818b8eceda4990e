#include "ChartCard.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kChartHeight = 280;   ///< a chart along periods, or a short horizontal one
constexpr int kCategoryHeight = 30; ///< each category of a horizontal chart
constexpr int kAxesHeight = 120;    ///< a horizontal chart's axis, legend and margins
} // namespace

ChartCard::ChartCard(const ChartData& data, const QString& currency, QWidget* parent)
    : QFrame(parent)
    , m_data(data)
    , m_currency(currency)
    , m_builder(data, currency)
    , m_title(new QLabel(data.title, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(m_stack))
    , m_empty(new QLabel(tr("Nothing to show for this choice."), m_stack))
    , m_note(new QLabel(data.note, this)) {
    setObjectName(u"chartCard_"_s + data.id);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_title->setObjectName(u"chartTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->viewport()->installEventFilter(this);
    m_empty->setObjectName(u"chartEmptyText"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(u"chartNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(!data.note.isEmpty());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(data.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    setMinimumHeight(preferredHeight());
    if (!data.isEmpty())
        buildChart();
}

ChartCard::~ChartCard() = default;

int ChartCard::preferredHeight() const {
    const int chart = m_data.horizontal
                          ? std::max(kChartHeight, kAxesHeight + kCategoryHeight * int(m_data.categories.size()))
                          : kChartHeight;
    return chart + fontMetrics().height() * (m_data.note.isEmpty() ? 2 : 4);
}

void ChartCard::buildChart() {
    QChart* previous = m_view->chart();
    m_builtWith = palette();
    m_view->setChart(m_builder.build(m_builtWith)); // the view releases the chart it had
    m_view->setBackgroundBrush(palette().base());
    delete previous;
    connectSeries();
}

void ChartCard::connectSeries() {
    for (QAbstractSeries* series : m_view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                const int index = set->property(ChartBuilder::kSeriesProperty).toInt();
                connect(set, &QBarSet::clicked, this, [this, index](int shown) {
                    if (m_data.series.at(index).drillable)
                        emit valueClicked(m_builder.categoryOf(shown), index);
                });
                connect(set, &QBarSet::hovered, this,
                        [this, index](bool state, int shown) { onHovered(state, shown, index); });
            }
        } else if (auto* line = qobject_cast<QXYSeries*>(series)) {
            const int index = line->property(ChartBuilder::kSeriesProperty).toInt();
            const auto shownAt = [this](const QPointF& point) {
                return int(std::lround(m_data.horizontal ? point.y() : point.x()));
            };
            connect(line, &QXYSeries::clicked, this, [this, index, shownAt](const QPointF& point) {
                if (m_data.series.at(index).drillable)
                    emit valueClicked(m_builder.categoryOf(shownAt(point)), index);
            });
            connect(line, &QXYSeries::hovered, this, [this, index, shownAt](const QPointF& point, bool state) {
                onHovered(state, shownAt(point), index);
            });
        }
    }
}

void ChartCard::onHovered(bool state, int shownIndex, int series) {
    if (!state) {
        QToolTip::hideText();
        m_view->viewport()->unsetCursor();
        return;
    }
    const int category = m_builder.categoryOf(shownIndex);
    QString text = m_builder.elementText(category, series);
    if (m_data.series.at(series).drillable) {
        text += u'\n' + tr("Click to list the opportunities");
        m_view->viewport()->setCursor(Qt::PointingHandCursor);
    }
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartCard::setCurrent(bool current) {
    if (m_current == current)
        return;
    m_current = current;
    update();
}

void ChartCard::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    if (!m_current)
        return;
    // The chart the export actions act on: a frame in the highlight colour.
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

bool ChartCard::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        setFocus(Qt::MouseFocusReason);
        emit activated();
    }
    return QFrame::eventFilter(watched, event);
}

void ChartCard::focusInEvent(QFocusEvent* event) {
    QFrame::focusInEvent(event);
    emit activated();
}

void ChartCard::contextMenuEvent(QContextMenuEvent* event) {
    emit activated();
    if (m_menuActions.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(m_menuActions);
    menu.exec(event->globalPos());
}

void ChartCard::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    // Light or dark: the chart's theme and label colours follow. setBackgroundRole() in the
    // constructor also sends a PaletteChange with the same colours; building every chart twice
    // cost the dashboard's open 25 ms.
    if (event->type() == QEvent::PaletteChange && !m_data.isEmpty() && palette() != m_builtWith)
        buildChart();
}

} // namespace Fieldbook
