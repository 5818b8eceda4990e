#include "CalendarImportMapping.h"

#include "store/records/ContactRepository.h"
#include "store/records/UserRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace CalendarImportMapping {

namespace {

bool mentions(const QStringList& categories, std::initializer_list<QStringView> words) {
    for (const QString& category : categories)
        for (QStringView word : words)
            if (category.contains(word, Qt::CaseInsensitive))
                return true;
    return false;
}

TaskStatus taskStatusOf(const QString& status) {
    if (status == u"COMPLETED"_s)
        return TaskStatus::Done;
    if (status == u"CANCELLED"_s)
        return TaskStatus::Cancelled;
    if (status == u"IN-PROCESS"_s)
        return TaskStatus::InProgress;
    return TaskStatus::Open;
}

} // namespace

std::optional<EventKind> kindNamed(const QStringList& categories) {
    if (mentions(categories, {u"visit", u"拜访"}))
        return EventKind::Visit;
    if (mentions(categories, {u"call", u"电话"}))
        return EventKind::Call;
    if (mentions(categories, {u"meeting", u"会议"}))
        return EventKind::Meeting;
    return std::nullopt;
}

EventStatus eventStatusOf(const QString& status) {
    if (status == u"CANCELLED"_s)
        return EventStatus::Cancelled;
    if (status == u"TENTATIVE"_s)
        return EventStatus::Tentative;
    return EventStatus::Confirmed;
}

QList<int> remindersOf(const QList<CalendarAlarm>& alarms) {
    QList<int> minutes;
    for (const CalendarAlarm& alarm : alarms) {
        const int clamped = std::clamp(alarm.minutesBefore, -7 * 24 * 60, 4 * 7 * 24 * 60);
        if (!minutes.contains(clamped))
            minutes.append(clamped);
    }
    return minutes;
}

CalendarEvent eventOf(const CalendarItem& item) {
    CalendarEvent e;
    e.title = item.summary;
    e.location = item.location;
    e.description = item.description;
    e.start = item.start.value_or(CalendarTime());
    e.end = item.end.value_or(e.start);
    e.rrules = item.rrules;
    e.rdates = item.rdates;
    e.exdates = item.exdates;
    e.recurrenceId = item.recurrenceId;
    e.thisAndFuture = item.thisAndFuture;
    e.status = eventStatusOf(item.status);
    e.isPrivate = item.isPrivate;
    e.busy = item.busy;
    for (const CalendarPerson& person : item.attendees)
        e.attendees.append({{}, {}, person.name, person.email, person.status});
    e.reminders = remindersOf(item.alarms);
    e.uid = item.uid;
    e.sequence = item.sequence;
    e.kind = kindNamed(item.categories).value_or(e.attendees.isEmpty() ? EventKind::Other : EventKind::Meeting);
    return e;
}

CalendarTask taskOf(const CalendarItem& item) {
    CalendarTask t;
    t.title = item.summary;
    t.description = item.description;
    t.due = item.end;
    t.priority = taskPriorityFromIcal(item.priority);
    t.status = taskStatusOf(item.status);
    if (t.status == TaskStatus::Done && item.completed)
        t.doneAt = item.completed->toMSecsSinceEpoch();
    t.reminders = remindersOf(item.alarms);
    t.uid = item.uid;
    return t;
}

CalendarEvent overlay(const CalendarEvent& stored, const CalendarEvent& imported, bool kindFromFile) {
    CalendarEvent e = imported;
    e.id = stored.id;
    if (!kindFromFile)
        e.kind = stored.kind;
    for (auto member : {&CalendarEvent::accountId, &CalendarEvent::contactId, &CalendarEvent::leadId,
                        &CalendarEvent::opportunityId, &CalendarEvent::activityId, &CalendarEvent::ownerId}) {
        if (!(stored.*member).isEmpty())
            e.*member = stored.*member;
    }
    e.createdAt = stored.createdAt;
    e.updatedAt = stored.updatedAt;
    e.rowVersion = stored.rowVersion;
    e.deleted = stored.deleted;
    return e;
}

CalendarTask overlay(const CalendarTask& stored, const CalendarTask& imported) {
    CalendarTask t = imported;
    t.id = stored.id;
    for (auto member : {&CalendarTask::accountId, &CalendarTask::contactId, &CalendarTask::leadId,
                        &CalendarTask::opportunityId, &CalendarTask::ownerId}) {
        if (!(stored.*member).isEmpty())
            t.*member = stored.*member;
    }
    // Done without a COMPLETED time: the time it was marked done here stays.
    if (t.isDone() && t.doneAt == 0 && stored.isDone())
        t.doneAt = stored.doneAt;
    t.createdAt = stored.createdAt;
    t.updatedAt = stored.updatedAt;
    t.rowVersion = stored.rowVersion;
    t.deleted = stored.deleted;
    return t;
}

} // namespace CalendarImportMapping

CalendarImportPeople::CalendarImportPeople(Database& db)
    : m_db(db) {}

Result<std::optional<Contact>> CalendarImportPeople::contactWith(const QString& emailKey) {
    if (auto known = m_contacts.constFind(emailKey); known != m_contacts.constEnd())
        return *known;
    auto found = ContactRepository(m_db).findByEmail(emailKey);
    if (!found)
        return std::unexpected(found.error());
    const std::optional<Contact> contact = found->isEmpty() ? std::nullopt : std::optional(found->first());
    m_contacts.insert(emailKey, contact);
    return contact;
}

Result<void> CalendarImportPeople::link(CalendarEvent& event) {
    if (event.attendees.isEmpty())
        return {};
    if (!m_users) {
        auto users = UserRepository(m_db).all();
        if (!users)
            return std::unexpected(users.error());
        m_users.emplace();
        for (const User& user : std::as_const(*users))
            if (!user.email.trimmed().isEmpty())
                m_users->insert(user.email.trimmed().toLower(), user);
    }
    for (EventAttendee& attendee : event.attendees) {
        const QString key = attendee.email.trimmed().toLower();
        if (key.isEmpty())
            continue;
        if (auto user = m_users->constFind(key); user != m_users->constEnd()) {
            attendee.userId = user->id;
            if (attendee.name.isEmpty())
                attendee.name = user->name;
            continue;
        }
        auto contact = contactWith(key);
        if (!contact)
            return std::unexpected(contact.error());
        if (!*contact)
            continue;
        attendee.contactId = (*contact)->id;
        if (attendee.name.isEmpty())
            attendee.name = (*contact)->displayName();
        if (event.contactId.isEmpty()) {
            event.contactId = (*contact)->id;
            if (event.accountId.isEmpty())
                event.accountId = (*contact)->accountId;
        }
    }
    return {};
}

} // namespace Fieldbook
