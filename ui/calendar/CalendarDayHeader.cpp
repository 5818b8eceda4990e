#include "CalendarDayHeader.h"

#include "CalendarGridPainter.h"
#include "CalendarGridSelection.h"
#include "CalendarMoreMenu.h"
#include "CalendarText.h"
#include "CalendarTimeGrid.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Fieldbook {

CalendarDayHeader::CalendarDayHeader(CalendarTimeGrid* grid)
    : QWidget(grid)
    , m_grid(grid) {
    setObjectName(u"calendarDayHeader"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

CalendarGridState& CalendarDayHeader::state() const {
    return m_grid->m_state;
}

void CalendarDayHeader::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    CalendarGridPainter(*m_grid, state(), m_grid->now()).paintHeader(painter, rect());
}

int CalendarDayHeader::barAt(const QPoint& pos) const {
    const QList<CalendarGridLayout::Bar>& bars = state().layout.bars();
    for (int i = 0; i < bars.size(); ++i) {
        const CalendarGridLayout::Bar& bar = bars.at(i);
        if (CalendarGridPainter::barRect(state(), bar.firstDay, bar.lastDay, bar.row).contains(pos))
            return i;
    }
    return -1;
}

int CalendarDayHeader::moreAt(const QPoint& pos) const {
    const int day = state().geometry.dayAt(pos.x());
    const QList<int> more = state().layout.allDayMore().value(day);
    const int row = state().layout.allDayRows() - 1;
    if (more.isEmpty() || !CalendarGridPainter::barRect(state(), day, day, row).contains(pos))
        return -1;
    return day;
}

qint64 CalendarDayHeader::wallAt(const QPoint& pos) const {
    return CalendarGridDrag::wall(state().geometry.days().value(state().geometry.dayAt(pos.x())), 0);
}

void CalendarDayHeader::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_grid->setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    CalendarGridState& s = state();
    const QDate day = s.geometry.days().value(s.geometry.dayAt(pos.x()));
    if (pos.y() < s.dateRowHeight) {
        if (pos.x() >= s.geometry.gutter())
            emit m_grid->dayRequested(day);
        return;
    }
    if (const int more = moreAt(pos); more >= 0) {
        m_grid->showMore(s.layout.allDayMore().at(more), event->globalPosition().toPoint());
        return;
    }
    if (const int bar = barAt(pos); bar >= 0) {
        const int index = s.layout.bars().at(bar).entry;
        const CalendarEntry& entry = s.entries.at(index);
        m_grid->setSelectedKey(entry.key);
        s.slotDay = day;
        if (entry.movable())
            s.drag.press(CalendarGridDrag::Kind::Move, true, pos, wallAt(pos), index, entry.start, entry.end);
        return;
    }
    CalendarGridSelection::selectSlot(s, day, 0, CalendarGridGeometry::kMinutesPerDay, true);
    s.drag.press(CalendarGridDrag::Kind::Create, true, pos, wallAt(pos));
    m_grid->repaintAll();
}

void CalendarDayHeader::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    CalendarGridState& s = state();
    if (s.drag.kind() != CalendarGridDrag::Kind::None && s.drag.allDay() && (event->buttons() & Qt::LeftButton)) {
        s.drag.move(pos, wallAt(pos));
        update();
        return;
    }
    const int more = moreAt(pos);
    if (more != s.hoveredAllDayMore) {
        s.hoveredAllDayMore = more;
        update();
    }
}

void CalendarDayHeader::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && state().drag.allDay())
        m_grid->finishDrag();
}

void CalendarDayHeader::mouseDoubleClickEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || pos.y() < state().dateRowHeight)
        return;
    state().drag.cancel();
    if (const int bar = barAt(pos); bar >= 0) {
        emit m_grid->activated(state().entries.at(state().layout.bars().at(bar).entry).key);
        return;
    }
    const CalendarSlot slot = m_grid->selectedSlot();
    emit m_grid->createRequested(slot.start, slot.end, true);
}

void CalendarDayHeader::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    if (state().hoveredAllDayMore >= 0) {
        state().hoveredAllDayMore = -1;
        update();
    }
}

bool CalendarDayHeader::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    QString text;
    if (const int bar = barAt(help->pos()); bar >= 0)
        text = CalendarText::toolTip(state().entries.at(state().layout.bars().at(bar).entry), locale());
    else if (const int more = moreAt(help->pos()); more >= 0)
        text = CalendarMoreMenu::listText(state().entriesAt(state().layout.allDayMore().at(more)), locale());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace Fieldbook
