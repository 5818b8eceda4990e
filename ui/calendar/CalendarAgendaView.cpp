#include "CalendarAgendaView.h"

#include "CalendarEntryPainter.h"
#include "CalendarMarks.h"
#include "CalendarText.h"
#include "common/Clock.h"
#include "widgets/Icons.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kMargin = 10;
constexpr int kGap = 14;
} // namespace

CalendarAgendaView::CalendarAgendaView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_zone(QTimeZone::systemTimeZone()) {
    setObjectName(u"calendarAgendaView"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void CalendarAgendaView::setRange(const CalendarRange& range) {
    if (range == m_range)
        return;
    m_range = range;
    relayout();
}

void CalendarAgendaView::setEntries(const QList<CalendarEntry>& entries) {
    const QString selected = selectedKey();
    m_entries = entries;
    relayout();
    selectEntry(selected);
}

void CalendarAgendaView::setDisplayZone(const QTimeZone& zone) {
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    viewport()->update();
}

QString CalendarAgendaView::timeText(const CalendarEntry& entry, QDate date) const {
    const bool starts = entry.start.date() == date;
    const bool ends = entry.lastDateExclusive() == date.addDays(1);
    if (entry.allDay || (!starts && !ends) || (entry.spansDays() && !starts))
        return CalendarText::allDay();
    const QString start = CalendarText::clock(entry.start.time(), locale());
    const QString end = CalendarText::clock(entry.end.time(), locale());
    if (starts && ends)
        return tr("%1 – %2", "start and end time").arg(start, end);
    return starts ? tr("From %1", "an entry that ends on a later day").arg(start)
                  : tr("Until %1", "an entry that started on an earlier day").arg(end);
}

void CalendarAgendaView::relayout() {
    m_rows.clear();
    m_selected = -1;
    const QFontMetrics metrics = fontMetrics();
    const int heading = metrics.height() + 16;
    const int line = metrics.height() + 12;
    QList<int> order(m_entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const CalendarEntry& x = m_entries.at(a);
        const CalendarEntry& y = m_entries.at(b);
        return x.spansDays() != y.spansDays() ? x.spansDays() : x.start < y.start;
    });
    int top = 0;
    int widest[4] = {0, 0, 0, 0}; // time, location, owner, title with its marks
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics titleMetrics(bold);
    for (QDate date = m_range.first; date < m_range.lastExclusive; date = date.addDays(1)) {
        bool headed = false;
        for (const int index : std::as_const(order)) {
            const CalendarEntry& entry = m_entries.at(index);
            if (date < entry.firstDate() || date >= entry.lastDateExclusive())
                continue;
            if (!headed) {
                m_rows.append({date, -1, top, heading});
                top += heading;
                headed = true;
            }
            m_rows.append({date, index, top, line});
            top += line;
            widest[0] = std::max(widest[0], metrics.horizontalAdvance(timeText(entry, date)));
            widest[1] = std::max(widest[1], metrics.horizontalAdvance(entry.location));
            widest[2] = std::max(widest[2], metrics.horizontalAdvance(entry.ownerName));
            widest[3] = std::max(widest[3], titleMetrics.horizontalAdvance(CalendarText::title(entry)) +
                                                3 * (metrics.ascent() + 4));
        }
    }
    const int width = viewport()->width() - 2 * kMargin - 12;
    m_columns.time = std::min(widest[0] + kGap, width * 2 / 5);
    m_columns.owner = widest[2] > 0 ? std::min(widest[2] + kGap, width / 5) : 0;
    m_columns.location = widest[1] > 0 ? std::min(widest[1] + kGap, width * 3 / 10) : 0;
    // The title takes what is left, but no more than the longest needs: the columns stay together.
    m_columns.title =
        std::clamp(widest[3] + kGap, 0, std::max(0, width - m_columns.time - m_columns.owner - m_columns.location));
    verticalScrollBar()->setRange(0, std::max(0, top - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(line);
    viewport()->update();
}

void CalendarAgendaView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    const QString selected = selectedKey();
    relayout();
    selectEntry(selected);
}

void CalendarAgendaView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
}

void CalendarAgendaView::scrollContentsBy(int, int) {
    viewport()->update();
}

void CalendarAgendaView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Nothing scheduled"));
        return;
    }
    const int scroll = verticalScrollBar()->value();
    painter.translate(0, -scroll);
    const QRect exposed = event->rect().translated(0, scroll);
    const CalendarEntryPainter entries(*this);
    for (const Row& row : std::as_const(m_rows)) {
        if (row.top > exposed.bottom() || row.top + row.height < exposed.top())
            continue;
        if (row.entry < 0)
            paintHeading(painter, row);
        else
            paintEntry(painter, entries, row);
    }
}

