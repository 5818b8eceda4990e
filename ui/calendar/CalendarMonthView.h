#pragma once

#include "CalendarEntry.h"
#include "CalendarGridDrag.h"

#include <QTimeZone>
#include <QWidget>

namespace Fieldbook {

class CalendarEntryPainter;

/// The month view (docs/calendar-views.md): six weeks from the locale's first day of the week, the
/// other months' days muted, today marked; each day lists as many entries as fit, then "+N more",
/// which opens the day. Dragging over days asks to create an all-day entry, dragging an entry to
/// another day asks to move it by whole days. Arrows move the selected day, Enter opens the selected
/// entry (or the selected day).
class CalendarMonthView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarMonthView)
public:
    explicit CalendarMonthView(QWidget* parent = nullptr);

    /// Shows the month of `date` and selects `date`.
    void setDate(QDate date);
    QDate selectedDate() const { return m_selected; }
    void setEntries(const QList<CalendarEntry>& entries);
    void setDisplayZone(const QTimeZone& zone);
    const QList<QDate>& days() const { return m_days; }

    QString selectedKey() const { return m_selectedKey; }
    void selectEntry(const QString& key);
    /// The centre of a day's cell, and where the "+N more" line of a day is (empty when all fit).
    QPoint dayPoint(QDate date) const;
    QRect moreRect(QDate date) const;
    /// The entries a day's cell shows, and how many its "+N more" stands for.
    int shownCount(QDate date) const;
    int moreCount(QDate date) const;
    /// Where the line of an entry is in a day's cell, or an empty rectangle.
    QRect entryRect(QDate date, const QString& key) const;

signals:
    void createRequested(const QDateTime& start, const QDateTime& end, bool allDay);
    void moveRequested(const QString& key, const QDateTime& start, const QDateTime& end);
    void activated(const QString& key);
    void deleteRequested(const QString& key);
    /// "+N more" (or Enter on a day, or a click on its number) asks to open the day.
    void dayRequested(QDate date);
    /// The keyboard moved the selected day into another month.
    void dateStepRequested(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// One day's cell, laid out once per change of entries or size.
    struct Cell {
        QRect rect;
        QList<std::pair<int, QRect>> lines; // entry index and where its line is
        QRect more;                         // the "+N more" line, or empty
        int moreCount = 0;
    };

    void relayout();
    void layoutCell(int day, const QList<int>& entries);
    int headerHeight() const;
    int dayAt(const QPoint& pos) const;
    /// The entry whose line is at `pos`, or -1.
    int entryAt(const QPoint& pos) const;
    void paintCell(QPainter& painter, const CalendarEntryPainter& entries, int day) const;
    void paintWeekdays(QPainter& painter) const;
    void finishDrag();
    QDate today() const;

    QDate m_month; // the first of the month shown
    QDate m_selected;
    QList<QDate> m_days;
    QList<CalendarEntry> m_entries;
    QList<Cell> m_cells;
    QTimeZone m_zone;
    QString m_selectedKey;
    CalendarGridDrag m_drag;
    int m_hoveredMore = -1;
};

} // namespace Fieldbook
