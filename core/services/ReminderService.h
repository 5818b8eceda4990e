#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QTimeZone>

namespace Fieldbook {

class Database;

/// One reminder of an event's occurrence or of a task (docs/calendar.md, Reminders).
struct Reminder {
    QString key; ///< "recordId|occurrence|minutes": one reminder, on every device
    bool ofTask = false;
    QString recordId;   ///< the event (the series, for a recurring one) or the task
    QString occurrence; ///< the occurrence's RECURRENCE-ID text; empty for a single event or a task
    int minutesBefore = 0;
    QDateTime dueAt;    ///< when it falls due (UTC): before the start, or when a snooze ends
    QDateTime startsAt; ///< the occurrence's start or the task's due time (UTC)
    bool allDay = false;
    QString title;
    QString location;
    bool snoozed = false; ///< due again after a snooze
};

/// Which reminders are due, for the tray notification and the in-app list. Reminders of the user's
/// own events and tasks and of events they attend count; a dismissed one never comes back, a snoozed
/// one comes back when its snooze ends, on every device of the user (the states sync). Reminders
/// that fell due while Fieldbook was closed are due at the next start (within `kLookbackDays`).
class ReminderService final {
public:
    static constexpr int kLookbackDays = 14;

    ReminderService(Database& db, QTimeZone viewer);

    /// Every reminder due at `now` that is neither dismissed nor snoozed beyond `now`, oldest first.
    [[nodiscard]] Result<QList<Reminder>> due(const QDateTime& now) const;
    /// The next moment after `now` (within two days) when a reminder falls due; invalid when none.
    [[nodiscard]] Result<QDateTime> next(const QDateTime& now) const;
    /// The due reminders this device has not announced yet (each once per falling due); they are
    /// marked announced, so a restart does not show them again.
    [[nodiscard]] Result<QList<Reminder>> announce(const QDateTime& now);

    [[nodiscard]] Result<void> dismiss(const Reminder& reminder);
    [[nodiscard]] Result<void> snooze(const Reminder& reminder, const QDateTime& until);

private:
    /// Reminders whose time (before any snooze) lies in [from, to).
    [[nodiscard]] Result<QList<Reminder>> scheduled(const QDateTime& from, const QDateTime& to) const;
    [[nodiscard]] Result<QList<Reminder>> ofEvents(const QDateTime& from, const QDateTime& to) const;
    [[nodiscard]] Result<QList<Reminder>> ofTasks(const QDateTime& from, const QDateTime& to) const;
    /// `scheduled` with the stored states applied: dismissed ones dropped, snoozed ones moved.
    [[nodiscard]] Result<QList<Reminder>> withStates(QList<Reminder> scheduled) const;

    Database& m_db;
    QTimeZone m_viewer;
};

} // namespace Fieldbook
