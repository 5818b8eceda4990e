#pragma once

#include "calendar/CalendarItem.h"
#include "common/Error.h"
#include "domain/CalendarEvent.h"
#include "domain/CalendarTask.h"
#include "domain/Contact.h"
#include "domain/User.h"

#include <QHash>

#include <optional>

namespace Fieldbook {

class Database;

/// What import takes from an iCalendar item into Fieldbook's records (docs/calendar-import.md,
/// Mapping). Pure: the store is read only by CalendarImportPeople.
namespace CalendarImportMapping {

/// The kind CATEGORIES name: "visit" or 拜访, "call" or 电话, "meeting" or 会议 (any case, inside a
/// longer category too); nothing when they name none.
std::optional<EventKind> kindNamed(const QStringList& categories);
/// CANCELLED and TENTATIVE; anything else is confirmed.
EventStatus eventStatusOf(const QString& status);
/// Alarms as minutes before the start, clamped like EventRepository (a week after to four weeks
/// before), without repeats.
QList<int> remindersOf(const QList<CalendarAlarm>& alarms);

/// An event with the item's values; attendees by name and address only, no links. Without a kind
/// in CATEGORIES it is a meeting when it has attendees, otherwise "other".
CalendarEvent eventOf(const CalendarItem& item);
/// A task with the item's values: DUE, PRIORITY folded to three levels, STATUS (COMPLETED is done
/// at COMPLETED, CANCELLED cancelled, IN-PROCESS in progress, anything else open), alarms.
CalendarTask taskOf(const CalendarItem& item);

/// `stored` updated with what the file carries (`imported`): links, owner and the logged activity
/// stay (an empty link takes the imported one), and so does the kind unless `kindFromFile`.
CalendarEvent overlay(const CalendarEvent& stored, const CalendarEvent& imported, bool kindFromFile);
CalendarTask overlay(const CalendarTask& stored, const CalendarTask& imported);

} // namespace CalendarImportMapping

/// Colleagues and contacts matched by e-mail address, read once per import.
class CalendarImportPeople final {
public:
    explicit CalendarImportPeople(Database& db);

    /// Links each attendee of `event` whose address a user has (userId) or, else, a live contact
    /// (contactId). The first contact also becomes the event's contact, and its account the
    /// event's account, where the event has none.
    [[nodiscard]] Result<void> link(CalendarEvent& event);

private:
    [[nodiscard]] Result<std::optional<Contact>> contactWith(const QString& emailKey);

    Database& m_db;
    std::optional<QHash<QString, User>> m_users; ///< by lower-case e-mail
    QHash<QString, std::optional<Contact>> m_contacts;
};

} // namespace Fieldbook
