#pragma once

#include "CalendarEntry.h"
#include "CalendarGridState.h"

#include <QAbstractScrollArea>

class QTimer;

namespace Fieldbook {

class CalendarDayHeader;

/// The day, work week and week views (docs/calendar-views.md): a header with the dates and the
/// all-day strip over 24 scrolled hour rows, opened at the working day. Entries are laid out once
/// per change (CalendarGridLayout) and painted, with no widget per entry.
///
/// Mouse: dragging over empty time asks to create (15-minute snap), dragging an entry asks to move
/// it (across days too), dragging its bottom edge to resize it; Esc cancels a drag. Keys: arrows
/// move the selected slot or entry, Enter opens the entry (or asks to create in the slot), Delete
/// asks to delete. Period keys (Page Up, T, ...) pass on to the CalendarView.
class CalendarTimeGrid final : public QAbstractScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarTimeGrid)
public:
    explicit CalendarTimeGrid(QWidget* parent = nullptr);
    ~CalendarTimeGrid() override;

    void setDays(const QList<QDate>& days);
    const QList<QDate>& days() const { return m_state.geometry.days(); }
    void setEntries(const QList<CalendarEntry>& entries);
    /// The zone of the entries' wall clock: new times are made in it, the current-time line follows it.
    void setDisplayZone(const QTimeZone& zone);
    /// Scrolls so that `time` is at the top of the hour rows.
    void scrollToTime(QTime time);

    QString selectedKey() const { return m_state.selectedKey; }
    /// Selects the entry with `key` and scrolls to it; an unknown key selects nothing.
    void selectEntry(const QString& key);
    /// Selects a slot of time (or the whole day) on `day`.
    void selectSlot(QDate day, QTime start, QTime end, bool allDay = false);
    CalendarSlot selectedSlot() const;

    /// The laid out entries (for tests and the benchmark).
    const CalendarGridLayout& entryLayout() const { return m_state.layout; }
    const QList<CalendarEntry>& entries() const { return m_state.entries; }
    /// The point of the hour rows (viewport coordinates) at `time` on `day`, in the middle of the column.
    QPoint pointAt(QDate day, QTime time) const;
    /// Where the entry's first box is (viewport coordinates), or an empty rectangle.
    QRect entryRect(const QString& key) const;
    /// Where the entry's bar in the all-day strip is (header coordinates), or an empty rectangle.
    QRect allDayRect(const QString& key) const;
    /// The point of the all-day strip (header coordinates) on `day`.
    QPoint allDayPointAt(QDate day) const;
    CalendarDayHeader* header() const { return m_header; }

signals:
    void createRequested(const QDateTime& start, const QDateTime& end, bool allDay);
    void moveRequested(const QString& key, const QDateTime& start, const QDateTime& end);
    void activated(const QString& key);
    void deleteRequested(const QString& key);
    /// The date's header was clicked (the CalendarView opens the day).
    void dayRequested(QDate date);
    /// The keyboard moved the selection to a date outside the days shown.
    void dateStepRequested(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    friend class CalendarDayHeader;

    void relayout();
    void applyMetrics();
    bool updateHeader();
    QDateTime now() const;
    QPoint contentPoint(const QPoint& viewportPoint) const;
    qint64 wallAt(const QPoint& viewportPoint, int day) const;
    void pressBox(const CalendarGridLayout::Box& box, const QPoint& pos);
    void finishDrag();
    void autoScroll();
    void showMore(const QList<int>& entries, const QPoint& globalPos);
    void updateHover(const QPoint& pos);
    void setSelectedKey(const QString& key);
    void moveSelection(int key, Qt::KeyboardModifiers modifiers);
    void repaintAll();

    CalendarGridState m_state;
    CalendarDayHeader* m_header = nullptr;
    QTimer* m_nowTimer = nullptr;
    QTimer* m_scrollTimer = nullptr;
    int m_dragDay = 0;
    bool m_scrolledByUser = false;
    bool m_inLayout = false;
};

} // namespace Fieldbook
