#pragma once

#include "CalendarEntry.h"
#include "CalendarPeriod.h"

#include <QTimeZone>
#include <QWidget>

class QStackedWidget;

namespace Fieldbook {

class CalendarAgendaView;
class CalendarMonthView;
class CalendarNavBar;
class CalendarTimeGrid;

/// The calendar (docs/calendar-views.md): the navigation bar over the day, work week, week, month
/// and agenda views. It knows nothing of the store: the section gives it the entries of the visible
/// range (again whenever rangeChanged() is emitted) and acts on its requests.
///
/// Keys while the calendar has focus: T today; Page Up/Down or Alt+Left/Right the previous/next
/// period; D, Shift+W, W, M, A (or 1–5, or Ctrl+Alt+1–5 as in Outlook) the day, work week, week,
/// month and agenda views. Dropping .ics files onto it emits filesDropped().
class CalendarView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)
public:
    using Mode = CalendarMode;

    explicit CalendarView(QWidget* parent = nullptr);

    /// Shows the period holding `date` (in the current view).
    void setDate(QDate date);
    QDate date() const { return m_date; }
    void setMode(CalendarMode mode);
    CalendarMode mode() const { return m_mode; }
    /// The dates the current view shows; entries outside need not be given.
    CalendarRange visibleRange() const { return m_range; }
    void setEntries(const QList<CalendarEntry>& entries);
    const QList<CalendarEntry>& entries() const { return m_entries; }
    /// The zone entries are shown in: today, the current-time line and new times follow it.
    void setDisplayZone(const QTimeZone& zone);
    QTimeZone displayZone() const { return m_zone; }

    /// Goes to today, or one period back (-1) or forward (+1).
    void goToday();
    void step(int direction);

    /// The selected entry's key in the current view, or empty.
    QString selectedKey() const;
    void selectEntry(const QString& key);
    /// The time a new entry would get (Ctrl+N): the grid's selected slot, the month's selected day
    /// as an all-day range, the agenda's first day at the next hour.
    CalendarSlot selectedSlot() const;
    /// Emits createRequested() for selectedSlot() (the section's Ctrl+N).
    void requestCreate();

    CalendarNavBar* navBar() const { return m_bar; }
    CalendarTimeGrid* timeGrid() const { return m_grid; }
    CalendarMonthView* monthView() const { return m_month; }
    CalendarAgendaView* agendaView() const { return m_agenda; }

signals:
    void rangeChanged(QDate first, QDate lastExclusive);
    void modeChanged(CalendarMode mode);
    void createRequested(const QDateTime& start, const QDateTime& end, bool allDay);
    void moveRequested(const QString& key, const QDateTime& start, const QDateTime& end);
    void activated(const QString& key);
    void deleteRequested(const QString& key);
    void filesDropped(const QStringList& paths);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void connectViews();
    void showPeriod();
    QWidget* currentView() const;
    void feedCurrentView();
    bool modeKey(int key, Qt::KeyboardModifiers modifiers);
    QDate today() const;
    void openDay(QDate date);

    CalendarNavBar* m_bar;
    QStackedWidget* m_stack;
    CalendarTimeGrid* m_grid;
    CalendarMonthView* m_month;
    CalendarAgendaView* m_agenda;
    QList<CalendarEntry> m_entries;
    QTimeZone m_zone;
    QDate m_date;
    CalendarMode m_mode = CalendarMode::Week;
    CalendarRange m_range;
    /// Views whose entries are older than m_entries (only the current one is kept up to date).
    QList<QWidget*> m_stale;
};

} // namespace Fieldbook