void CalendarAgendaView::paintHeading(QPainter& painter, const Row& row) const {
    const QRect rect(0, row.top, viewport()->width(), row.height);
    painter.fillRect(rect, palette().color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const bool today = row.date == Clock::nowUtc().toTimeZone(m_zone).date();
    painter.setPen(palette().color(today ? QPalette::Highlight : QPalette::WindowText));
    const QRect text = rect.adjusted(kMargin, 0, -kMargin, 0);
    painter.drawText(text, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                     locale().toString(row.date, QLocale::LongFormat));
    if (today)
        painter.drawText(text, Qt::AlignTrailing | Qt::AlignVCenter | Qt::TextSingleLine, tr("Today"));
    painter.setPen(Icons::tint(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.2));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

void CalendarAgendaView::paintEntry(QPainter& painter, const CalendarEntryPainter& painterFor, const Row& row) const {
    const CalendarEntry& entry = m_entries.at(row.entry);
    const QPalette& p = palette();
    const QRect rect(0, row.top, viewport()->width(), row.height);
    const bool selected = m_selected >= 0 && m_rows.at(m_selected).entry == row.entry;
    if (selected)
        painter.fillRect(rect, Icons::tint(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.28));
    const QColor color = painterFor.color(entry);
    const QRect stripe(kMargin, row.top + 4, 4, row.height - 8);
    painter.fillRect(stripe, entry.tentative || entry.kind == CalendarEntry::Kind::Busy
                                 ? QBrush(color, Qt::Dense4Pattern)
                                 : QBrush(color));
    const QFontMetrics& metrics = painterFor.metrics();
    int x = kMargin + 12;
    const auto cell = [&](int width, const QString& text, QPalette::ColorRole role, const QFont& font) {
        painter.setFont(font);
        painter.setPen(p.color(role));
        const QRect area(x, row.top, std::max(0, width - kGap), row.height);
        painter.drawText(area, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetrics(font).elidedText(text, Qt::ElideRight, area.width()));
        x += width;
    };
    cell(m_columns.time, timeText(entry, row.date), QPalette::Text, font());
    QFont title = font();
    title.setBold(entry.kind != CalendarEntry::Kind::Busy);
    title.setStrikeOut(entry.cancelled);
    // The marks follow the title; the title gives way to them.
    const int markSize = metrics.ascent();
    const int marks = (entry.conflictWith.isEmpty() ? 0 : 1) + (entry.isPrivate ? 1 : 0) + (entry.recurring ? 1 : 0);
    const int titleWidth = m_columns.title - marks * (markSize + 4);
    const int titleLeft = x;
    cell(titleWidth, CalendarText::title(entry), entry.cancelled ? QPalette::PlaceholderText : QPalette::Text, title);
    const int titleRight =
        std::min(titleWidth - kGap, QFontMetrics(title).horizontalAdvance(CalendarText::title(entry)));
    paintMarks(painter, entry, QPoint(titleLeft + titleRight + 6, row.top + (row.height - markSize) / 2), markSize);
    x = titleLeft + m_columns.title;
    if (entry.kind != CalendarEntry::Kind::Busy) {
        cell(m_columns.location, entry.location, QPalette::PlaceholderText, font());
        cell(m_columns.owner, entry.ownerName, QPalette::PlaceholderText, font());
    }
}

int CalendarAgendaView::rowAt(const QPoint& viewportPoint) const {
    const int y = viewportPoint.y() + verticalScrollBar()->value();
    for (int i = 0; i < m_rows.size(); ++i)
        if (y >= m_rows.at(i).top && y < m_rows.at(i).top + m_rows.at(i).height)
            return i;
    return -1;
}

void CalendarAgendaView::selectRow(int row) {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).entry < 0)
        return;
    m_selected = row;
    const Row& selected = m_rows.at(row);
    QScrollBar* bar = verticalScrollBar();
    if (selected.top < bar->value())
        bar->setValue(row > 0 && m_rows.at(row - 1).entry < 0 ? m_rows.at(row - 1).top : selected.top);
    else if (selected.top + selected.height > bar->value() + viewport()->height())
        bar->setValue(selected.top + selected.height - viewport()->height());
    viewport()->update();
}

