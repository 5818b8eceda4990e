#pragma once

#include "services/ReminderService.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace Fieldbook {

class Database;
class ReminderListDialog;

/// Announces reminders while Fieldbook runs (docs/calendar-tasks.md, "Reminders"): at start() the
/// ones that fell due while it was closed, then each when it falls due, by a timer planned to the
/// next one and planned again whenever events, tasks or reminder states change (edits, sync). Each
/// is announced once on this device (ReminderService::announce): a tray notification where the
/// desktop has a tray, and the in-app list (ReminderListDialog), which holds every due reminder
/// until it is dismissed or snoozed. Time comes from Clock; check() does what the timer does.
class ReminderCenter final : public QObject {
    Q_OBJECT
public:
    /// `window` is the main window: the list opens over it, and it is alerted without a tray.
    ReminderCenter(Database& db, QWidget* window, QObject* parent = nullptr);
    ~ReminderCenter() override;
    Q_DISABLE_COPY_MOVE(ReminderCenter)

    /// Starts announcing (call once the main window shows): what fell due while closed comes now.
    void start();
    bool isStarted() const { return m_started; }
    /// The reminders due now, oldest first.
    const QList<Reminder>& due() const { return m_due; }
    int count() const { return int(m_due.size()); }
    /// When the timer looks again (UTC); invalid before start().
    QDateTime plannedAt() const { return m_plannedAt; }
    /// The tray icon, when the desktop has a tray.
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    void snooze(const QList<Reminder>& reminders, const QDateTime& until);
    void dismiss(const QList<Reminder>& reminders);
    void dismissAll();
    /// Opens (or raises) the list of due reminders.
    void showList();
    /// The list, while it is open.
    ReminderListDialog* listDialog() const;

public slots:
    /// Announces the reminders due now that were not announced yet, refreshes the list and plans
    /// the timer for the next one.
    void check();

signals:
    void countChanged(int count);
    /// Reminders announced now, each once.
    void announced(const QList<Fieldbook::Reminder>& reminders);
    /// The user asked to open the event or task of a reminder.
    void recordRequested(const QString& table, const QString& id);

private:
    void notify(const QList<Reminder>& fresh);
    void plan(const QDateTime& now);
    void createTray();
    void reportError(const QString& message);

    Database& m_db;
    QPointer<QWidget> m_window;
    ReminderService m_service;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<ReminderListDialog> m_list;
    QList<Reminder> m_due;
    QDateTime m_plannedAt;
    bool m_started = false;
    bool m_checking = false;
    bool m_recheck = false;
};

} // namespace Fieldbook
