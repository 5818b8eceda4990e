#pragma once

#include "CalendarEntry.h"
#include "domain/User.h"
#include "services/CalendarConflicts.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace Fieldbook {

/// Turns occurrences from the store into what the calendar views show (docs/calendar-section.md):
/// times in the display zone, the kind, the marks, and what the user may see and change. Someone
/// else's private event is a busy block without title; the events of others are read-only unless
/// the user is an admin or their manager (above them in the team).
class CalendarEntries final {
public:
    struct Viewer {
        QString userId;                    ///< the local user
        QHash<QString, QString> userNames; ///< user id -> name
        QTimeZone zone;                    ///< the display zone
        QSet<QString> mayChange;           ///< the owners whose events the user may change

        /// The local user `userId` among `users` (the directory), showing times in `zone`.
        static Viewer of(const QString& userId, const QList<User>& users, const QTimeZone& zone);
        bool mayChangeEvent(const CalendarEvent& event) const;
    };

    static CalendarEntry entryOf(const Occurrence& occurrence, const Viewer& viewer,
                                 const std::optional<CalendarOverlap>& overlap);
    static QList<CalendarEntry> entriesOf(const QList<Occurrence>& occurrences, const Viewer& viewer,
                                          const QHash<QString, CalendarOverlap>& overlaps);
    /// Whether `viewer` sees only that the owner of `event` is busy.
    static bool busyOnly(const CalendarEvent& event, const Viewer& viewer);
    /// What an overlap warning calls the other occurrence: its title, or "Busy" when hidden.
    static QString otherTitle(const CalendarOverlap& overlap, const Viewer& viewer);
};

} // namespace Fieldbook
