#include "CalendarEntryPainter.h"

#include "CalendarMarks.h"
#include "CalendarText.h"
#include "widgets/Icons.h"

#include <QPainter>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kStripe = 3;
constexpr int kPadding = 3;

bool isBusy(const CalendarEntry& entry) {
    return entry.kind == CalendarEntry::Kind::Busy;
}
} // namespace

CalendarEntryPainter::CalendarEntryPainter(const QWidget& widget)
    : m_palette(widget.palette())
    , m_locale(widget.locale())
    , m_font(widget.font())
    , m_bold(widget.font())
    , m_metrics(widget.font())
    , m_boldMetrics(widget.font()) {
    m_bold.setBold(true);
    m_boldMetrics = QFontMetrics(m_bold);
}

QColor CalendarEntryPainter::kindColor(CalendarEntry::Kind kind, const QPalette& palette) {
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight).toHsv();
    const auto turned = [&highlight](int degrees) {
        const int hue = ((highlight.hsvHue() < 0 ? 210 : highlight.hsvHue()) + degrees + 360) % 360;
        return QColor::fromHsv(hue, std::max(highlight.hsvSaturation(), 140), std::clamp(highlight.value(), 170, 220));
    };
    switch (kind) {
    case CalendarEntry::Kind::Meeting:
        return turned(0);
    case CalendarEntry::Kind::Visit:
        return turned(-75); // blue highlights give green
    case CalendarEntry::Kind::Call:
        return turned(175); // orange
    case CalendarEntry::Kind::Other:
        return turned(65); // violet
    case CalendarEntry::Kind::Task:
        return turned(-20); // teal
    case CalendarEntry::Kind::Busy:
        return palette.color(QPalette::PlaceholderText);
    }
    return turned(0);
}

QColor CalendarEntryPainter::color(const CalendarEntry& entry) const {
    return entry.color.isValid() && !isBusy(entry) ? entry.color : kindColor(entry.kind, m_palette);
}

QFont CalendarEntryPainter::textFont(const CalendarEntry& entry, bool bold) const {
    QFont font = bold ? m_bold : m_font;
    font.setStrikeOut(entry.cancelled);
    return font;
}

