#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>

namespace Fieldbook {

class Database;

/// What the user did with one reminder (docs/calendar.md, Reminders).
struct ReminderState {
    QString id; ///< derived from the reminder's key: the same on every device
    QString recordTable;
    QString recordId;
    QString occurrence; ///< the occurrence's RECURRENCE-ID text; empty for a single event or a task
    int minutesBefore = 0;
    qint64 snoozedUntil = 0; ///< ms UTC; 0: not snoozed
    bool dismissed = false;
};

/// Stores reminder states (a synced record type) and the local marks of announced reminders.
class ReminderStateRepository final {
public:
    explicit ReminderStateRepository(Database& db);

    /// The id of the state of a reminder with this key, the same on every device.
    static QString idFor(const QString& reminderKey);
    /// Live states of the reminders of these records, by id.
    [[nodiscard]] Result<QHash<QString, ReminderState>> forRecords(const QStringList& recordIds) const;
    [[nodiscard]] Result<void> save(const ReminderState& state);

    /// Whether this device announced `announcementKey` already; marks it when not.
    [[nodiscard]] Result<bool> markAnnounced(const QString& announcementKey, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace Fieldbook
