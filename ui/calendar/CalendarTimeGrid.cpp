#include "CalendarTimeGrid.h"

#include "CalendarDayHeader.h"
#include "CalendarGridPainter.h"
#include "CalendarGridSelection.h"
#include "CalendarMoreMenu.h"
#include "CalendarText.h"
#include "common/Clock.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kSlotMinutes = CalendarGridSelection::kSlotMinutes;
constexpr int kEdgeGrab = 5;    // pixels above a box's bottom edge that resize it
constexpr int kScrollEdge = 24; // pixels from the viewport's edge where a drag scrolls
} // namespace

CalendarTimeGrid::CalendarTimeGrid(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_header(new CalendarDayHeader(this))
    , m_nowTimer(new QTimer(this))
    , m_scrollTimer(new QTimer(this)) {
    setObjectName(u"calendarTimeGrid"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    m_state.zone = QTimeZone::systemTimeZone();
    m_state.slotDay = now().date();
    m_nowTimer->setInterval(60'000);
    connect(m_nowTimer, &QTimer::timeout, this, &CalendarTimeGrid::repaintAll);
    m_nowTimer->start();
    m_scrollTimer->setInterval(40);
    connect(m_scrollTimer, &QTimer::timeout, this, &CalendarTimeGrid::autoScroll);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_scrolledByUser = true; });
    relayout();
}

CalendarTimeGrid::~CalendarTimeGrid() = default;

void CalendarTimeGrid::setDays(const QList<QDate>& days) {
    if (days == m_state.geometry.days())
        return;
    m_state.drag.cancel();
    m_state.geometry.setDays(days);
    const int selected = m_state.indexOf(m_state.selectedKey);
    if (selected >= 0 && !CalendarGridSelection::entriesInOrder(m_state).contains(selected))
        m_state.selectedKey.clear(); // it is not on the days shown any more
    if (!days.contains(m_state.slotDay) && !days.isEmpty())
        m_state.slotDay = days.contains(now().date()) ? now().date() : days.first();
    relayout();
}

void CalendarTimeGrid::setEntries(const QList<CalendarEntry>& entries) {
    m_state.drag.cancel();
    m_state.entries = entries;
    if (m_state.indexOf(m_state.selectedKey) < 0)
        m_state.selectedKey.clear();
    m_state.hoveredMore = -1;
    m_state.hoveredAllDayMore = -1;
    relayout();
}

void CalendarTimeGrid::setDisplayZone(const QTimeZone& zone) {
    m_state.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    repaintAll();
}

void CalendarTimeGrid::scrollToTime(QTime time) {
    m_scrolledByUser = true;
    verticalScrollBar()->setValue(m_state.geometry.y(time.msecsSinceStartOfDay() / 60'000));
}

QDateTime CalendarTimeGrid::now() const {
    return Clock::nowUtc().toTimeZone(m_state.zone);
}

void CalendarTimeGrid::repaintAll() {
    viewport()->update();
    m_header->update();
}

/// Sizes from the font and the viewport: hour rows that show the working day on a tall screen,
/// entries at least one line tall and wide enough for a few words.
void CalendarTimeGrid::applyMetrics() {
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    int gutter = 0;
    for (int hour = 0; hour < 24; ++hour)
        gutter = std::max(gutter, metrics.horizontalAdvance(CalendarText::hourLabel(hour, locale())));
    CalendarGridGeometry& g = m_state.geometry;
    g.setGutter(gutter + 14);
    g.setWidth(viewport()->width());
    const int workHours = (CalendarGridGeometry::kWorkEnd - CalendarGridGeometry::kWorkStart) / 60 + 1;
    g.setHourHeight(std::clamp(viewport()->height() / workHours, 2 * (line + 4), 5 * line));
    m_state.dateRowHeight = line + 14;
    m_state.allDayRowHeight = line + 6;
}

void CalendarTimeGrid::relayout() {
    if (m_inLayout)
        return;
    m_inLayout = true;
    const int topMinutes = int(m_state.geometry.minutesAt(verticalScrollBar()->value()));
    const QFontMetrics metrics = fontMetrics();
    CalendarGridLayout::Options options;
    // Readable: a box shows some nine characters of its title (four or five CJK ones).
    options.minWidth = std::max(3 * metrics.height(), 9 * metrics.averageCharWidth() + 8);
    options.minHeight = metrics.height() + 3;
    options.markerWidth = metrics.horizontalAdvance(CalendarText::moreMarker(99, locale())) + 8;
    // The header's height depends on the all-day rows, the hour rows' on the height left: a second
    // pass when the header changed the viewport.
    for (int pass = 0; pass < 2; ++pass) {
        applyMetrics();
        options.maxAllDayRows = viewport()->height() + m_state.headerHeight() > 700 ? 5 : 3;
        m_state.layout.build(m_state.entries, m_state.geometry, options);
        if (!updateHeader())
            break;
    }
    QScrollBar* bar = verticalScrollBar();
    bar->setRange(0, std::max(0, m_state.geometry.contentHeight() - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(std::max(1, m_state.geometry.hourHeight() / 2));
    // Opened at the working day, with room for the label on its first hour line.
    bar->setValue(m_scrolledByUser ? m_state.geometry.y(topMinutes)
                                   : m_state.geometry.y(CalendarGridGeometry::kWorkStart) - metrics.height() / 2 - 2);
    m_inLayout = false;
    repaintAll();
}

/// Fits the viewport's top margin to the header; returns whether it changed.
bool CalendarTimeGrid::updateHeader() {
    const int height = m_state.headerHeight();
    const bool changed = viewportMargins().top() != height;
    if (changed)
        setViewportMargins(0, height, 0, 0);
    const QRect view = viewport()->geometry();
    m_header->setGeometry(view.left(), view.top() - height, view.width(), height);
    return changed;
}

void CalendarTimeGrid::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    const int scroll = verticalScrollBar()->value();
    painter.translate(0, -scroll);
    CalendarGridPainter(*this, m_state, now()).paintContent(painter, event->rect().translated(0, scroll));
}

void CalendarTimeGrid::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void CalendarTimeGrid::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        repaintAll();
}

void CalendarTimeGrid::scrollContentsBy(int, int) {
    viewport()->update();
}

QPoint CalendarTimeGrid::contentPoint(const QPoint& viewportPoint) const {
    return viewportPoint + QPoint(0, verticalScrollBar()->value());
}

qint64 CalendarTimeGrid::wallAt(const QPoint& viewportPoint, int day) const {
    const QDate date = m_state.geometry.days().value(day);
    return CalendarGridDrag::wall(date, m_state.geometry.minutesAt(contentPoint(viewportPoint).y()));
}

QPoint CalendarTimeGrid::pointAt(QDate day, QTime time) const {
    const int index = m_state.geometry.dayIndex(day);
    if (index < 0)
        return {};
    const int x = (m_state.geometry.dayLeft(index) + m_state.geometry.dayRight(index)) / 2;
    return {x, m_state.geometry.y(time.msecsSinceStartOfDay() / 60'000) - verticalScrollBar()->value()};
}

QRect CalendarTimeGrid::entryRect(const QString& key) const {
    for (const CalendarGridLayout::Box& box : m_state.layout.boxes())
        if (m_state.entries.at(box.entry).key == key)
            return box.rect.translated(0, -verticalScrollBar()->value());
    return {};
}

QRect CalendarTimeGrid::allDayRect(const QString& key) const {
    for (const CalendarGridLayout::Bar& bar : m_state.layout.bars())
        if (m_state.entries.at(bar.entry).key == key)
            return CalendarGridPainter::barRect(m_state, bar.firstDay, bar.lastDay, bar.row);
    return {};
}

QPoint CalendarTimeGrid::allDayPointAt(QDate day) const {
    const int index = m_state.geometry.dayIndex(day);
    if (index < 0)
        return {};
    const int row = std::max(0, m_state.layout.allDayRows() - 1);
    return CalendarGridPainter::barRect(m_state, index, index, row).center();
}

void CalendarTimeGrid::setSelectedKey(const QString& key) {
    m_state.selectedKey = key;
    repaintAll();
}

void CalendarTimeGrid::selectEntry(const QString& key) {
    const int index = m_state.indexOf(key);
    if (index < 0)
        return;
    setSelectedKey(key);
    const CalendarEntry& entry = m_state.entries.at(index);
    m_state.slotDay = entry.start.date();
    const QRect rect = entryRect(key);
    if (!rect.isEmpty() && (rect.top() < 0 || rect.bottom() > viewport()->height())) {
        m_scrolledByUser = true;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - m_state.geometry.hourHeight() / 2);
    }
}

void CalendarTimeGrid::selectSlot(QDate day, QTime start, QTime end, bool allDay) {
    const int to = end == QTime(0, 0) ? CalendarGridGeometry::kMinutesPerDay : end.msecsSinceStartOfDay() / 60'000;
    CalendarGridSelection::selectSlot(m_state, day, start.msecsSinceStartOfDay() / 60'000, to, allDay);
    repaintAll();
}

CalendarSlot CalendarTimeGrid::selectedSlot() const {
    return CalendarGridSelection::slot(m_state);
}

void CalendarTimeGrid::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QPoint content = contentPoint(pos);
    if (const int more = m_state.layout.moreAt(content); more >= 0) {
        showMore(m_state.layout.mores().at(more).entries, event->globalPosition().toPoint());
        return;
    }
    if (const int box = m_state.layout.boxAt(content); box >= 0) {
        pressBox(m_state.layout.boxes().at(box), pos);
        return;
    }
    const int day = m_state.geometry.dayAt(pos.x());
    const int minute = int(m_state.geometry.minutesAt(content.y()));
    const int slot =
        std::clamp(minute / kSlotMinutes * kSlotMinutes, 0, CalendarGridGeometry::kMinutesPerDay - kSlotMinutes);
    selectSlot(m_state.geometry.days().value(day), QTime(0, 0).addSecs(slot * 60),
               QTime(0, 0).addSecs((slot + kSlotMinutes) * 60));
    m_dragDay = day;
    m_state.drag.press(CalendarGridDrag::Kind::Create, false, pos, wallAt(pos, day));
}

void CalendarTimeGrid::pressBox(const CalendarGridLayout::Box& box, const QPoint& pos) {
    const CalendarEntry& entry = m_state.entries.at(box.entry);
    setSelectedKey(entry.key);
    m_state.slotDay = m_state.geometry.days().value(box.day);
    if (!entry.movable())
        return;
    const bool edge = box.lastPart && contentPoint(pos).y() >= box.rect.bottom() - kEdgeGrab;
    m_dragDay = box.day;
    const auto kind = edge ? CalendarGridDrag::Kind::Resize : CalendarGridDrag::Kind::Move;
    m_state.drag.press(kind, false, pos, wallAt(pos, box.day), box.entry, entry.start, entry.end);
}

void CalendarTimeGrid::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    CalendarGridDrag& drag = m_state.drag;
    if (drag.kind() == CalendarGridDrag::Kind::None || drag.allDay() || !(event->buttons() & Qt::LeftButton)) {
        updateHover(pos);
        return;
    }
    // Creating and resizing stay on their day; moving follows the pointer across days.
    const int day = drag.kind() == CalendarGridDrag::Kind::Move ? m_state.geometry.dayAt(pos.x()) : m_dragDay;
    drag.move(pos, wallAt(pos, day));
    if (drag.started()) {
        const bool nearEdge = pos.y() < kScrollEdge || pos.y() > viewport()->height() - kScrollEdge;
        if (nearEdge && !m_scrollTimer->isActive())
            m_scrollTimer->start();
        viewport()->update();
    }
}

void CalendarTimeGrid::autoScroll() {
    const QPoint pos = viewport()->mapFromGlobal(QCursor::pos());
    const CalendarGridDrag& drag = m_state.drag;
    const int step = pos.y() < kScrollEdge                          ? -m_state.geometry.hourHeight() / 4
                     : pos.y() > viewport()->height() - kScrollEdge ? m_state.geometry.hourHeight() / 4
                                                                    : 0;
    if (!drag.started() || drag.allDay() || step == 0) {
        m_scrollTimer->stop();
        return;
    }
    m_scrolledByUser = true;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
    const int day = drag.kind() == CalendarGridDrag::Kind::Move ? m_state.geometry.dayAt(pos.x()) : m_dragDay;
    m_state.drag.move(pos, wallAt(pos, day));
}

void CalendarTimeGrid::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !m_state.drag.allDay())
        finishDrag();
}

/// Asks for what the drag did, in the display zone; a press that did not move only selected.
void CalendarTimeGrid::finishDrag() {
    const CalendarGridDrag drag = m_state.drag;
    m_state.drag.cancel();
    m_scrollTimer->stop();
    repaintAll();
    if (!drag.started())
        return;
    const QTimeZone& zone = m_state.zone;
    if (drag.kind() == CalendarGridDrag::Kind::Create && drag.allDay()) {
        const QDate first = CalendarGridDrag::date(drag.startWall());
        const QDate last = CalendarGridDrag::date(drag.endWall());
        emit createRequested(QDateTime(first, QTime(0, 0), zone), QDateTime(last, QTime(0, 0), zone), true);
    } else if (drag.kind() == CalendarGridDrag::Kind::Create) {
        const QDateTime start = CalendarGridDrag::dateTime(drag.startWall(), zone);
        const QDateTime end = CalendarGridDrag::dateTime(drag.endWall(), zone);
        selectSlot(start.date(), start.time(), end.date() == start.date() ? end.time() : QTime(0, 0));
        emit createRequested(start, end, false);
    } else if (drag.allDay()) {
        const QString key = m_state.entries.at(drag.entry()).key;
        const int days = drag.dayDelta();
        if (days != 0)
            emit moveRequested(key, drag.entryStart().addDays(days), drag.entryEnd().addDays(days));
    } else {
        const QString key = m_state.entries.at(drag.entry()).key;
        const QDateTime start = drag.kind() == CalendarGridDrag::Kind::Move
                                    ? CalendarGridDrag::dateTime(drag.startWall(), zone)
                                    : drag.entryStart();
        const QDateTime end = drag.kind() == CalendarGridDrag::Kind::Move
                                  ? start.addMSecs(drag.entryStart().msecsTo(drag.entryEnd()))
                                  : CalendarGridDrag::dateTime(drag.endWall(), zone);
        if (start != drag.entryStart() || end != drag.entryEnd())
            emit moveRequested(key, start, end);
    }
}

void CalendarTimeGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_state.drag.cancel();
    const int box = m_state.layout.boxAt(contentPoint(event->position().toPoint()));
    if (box >= 0) {
        emit activated(m_state.entries.at(m_state.layout.boxes().at(box).entry).key);
        return;
    }
    const CalendarSlot slot = selectedSlot();
    emit createRequested(slot.start, slot.end, slot.allDay);
}

