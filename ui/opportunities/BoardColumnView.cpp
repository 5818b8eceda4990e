#include "BoardColumnView.h"

#include "models/PipelineBoardModel.h"
#include "widgets/Icons.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace Fieldbook {

BoardColumnView::BoardColumnView(QWidget* parent)
    : QListView(parent) {
    setObjectName(QStringLiteral("boardColumnView"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true); // every card has the same height: the view never measures 10,000 of them
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Window);
}

QString BoardColumnView::stageKey() const {
    return rootIndex().data(PipelineBoardModel::StageKeyRole).toString();
}

bool BoardColumnView::accepts(const QDropEvent* event) const {
    // Cards dropped back on their own column stay where they are: the order is the close date's.
    return event->source() != this && !PipelineBoardModel::idsFromMimeData(event->mimeData()).isEmpty();
}

void BoardColumnView::setDropTarget(bool target) {
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    viewport()->update();
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent* event) {
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropTarget(true);
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent* event) {
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent* event) {
    setDropTarget(false);
    QListView::dragLeaveEvent(event);
}

void BoardColumnView::dropEvent(QDropEvent* event) {
    setDropTarget(false);
    if (!accepts(event)) {
        event->ignore();
        return;
    }
    const QStringList ids = PipelineBoardModel::idsFromMimeData(event->mimeData());
    // The model does not remove rows (removeRows is not implemented), so the source view's clean-up
    // after a move leaves the card alone; the saved change moves it through the store's events.
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit cardsDropped(ids);
}

void BoardColumnView::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() == Qt::NoModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        emit neighbourRequested(event->key() == Qt::Key_Left ? -1 : +1);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void BoardColumnView::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (!m_dropTarget)
        return;
    QPainter painter(viewport());
    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlpha(40);
    painter.fillRect(viewport()->rect(), fill);
    painter.setPen(QPen(accent, 2, Qt::DashLine));
    painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
}

} // namespace Fieldbook