void CalendarEntryPainter::paintFill(QPainter& painter, const QRect& rect, const CalendarEntry& entry,
                                     State state) const {
    const QColor base = m_palette.color(QPalette::Base);
    const QColor accent = color(entry);
    qreal amount = entry.cancelled ? 0.10 : (entry.tentative || isBusy(entry) ? 0.14 : 0.26);
    if (state == State::Selected)
        amount += 0.22;
    painter.fillRect(rect, Icons::tint(base, accent, amount));
    if (entry.tentative || isBusy(entry))
        painter.fillRect(rect, QBrush(Icons::tint(base, accent, 0.45), Qt::BDiagPattern));
    painter.fillRect(QRect(rect.left(), rect.top(), std::min(kStripe, rect.width()), rect.height()), accent);
    const bool selected = state == State::Selected;
    painter.setPen(
        QPen(selected ? m_palette.color(QPalette::Highlight) : Icons::tint(base, accent, 0.55), selected ? 2 : 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(
        QRectF(rect).adjusted(selected ? 1 : 0.5, selected ? 1 : 0.5, selected ? -1 : -0.5, selected ? -1 : -0.5));
}

/// Draws the marks right-aligned in `line`, as many as leave the title room (the warning first);
/// returns the width they take.
int CalendarEntryPainter::paintMarks(QPainter& painter, const QRect& line, const CalendarEntry& entry) const {
    enum class Mark { Warning, Lock, Recurring };
    QList<Mark> marks;
    if (!entry.conflictWith.isEmpty())
        marks.append(Mark::Warning);
    if (entry.isPrivate && !isBusy(entry))
        marks.append(Mark::Lock);
    if (entry.recurring && !isBusy(entry))
        marks.append(Mark::Recurring);
    const int size = std::min(line.height(), m_metrics.ascent() + 2);
    while (!marks.isEmpty() && line.width() - int(marks.size()) * (size + 2) < 3 * size)
        marks.removeLast();
    int right = line.right() + 1;
    const QColor text = m_palette.color(QPalette::Text);
    for (const Mark mark : marks) {
        right -= size + 2;
        const QRectF slot(right, line.top() + (line.height() - size) / 2.0, size, size);
        if (mark == Mark::Warning)
            CalendarMarks::paintWarning(painter, slot);
        else if (mark == Mark::Lock)
            CalendarMarks::paintLock(painter, slot.adjusted(1, 1, -1, -1), text);
        else
            CalendarMarks::paintRecurring(painter, slot, text);
    }
    return line.right() + 1 - right;
}

void CalendarEntryPainter::paintText(QPainter& painter, const QRect& rect, const QString& text, const QFont& font,
                                     const QFontMetrics& metrics) const {
    if (rect.width() <= 0)
        return;
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine,
                     metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

QStringList CalendarEntryPainter::boxLines(const CalendarEntry& entry, int lines, int width) const {
    QStringList result{CalendarText::title(entry)};
    const QString start = CalendarText::clock(entry.start.time(), m_locale);
    if (lines == 1) {
        if (!entry.allDay && !isBusy(entry))
            result[0] = start + u' ' + result[0];
        return result;
    }
    // A narrow box shows when it starts rather than a cut-off range.
    const QString range = CalendarText::timeRange(entry, m_locale);
    result.append(m_metrics.horizontalAdvance(range) <= width || entry.spansDays() ? range : start);
    if (!isBusy(entry)) {
        for (const QString& more : {entry.location, entry.ownerName})
            if (!more.isEmpty())
                result.append(more);
    }
    return result.mid(0, lines);
}

void CalendarEntryPainter::paintBox(QPainter& painter, const QRect& rect, const CalendarEntry& entry,
                                    State state) const {
    painter.save();
    if (state == State::Ghost)
        painter.setOpacity(0.65);
    paintFill(painter, rect, entry, state);
    const QRect inner = rect.adjusted(kStripe + kPadding, 1, -kPadding, -1);
    const int lineHeight = m_metrics.height();
    const int lines = std::max(1, inner.height() / lineHeight);
    const QStringList texts = boxLines(entry, entry.allDay ? 1 : lines, inner.width());
    painter.setClipRect(rect);
    painter.setPen(m_palette.color(entry.cancelled ? QPalette::PlaceholderText : QPalette::Text));
    for (int i = 0; i < texts.size(); ++i) {
        QRect line(inner.left(), inner.top() + i * lineHeight, inner.width(), std::min(lineHeight, inner.height()));
        if (i == 0) {
            const QPen pen = painter.pen();
            line.setRight(line.right() - paintMarks(painter, line, entry));
            painter.setPen(pen);
        }
        const bool title = i == 0 && texts.size() > 1;
        paintText(painter, line, texts.at(i), textFont(entry, title), title ? m_boldMetrics : m_metrics);
    }
    painter.restore();
}

void CalendarEntryPainter::paintLine(QPainter& painter, const QRect& rect, const CalendarEntry& entry, QDate day,
                                     State state) const {
    if (entry.spansDays() || isBusy(entry) || state != State::Normal) {
        paintBox(painter, rect, entry, state);
        return;
    }
    painter.save();
    const int dot = std::max(6, m_metrics.height() / 2 - 1);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(entry));
    painter.drawEllipse(QRectF(rect.left() + kPadding, rect.center().y() - dot / 2.0 + 0.5, dot, dot));
    painter.setRenderHint(QPainter::Antialiasing, false);
    QRect line = rect.adjusted(kPadding * 2 + dot, 0, -kPadding, 0);
    line.setRight(line.right() - paintMarks(painter, line, entry));
    painter.setPen(m_palette.color(entry.cancelled || entry.tentative ? QPalette::PlaceholderText : QPalette::Text));
    // On the days after its start an entry goes on from midnight: its title alone.
    const QString title = CalendarText::title(entry);
    const QString text =
        entry.start.date() == day ? CalendarText::clock(entry.start.time(), m_locale) + u' ' + title : title;
    paintText(painter, line, text, textFont(entry, false), m_metrics);
    painter.restore();
}

void CalendarEntryPainter::paintMore(QPainter& painter, const QRect& rect, const QString& text, bool hovered) const {
    painter.save();
    const QColor base = m_palette.color(QPalette::Base);
    const QColor accent = m_palette.color(QPalette::Highlight);
    painter.fillRect(rect, Icons::tint(base, accent, hovered ? 0.3 : 0.12));
    painter.setPen(Icons::tint(base, accent, 0.6));
    painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setPen(m_palette.color(QPalette::Text));
    painter.setFont(m_bold);
    const QRect top(rect.left(), rect.top(), rect.width(), std::min(rect.height(), m_metrics.height() + 2));
    painter.drawText(top, Qt::AlignCenter | Qt::TextSingleLine,
                     m_boldMetrics.elidedText(text, Qt::ElideRight, rect.width()));
    painter.restore();
}

} // namespace Fieldbook
