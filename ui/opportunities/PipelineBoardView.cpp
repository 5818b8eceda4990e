#include "PipelineBoardView.h"

#include "BoardColumn.h"
#include "BoardColumnView.h"
#include "models/PipelineBoardModel.h"

#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

PipelineBoardView::PipelineBoardView(PipelineBoardModel* model, QWidget* parent)
    : QScrollArea(parent)
    , m_model(model) {
    setObjectName(u"pipelineBoard"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // each column scrolls its own cards
    auto* content = new QWidget(this);
    auto* layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int row = 0; row < model->rowCount(); ++row) {
        auto* column = new BoardColumn(model, row, content);
        layout->addWidget(column, 1);
        m_columns.append(column);
        BoardColumnView* view = column->view();
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
            emit opportunityActivated(index.data(PipelineBoardModel::IdRole).toString());
        });
        connect(view, &BoardColumnView::cardsDropped, this,
                [this, column](const QStringList& ids) { emit cardsDropped(ids, column->stageKey()); });
        connect(view, &BoardColumnView::neighbourRequested, this,
                [this, view](int direction) { moveToNeighbour(view, direction); });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex& current) { onCurrentChanged(view, current); });
    }
    setWidget(content);
}

BoardColumn* PipelineBoardView::column(const QString& stageKey) const {
    for (BoardColumn* c : m_columns)
        if (c->stageKey() == stageKey)
            return c;
    return nullptr;
}

QString PipelineBoardView::currentId() const {
    if (!m_currentView)
        return {};
    return m_currentView->currentIndex().data(PipelineBoardModel::IdRole).toString();
}

void PipelineBoardView::selectCard(const QString& id) {
    QModelIndex index = m_model->cardIndex(id);
    if (!index.isValid())
        return;
    BoardColumn* c = m_columns.value(index.parent().row());
    if (!c)
        return;
    c->view()->setCurrentIndex(index);
    c->view()->scrollTo(index);
}

void PipelineBoardView::focusCards() {
    if (m_currentView && m_currentView->currentIndex().isValid()) {
        m_currentView->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (BoardColumn* c : std::as_const(m_columns)) {
        const QModelIndex root = c->view()->rootIndex();
        if (m_model->rowCount(root) > 0) {
            c->view()->setFocus(Qt::OtherFocusReason);
            c->view()->setCurrentIndex(m_model->index(0, 0, root));
            return;
        }
    }
    if (!m_columns.isEmpty())
        m_columns.constFirst()->view()->setFocus(Qt::OtherFocusReason);
}

void PipelineBoardView::moveToNeighbour(BoardColumnView* from, int direction) {
    qsizetype i = 0;
    while (i < m_columns.size() && m_columns.at(i)->view() != from)
        ++i;
    const int row = std::max(0, from->currentIndex().row());
    // Empty columns are passed over: there is no card to land on.
    for (i += direction; i >= 0 && i < m_columns.size(); i += direction) {
        BoardColumnView* to = m_columns.at(i)->view();
        const int count = m_model->rowCount(to->rootIndex());
        if (count == 0)
            continue;
        const QModelIndex target = m_model->index(std::min(row, count - 1), 0, to->rootIndex());
        to->setFocus(Qt::OtherFocusReason);
        to->setCurrentIndex(target);
        to->scrollTo(target);
        return;
    }
}

void PipelineBoardView::onCurrentChanged(BoardColumnView* view, const QModelIndex& current) {
    if (!current.isValid())
        return;
    if (m_currentView != view) {
        // One current card on the whole board.
        for (BoardColumn* c : std::as_const(m_columns))
            if (c->view() != view)
                c->view()->clearSelection();
        m_currentView = view;
    }
    ensureWidgetVisible(view->parentWidget());
    emit currentChanged(current.data(PipelineBoardModel::IdRole).toString());
}

} // namespace Fieldbook
