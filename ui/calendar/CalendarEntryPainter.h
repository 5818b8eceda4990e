#pragma once

#include "CalendarEntry.h"

#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPalette>

class QPainter;
class QWidget;

namespace Fieldbook {

/// Paints entries the same way in every view: a box tinted by the entry's colour with a stripe on
/// its leading edge, the title, time, location and owner as far as they fit (elided, never
/// overflowing), and the marks: overlap warning, lock (private), arrows (recurring). Tentative
/// entries are hatched, cancelled ones struck through, busy blocks grey and hatched.
/// Made once per paint: it holds the fonts and colours for all the entries painted.
class CalendarEntryPainter final {
public:
    enum class State { Normal, Selected, Ghost };

    explicit CalendarEntryPainter(const QWidget& widget);

    /// A box of the time grid or the all-day strip, with as many lines as fit.
    void paintBox(QPainter& painter, const QRect& rect, const CalendarEntry& entry, State state) const;
    /// One line of `day`'s month cell: a bar for all-day entries, a dot, the start time and the title for others.
    void paintLine(QPainter& painter, const QRect& rect, const CalendarEntry& entry, QDate day, State state) const;
    /// A "+N" marker for entries that did not fit.
    void paintMore(QPainter& painter, const QRect& rect, const QString& text, bool hovered) const;
    /// The colour an entry is shown in: its own, else its kind's.
    QColor color(const CalendarEntry& entry) const;
    /// A kind's colour, derived from the palette's highlight so that it suits light and dark themes.
    static QColor kindColor(CalendarEntry::Kind kind, const QPalette& palette);
    /// The height of one line of text in an entry.
    int lineHeight() const { return m_metrics.height(); }
    const QFontMetrics& metrics() const { return m_metrics; }

private:
    void paintFill(QPainter& painter, const QRect& rect, const CalendarEntry& entry, State state) const;
    int paintMarks(QPainter& painter, const QRect& line, const CalendarEntry& entry) const;
    void paintText(QPainter& painter, const QRect& rect, const QString& text, const QFont& font,
                   const QFontMetrics& metrics) const;
    QStringList boxLines(const CalendarEntry& entry, int lines, int width) const;
    QFont textFont(const CalendarEntry& entry, bool bold) const;

    QPalette m_palette;
    QLocale m_locale;
    QFont m_font;
    QFont m_bold;
    QFontMetrics m_metrics;
    QFontMetrics m_boldMetrics;
};

} // namespace Fieldbook
