#include "CalendarMonthView.h"

#include "CalendarEntryPainter.h"
#include "CalendarPeriod.h"
#include "CalendarText.h"
#include "common/Clock.h"
#include "widgets/Icons.h"

#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kLineGap = 2;

int lineStep(const QFontMetrics& metrics) {
    return metrics.height() + 2 + kLineGap;
}
} // namespace

CalendarMonthView::CalendarMonthView(QWidget* parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone()) {
    setObjectName(u"calendarMonthView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setDate(today());
}

QDate CalendarMonthView::today() const {
    return Clock::nowUtc().toTimeZone(m_zone).date();
}

void CalendarMonthView::setDate(QDate date) {
    m_selected = date;
    const QDate month(date.year(), date.month(), 1);
    const CalendarRange range = CalendarPeriod::range(CalendarMode::Month, date, locale());
    if (month != m_month || m_days.isEmpty() || m_days.first() != range.first) {
        m_month = month;
        m_days.clear();
        for (QDate day = range.first; day < range.lastExclusive; day = day.addDays(1))
            m_days.append(day);
        m_drag.cancel();
        relayout();
    }
    update();
}

void CalendarMonthView::setEntries(const QList<CalendarEntry>& entries) {
    m_entries = entries;
    m_drag.cancel();
    if (std::none_of(m_entries.cbegin(), m_entries.cend(),
                     [this](const CalendarEntry& entry) { return entry.key == m_selectedKey; }))
        m_selectedKey.clear();
    relayout();
}

void CalendarMonthView::setDisplayZone(const QTimeZone& zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    update();
}

int CalendarMonthView::headerHeight() const {
    return fontMetrics().height() + 10;
}

void CalendarMonthView::relayout() {
    m_cells = QList<Cell>(m_days.size());
    if (m_days.isEmpty())
        return;
    QList<QList<int>> perDay(m_days.size());
    const QDate first = m_days.first();
    for (int i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry& entry = m_entries.at(i);
        const QDate from = std::max(entry.firstDate(), first);
        const QDate to = std::min(entry.lastDateExclusive(), m_days.last().addDays(1));
        for (QDate date = from; date < to; date = date.addDays(1))
            perDay[int(first.daysTo(date))].append(i);
    }
    for (int day = 0; day < m_days.size(); ++day) {
        QList<int>& entries = perDay[day];
        std::stable_sort(entries.begin(), entries.end(), [this](int a, int b) {
            const CalendarEntry& x = m_entries.at(a);
            const CalendarEntry& y = m_entries.at(b);
            if (x.spansDays() != y.spansDays())
                return x.spansDays();
            return x.start < y.start;
        });
        layoutCell(day, entries);
    }
}

void CalendarMonthView::layoutCell(int day, const QList<int>& entries) {
    const int top = headerHeight();
    const int column = day % 7;
    const int row = day / 7;
    const int rows = CalendarPeriod::kMonthWeeks;
    const QRect rect(QPoint(column * width() / 7, top + row * (height() - top) / rows),
                     QPoint((column + 1) * width() / 7 - 1, top + (row + 1) * (height() - top) / rows - 1));
    Cell& cell = m_cells[day];
    cell.rect = rect;
    const QFontMetrics metrics = fontMetrics();
    const int step = lineStep(metrics);
    const int firstLine = rect.top() + metrics.height() + 6;
    const int fit = std::max(0, (rect.bottom() - firstLine) / step);
    const int shown = int(entries.size()) <= fit ? int(entries.size()) : std::max(0, fit - 1);
    const auto lineRect = [&](int line) {
        return QRect(rect.left() + 2, firstLine + line * step, rect.width() - 4, step - kLineGap);
    };
    for (int line = 0; line < shown; ++line)
        cell.lines.append({entries.at(line), lineRect(line)});
    cell.moreCount = int(entries.size()) - shown;
    if (cell.moreCount > 0)
        cell.more =
            fit > 0 ? lineRect(shown)
                    : QRect(rect.left() + rect.width() / 2, rect.top() + 2, rect.width() / 2 - 2, metrics.height() + 2);
}

void CalendarMonthView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    relayout();
}

void CalendarMonthView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange && m_selected.isValid()) {
        m_month = {};
        setDate(m_selected); // the first day of the week may differ
    } else if (event->type() == QEvent::FontChange) {
        relayout();
    }
}

void CalendarMonthView::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    paintWeekdays(painter);
    const CalendarEntryPainter entries(*this);
    for (int day = 0; day < m_cells.size(); ++day)
        if (m_cells.at(day).rect.intersects(event->rect()))
            paintCell(painter, entries, day);
}