QString CalendarAgendaView::selectedKey() const {
    return m_selected >= 0 ? m_entries.at(m_rows.at(m_selected).entry).key : QString();
}

void CalendarAgendaView::selectEntry(const QString& key) {
    m_selected = -1;
    for (int i = 0; i < m_rows.size() && !key.isEmpty(); ++i)
        if (m_rows.at(i).entry >= 0 && m_entries.at(m_rows.at(i).entry).key == key) {
            selectRow(i);
            return;
        }
    viewport()->update();
}

QStringList CalendarAgendaView::rowTexts() const {
    QStringList texts;
    for (const Row& row : m_rows)
        texts.append(row.entry < 0 ? row.date.toString(Qt::ISODate) : m_entries.at(row.entry).key);
    return texts;
}

QRect CalendarAgendaView::entryRect(const QString& key) const {
    for (const Row& row : m_rows)
        if (row.entry >= 0 && m_entries.at(row.entry).key == key)
            return QRect(0, row.top - verticalScrollBar()->value(), viewport()->width(), row.height);
    return {};
}

void CalendarAgendaView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        selectRow(rowAt(event->position().toPoint()));
}

void CalendarAgendaView::mouseDoubleClickEvent(QMouseEvent* event) {
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0 && m_rows.at(row).entry >= 0)
        emit activated(m_entries.at(m_rows.at(row).entry).key);
}

void CalendarAgendaView::keyPressEvent(QKeyEvent* event) {
    const bool plain = !(event->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier));
    const int key = event->key();
    if (plain && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        const int step = key == Qt::Key_Up ? -1 : 1;
        int row = m_selected < 0 ? (step > 0 ? -1 : int(m_rows.size())) : m_selected;
        do
            row += step;
        while (row >= 0 && row < m_rows.size() && m_rows.at(row).entry < 0);
        selectRow(row);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_selected >= 0) {
        emit activated(selectedKey());
        return;
    }
    if (key == Qt::Key_Delete && m_selected >= 0) {
        if (m_entries.at(m_rows.at(m_selected).entry).movable())
            emit deleteRequested(selectedKey());
        return;
    }
    event->ignore(); // the CalendarView's keys
}

bool CalendarAgendaView::viewportEvent(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int row = rowAt(help->pos());
    if (row >= 0 && m_rows.at(row).entry >= 0)
        QToolTip::showText(help->globalPos(), CalendarText::toolTip(m_entries.at(m_rows.at(row).entry), locale()),
                           viewport());
    else
        QToolTip::hideText();
    return true;
}

void CalendarAgendaView::paintMarks(QPainter& painter, const CalendarEntry& entry, QPoint at, int size) const {
    const bool busy = entry.kind == CalendarEntry::Kind::Busy;
    const auto slot = [&at, size]() {
        const QRectF rect(at, QSizeF(size, size));
        at.rx() += size + 4;
        return rect;
    };
    if (!entry.conflictWith.isEmpty())
        CalendarMarks::paintWarning(painter, slot());
    if (entry.isPrivate && !busy)
        CalendarMarks::paintLock(painter, slot(), palette().color(QPalette::Text));
    if (entry.recurring && !busy)
        CalendarMarks::paintRecurring(painter, slot(), palette().color(QPalette::Text));
}

} // namespace Fieldbook
