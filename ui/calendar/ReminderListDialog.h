#pragma once

#include "services/ReminderService.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace Fieldbook {

/// The in-app list of due reminders (docs/calendar-tasks.md, "Reminders"): title, when the event
/// starts or the task is due ("today 10:00 · in 15 min", "started 5 min ago"), location; Snooze
/// (5 minutes, 15 minutes, 1 hour, tomorrow), Dismiss and Dismiss all act on the selection, Open
/// (or a double click) asks for the event or task. Non-modal; ReminderCenter fills it.
class ReminderListDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Snooze { FiveMinutes, FifteenMinutes, OneHour, Tomorrow };

    explicit ReminderListDialog(QWidget* parent = nullptr);

    void setReminders(const QList<Reminder>& reminders);
    const QList<Reminder>& reminders() const { return m_reminders; }
    /// The selected reminders (the current one when none is selected).
    QList<Reminder> selected() const;
    QTreeWidget* list() const { return m_list; }
    /// The end of a snooze chosen at `now`: "tomorrow" is 09:00 on the next day in `zone`.
    static QDateTime snoozeUntil(Snooze snooze, const QDateTime& now, const QTimeZone& zone);
    /// Snoozes the selection as the Snooze menu does.
    void snoozeSelected(Snooze snooze);

signals:
    void snoozeRequested(const QList<Fieldbook::Reminder>& reminders, const QDateTime& until);
    void dismissRequested(const QList<Fieldbook::Reminder>& reminders);
    void dismissAllRequested();
    void openRequested(const Fieldbook::Reminder& reminder);

private:
    QHBoxLayout* createButtons();
    void refill();
    void updateButtons();

    QList<Reminder> m_reminders;
    QStackedWidget* m_stack;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_open;
    QToolButton* m_snooze;
    QPushButton* m_dismiss;
    QPushButton* m_dismissAll;
    QTimer* m_tick;
};

} // namespace Fieldbook