void CalendarMonthView::paintWeekdays(QPainter& painter) const {
    const int height = headerHeight();
    painter.fillRect(QRect(0, 0, width(), height), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    for (int column = 0; column < 7 && column < m_days.size(); ++column) {
        const QRect cell(column * width() / 7, 0, width() / 7, height);
        const int weekday = m_days.at(column).dayOfWeek();
        QString name = locale().dayName(weekday, QLocale::LongFormat);
        if (metrics.horizontalAdvance(name) > cell.width() - 8)
            name = locale().dayName(weekday, QLocale::ShortFormat);
        painter.drawText(cell, Qt::AlignCenter | Qt::TextSingleLine,
                         metrics.elidedText(name, Qt::ElideRight, cell.width() - 4));
    }
}

void CalendarMonthView::paintCell(QPainter& painter, const CalendarEntryPainter& entries, int day) const {
    const Cell& cell = m_cells.at(day);
    const QDate date = m_days.at(day);
    const QPalette& p = palette();
    const QColor base = p.color(QPalette::Base);
    const bool otherMonth = date.month() != m_month.month();
    const bool inDrag = m_drag.started() && m_drag.kind() == CalendarGridDrag::Kind::Create &&
                        date >= CalendarGridDrag::date(m_drag.startWall()) &&
                        date < CalendarGridDrag::date(m_drag.endWall());
    if (otherMonth)
        painter.fillRect(cell.rect, Icons::tint(base, p.color(QPalette::Window), 0.7));
    if (date == m_selected || inDrag)
        painter.fillRect(cell.rect, Icons::tint(base, p.color(QPalette::Highlight), inDrag ? 0.3 : 0.12));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(Icons::tint(base, p.color(QPalette::Text), 0.16));
    painter.drawRect(cell.rect);
    if (date == m_selected && hasFocus() && m_selectedKey.isEmpty()) {
        painter.setPen(p.color(QPalette::Highlight));
        painter.drawRect(cell.rect.adjusted(1, 1, -1, -1));
    }
    const QFontMetrics metrics = fontMetrics();
    const QString number = locale().toString(date.day());
    const QRect numberRect(cell.rect.left() + 4, cell.rect.top() + 3, metrics.horizontalAdvance(number) + 10,
                           metrics.height() + 2);
    if (date == today()) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(p.color(QPalette::Highlight));
        painter.drawRoundedRect(numberRect, numberRect.height() / 2.0, numberRect.height() / 2.0);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(p.color(QPalette::HighlightedText));
    } else {
        painter.setPen(p.color(otherMonth ? QPalette::PlaceholderText : QPalette::Text));
    }
    painter.drawText(numberRect, Qt::AlignCenter, number);
    for (const auto& [index, rect] : cell.lines) {
        const bool selected = m_entries.at(index).key == m_selectedKey;
        entries.paintLine(painter, rect, m_entries.at(index), date,
                          selected ? CalendarEntryPainter::State::Selected : CalendarEntryPainter::State::Normal);
    }
    if (cell.moreCount > 0)
        entries.paintMore(painter, cell.more, CalendarText::moreLine(cell.moreCount), day == m_hoveredMore);
}

int CalendarMonthView::dayAt(const QPoint& pos) const {
    for (int day = 0; day < m_cells.size(); ++day)
        if (m_cells.at(day).rect.contains(pos))
            return day;
    return -1;
}

int CalendarMonthView::entryAt(const QPoint& pos) const {
    const int day = dayAt(pos);
    if (day < 0)
        return -1;
    for (const auto& [index, rect] : m_cells.at(day).lines)
        if (rect.contains(pos))
            return index;
    return -1;
}

QPoint CalendarMonthView::dayPoint(QDate date) const {
    const qsizetype day = m_days.indexOf(date);
    return day < 0 ? QPoint() : m_cells.at(day).rect.center();
}

QRect CalendarMonthView::moreRect(QDate date) const {
    const qsizetype day = m_days.indexOf(date);
    return day < 0 ? QRect() : m_cells.at(day).more;
}

int CalendarMonthView::shownCount(QDate date) const {
    const qsizetype day = m_days.indexOf(date);
    return day < 0 ? 0 : int(m_cells.at(day).lines.size());
}

int CalendarMonthView::moreCount(QDate date) const {
    const qsizetype day = m_days.indexOf(date);
    return day < 0 ? 0 : m_cells.at(day).moreCount;
}

QRect CalendarMonthView::entryRect(QDate date, const QString& key) const {
    const qsizetype day = m_days.indexOf(date);
    if (day < 0)
        return {};
    for (const auto& [index, rect] : m_cells.at(day).lines)
        if (m_entries.at(index).key == key)
            return rect;
    return {};
}

