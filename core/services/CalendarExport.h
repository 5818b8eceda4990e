#pragma once

#include "calendar/CalendarItem.h"
#include "common/Error.h"
#include "domain/CalendarEvent.h"
#include "domain/CalendarTask.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

#include <optional>

namespace Fieldbook {

class Database;

/// The store's events and tasks as iCalendar (docs/calendar-import.md, Export): series with their
/// rules, RDATEs, EXDATEs and changed occurrences, attendees, reminders, privacy and status.
class CalendarExport final {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    /// Every live event and task; with a period (dates in `viewer`'s zone, both inclusive, either
    /// open): the series with an occurrence in it (with all their changed occurrences), the single
    /// events that overlap it and the tasks due in it.
    [[nodiscard]] static Result<QByteArray> exportIcs(Database& db, std::optional<QDate> from, std::optional<QDate> to,
                                                      const QTimeZone& viewer);
    /// The items exportIcs() writes.
    [[nodiscard]] static Result<QList<CalendarItem>> items(Database& db, std::optional<QDate> from,
                                                           std::optional<QDate> to, const QTimeZone& viewer);
    /// METHOD:REQUEST for the event `eventId` (its series with every changed occurrence when it is
    /// one) to its attendees outside the team (contacts and other addresses) from the organizer.
    /// Fails with InvalidInput when the organizer has no address or nobody has one to invite.
    [[nodiscard]] static Result<QByteArray> invitation(Database& db, const QString& eventId,
                                                       const QString& organizerName, const QString& organizerEmail);

    /// The iCalendar UID of an event or task: its own, or its id + "@fieldbook".
    static QString uidOf(const QString& uid, const QString& id);
    /// `event` as an iCalendar item with the UID `uid` (a changed occurrence carries its series').
    static CalendarItem itemOf(const CalendarEvent& event, const QString& uid);
    static CalendarItem itemOf(const CalendarTask& task);
};

} // namespace Fieldbook