void CalendarTimeGrid::updateHover(const QPoint& pos) {
    const QPoint content = contentPoint(pos);
    const int more = m_state.layout.moreAt(content);
    if (more != m_state.hoveredMore) {
        m_state.hoveredMore = more;
        viewport()->update();
    }
    const int index = m_state.layout.boxAt(content);
    const CalendarGridLayout::Box* box = index >= 0 ? &m_state.layout.boxes().at(index) : nullptr;
    const bool edge = box && box->lastPart && m_state.entries.at(box->entry).movable() &&
                      content.y() >= box->rect.bottom() - kEdgeGrab;
    viewport()->setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
}

bool CalendarTimeGrid::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint content = contentPoint(help->pos());
        QString text;
        if (const int box = m_state.layout.boxAt(content); box >= 0)
            text = CalendarText::toolTip(m_state.entries.at(m_state.layout.boxes().at(box).entry), locale());
        else if (const int more = m_state.layout.moreAt(content); more >= 0)
            text = CalendarMoreMenu::listText(m_state.entriesAt(m_state.layout.mores().at(more).entries), locale());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_state.hoveredMore >= 0) {
        m_state.hoveredMore = -1;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarTimeGrid::showMore(const QList<int>& entries, const QPoint& globalPos) {
    CalendarMoreMenu::popup(this, m_state.entriesAt(entries), globalPos, [this](const QString& key) {
        setSelectedKey(key);
        emit activated(key);
    });
}

void CalendarTimeGrid::keyPressEvent(QKeyEvent* event) {
    if (m_state.drag.kind() != CalendarGridDrag::Kind::None) {
        if (event->key() == Qt::Key_Escape) {
            m_state.drag.cancel();
            m_scrollTimer->stop();
            repaintAll();
        }
        return; // no navigation in the middle of a drag
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool entry = !m_state.selectedKey.isEmpty();
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!entry)
            break;
        setSelectedKey({});
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (modifiers & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier))
            break; // Alt+Left and Alt+Right change the period
        moveSelection(event->key(), modifiers);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (entry) {
            emit activated(m_state.selectedKey);
        } else {
            const CalendarSlot slot = selectedSlot();
            emit createRequested(slot.start, slot.end, slot.allDay);
        }
        return;
    case Qt::Key_Delete:
        if (entry && m_state.entries.at(m_state.indexOf(m_state.selectedKey)).movable())
            emit deleteRequested(m_state.selectedKey);
        return;
    default:
        break;
    }
    event->ignore(); // the CalendarView's keys
}

void CalendarTimeGrid::moveSelection(int key, Qt::KeyboardModifiers modifiers) {
    const bool entry = !m_state.selectedKey.isEmpty();
    const QDate outside = entry ? CalendarGridSelection::moveEntry(m_state, key)
                                : CalendarGridSelection::moveSlot(m_state, key, modifiers);
    if (outside.isValid()) {
        emit dateStepRequested(outside);
    } else if (!m_state.selectedKey.isEmpty()) {
        selectEntry(m_state.selectedKey);
    } else {
        const CalendarGridGeometry& g = m_state.geometry;
        QScrollBar* bar = verticalScrollBar();
        const int top = g.y(m_state.slotStart);
        const int bottom = g.y(m_state.slotEnd);
        if (!m_state.slotAllDay && (top < bar->value() || bottom > bar->value() + viewport()->height())) {
            m_scrolledByUser = true;
            bar->setValue(top < bar->value() ? top : bottom - viewport()->height());
        }
    }
    repaintAll();
}

void CalendarTimeGrid::focusInEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void CalendarTimeGrid::focusOutEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace Fieldbook