void CalendarMonthView::selectEntry(const QString& key) {
    m_selectedKey = key;
    update();
}

void CalendarMonthView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const int day = dayAt(pos);
    if (day < 0)
        return;
    if (m_cells.at(day).moreCount > 0 && m_cells.at(day).more.contains(pos)) {
        emit dayRequested(m_days.at(day));
        return;
    }
    m_selected = m_days.at(day);
    const qint64 wall = CalendarGridDrag::wall(m_selected, 0);
    if (const int index = entryAt(pos); index >= 0) {
        const CalendarEntry& entry = m_entries.at(index);
        m_selectedKey = entry.key;
        if (entry.movable())
            m_drag.press(CalendarGridDrag::Kind::Move, true, pos, wall, index, entry.start, entry.end);
    } else {
        m_selectedKey.clear();
        m_drag.press(CalendarGridDrag::Kind::Create, true, pos, wall);
    }
    update();
}

void CalendarMonthView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const int day = dayAt(pos);
    if (m_drag.kind() != CalendarGridDrag::Kind::None && (event->buttons() & Qt::LeftButton)) {
        if (day >= 0)
            m_drag.move(pos, CalendarGridDrag::wall(m_days.at(day), 0));
        update();
        return;
    }
    const int hovered = day >= 0 && m_cells.at(day).moreCount > 0 && m_cells.at(day).more.contains(pos) ? day : -1;
    if (hovered != m_hoveredMore) {
        m_hoveredMore = hovered;
        update();
    }
}

void CalendarMonthView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        finishDrag();
}

void CalendarMonthView::finishDrag() {
    const CalendarGridDrag drag = m_drag;
    m_drag.cancel();
    update();
    if (!drag.started())
        return;
    if (drag.kind() == CalendarGridDrag::Kind::Create) {
        emit createRequested(QDateTime(CalendarGridDrag::date(drag.startWall()), QTime(0, 0), m_zone),
                             QDateTime(CalendarGridDrag::date(drag.endWall()), QTime(0, 0), m_zone), true);
    } else if (drag.kind() == CalendarGridDrag::Kind::Move && drag.dayDelta() != 0) {
        emit moveRequested(m_entries.at(drag.entry()).key, drag.entryStart().addDays(drag.dayDelta()),
                           drag.entryEnd().addDays(drag.dayDelta()));
    }
}

void CalendarMonthView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_drag.cancel();
    const QPoint pos = event->position().toPoint();
    const int day = dayAt(pos);
    if (day < 0)
        return;
    if (const int index = entryAt(pos); index >= 0)
        emit activated(m_entries.at(index).key);
    else
        emit createRequested(QDateTime(m_days.at(day), QTime(0, 0), m_zone),
                             QDateTime(m_days.at(day).addDays(1), QTime(0, 0), m_zone), true);
}

void CalendarMonthView::keyPressEvent(QKeyEvent* event) {
    if (m_drag.kind() != CalendarGridDrag::Kind::None) {
        if (event->key() == Qt::Key_Escape) {
            m_drag.cancel();
            update();
        }
        return;
    }
    const bool plain = !(event->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier));
    static const QHash<int, int> steps{{Qt::Key_Left, -1}, {Qt::Key_Right, 1}, {Qt::Key_Up, -7}, {Qt::Key_Down, 7}};
    if (plain && steps.contains(event->key())) {
        const QDate date = m_selected.addDays(steps.value(event->key()));
        m_selectedKey.clear();
        if (date.month() != m_month.month() || date.year() != m_month.year())
            emit dateStepRequested(date);
        else
            setDate(date);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedKey.isEmpty())
            emit dayRequested(m_selected);
        else
            emit activated(m_selectedKey);
        return;
    case Qt::Key_Delete:
        for (const CalendarEntry& entry : std::as_const(m_entries))
            if (entry.key == m_selectedKey && entry.movable())
                emit deleteRequested(entry.key);
        return;
    case Qt::Key_Escape:
        if (m_selectedKey.isEmpty())
            break;
        selectEntry({});
        return;
    default:
        break;
    }
    event->ignore(); // the CalendarView's keys
}

bool CalendarMonthView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int index = entryAt(help->pos());
    const int day = dayAt(help->pos());
    QString text;
    if (index >= 0)
        text = CalendarText::toolTip(m_entries.at(index), locale());
    else if (day >= 0 && m_cells.at(day).moreCount > 0 && m_cells.at(day).more.contains(help->pos()))
        text = locale().toString(m_days.at(day), QLocale::LongFormat);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace Fieldbook
