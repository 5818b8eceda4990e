#include "CalendarExport.h"

#include "CalendarQuery.h"
#include "calendar/IcsWriter.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/UserRepository.h"

#include <QHash>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QString statusOf(EventStatus status) {
    switch (status) {
    case EventStatus::Tentative:
        return u"TENTATIVE"_s;
    case EventStatus::Cancelled:
        return u"CANCELLED"_s;
    case EventStatus::Confirmed:
        break;
    }
    return u"CONFIRMED"_s;
}

QString statusOf(TaskStatus status) {
    switch (status) {
    case TaskStatus::InProgress:
        return u"IN-PROCESS"_s;
    case TaskStatus::Done:
        return u"COMPLETED"_s;
    case TaskStatus::Cancelled:
        return u"CANCELLED"_s;
    case TaskStatus::Open:
        break;
    }
    return u"NEEDS-ACTION"_s;
}

/// The kind as a category import reads back (CalendarImportMapping::kindNamed); "other" has none.
QStringList categoriesOf(EventKind kind) {
    switch (kind) {
    case EventKind::Visit:
        return {u"Visit"_s};
    case EventKind::Call:
        return {u"Call"_s};
    case EventKind::Meeting:
        return {u"Meeting"_s};
    case EventKind::Other:
        break;
    }
    return {};
}

QDateTime modifiedAt(qint64 updatedAt) {
    return updatedAt > 0 ? QDateTime::fromSecsSinceEpoch(updatedAt / 1000, QTimeZone::utc()) : QDateTime();
}

/// Attendees linked to a colleague or a contact get the address from that record when they have none.
class Addresses final {
public:
    explicit Addresses(Database& db)
        : m_db(db) {}

    void fill(CalendarEvent& event) {
        for (EventAttendee& attendee : event.attendees) {
            if (!attendee.email.isEmpty())
                continue;
            if (!attendee.userId.isEmpty())
                attendee.email = address(attendee.userId, true);
            else if (!attendee.contactId.isEmpty())
                attendee.email = address(attendee.contactId, false);
        }
    }

private:
    QString address(const QString& id, bool user) {
        if (auto known = m_known.constFind(id); known != m_known.constEnd())
            return *known;
        QString email;
        if (user) {
            if (auto found = UserRepository(m_db).get(id))
                email = found->email;
        } else if (auto found = ContactRepository(m_db).get(id); found && !found->emails.isEmpty()) {
            email = found->emails.first().value;
        }
        m_known.insert(id, email);
        return email;
    }

    Database& m_db;
    QHash<QString, QString> m_known;
};

struct Period {
    QDateTime from; ///< invalid: open
    QDateTime to;   ///< exclusive; invalid: open
};

Period periodOf(std::optional<QDate> from, std::optional<QDate> to, const QTimeZone& viewer) {
    Period period;
    if (from)
        period.from = QDateTime(*from, QTime(0, 0), viewer);
    if (to)
        period.to = QDateTime(to->addDays(1), QTime(0, 0), viewer);
    return period;
}

/// The live events of the period: series and singles in the store's order, each series followed by
/// its changed occurrences.
Result<QList<CalendarEvent>> eventsIn(Database& db, const Period& period, const QTimeZone& viewer) {
    const qint64 fromMs = period.from.isValid() ? period.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = period.to.isValid() ? period.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    auto events = EventRepository(db).inRange(fromMs, toMs);
    if (!events)
        return std::unexpected(events.error());
    // With both ends, only the series that really have an occurrence in the period (EXDATEs, rules
    // that skip it); with an open end the store's ranges tell, and nothing is expanded to the year 9999.
    QSet<QString> shown;
    const bool bounded = period.from.isValid() && period.to.isValid();
    if (bounded)
        for (const Occurrence& o : CalendarQuery::expand(*events, period.from, period.to, viewer))
            shown.insert(o.seriesId.isEmpty() ? o.event->id : o.seriesId);
    QHash<QString, QList<CalendarEvent>> overrides;
    QList<CalendarEvent> ordered;
    for (const CalendarEvent& e : std::as_const(*events)) {
        if (e.isOverride())
            overrides[e.seriesId].append(e);
        else if (!bounded || shown.contains(e.id))
            ordered.append(e);
    }
    QList<CalendarEvent> result;
    for (const CalendarEvent& e : std::as_const(ordered)) {
        result.append(e);
        result.append(overrides.value(e.id));
    }
    return result;
}

Result<QList<CalendarTask>> tasksIn(Database& db, const Period& period, const QTimeZone& viewer) {
    TaskRepository tasks(db);
    if (!period.from.isValid() && !period.to.isValid())
        return tasks.list(TaskRepository::Filter::All, std::numeric_limits<int>::max());
    // All-day due dates are stored at UTC midnight: a day either side, then each due read in the viewer's zone.
    const qint64 fromMs =
        period.from.isValid() ? period.from.toMSecsSinceEpoch() - kDayMs : std::numeric_limits<qint64>::min();
    const qint64 toMs =
        period.to.isValid() ? period.to.toMSecsSinceEpoch() + kDayMs : std::numeric_limits<qint64>::max();
    auto due = tasks.dueBetween(fromMs, toMs);
    if (!due)
        return std::unexpected(due.error());
    QList<CalendarTask> inside;
    for (const CalendarTask& task : std::as_const(*due)) {
        const QDateTime at = task.due->toDateTime(viewer);
        if ((!period.from.isValid() || at >= period.from) && (!period.to.isValid() || at < period.to))
            inside.append(task);
    }
    return inside;
}

} // namespace

QString CalendarExport::uidOf(const QString& uid, const QString& id) {
    return uid.isEmpty() ? id + u"@fieldbook"_s : uid;
}

CalendarItem CalendarExport::itemOf(const CalendarEvent& event, const QString& uid) {
    CalendarItem item;
    item.kind = CalendarItem::Kind::Event;
    item.uid = uid;
    item.recurrenceId = event.recurrenceId;
    item.thisAndFuture = event.thisAndFuture;
    item.summary = event.title;
    item.location = event.location;
    item.description = event.description;
    item.start = event.start;
    item.end = event.end;
    item.status = statusOf(event.status);
    item.isPrivate = event.isPrivate;
    item.busy = event.busy;
    item.rrules = event.rrules;
    item.rdates = event.rdates;
    item.exdates = event.exdates;
    for (const int minutes : event.reminders)
        item.alarms.append(CalendarAlarm{minutes});
    for (const EventAttendee& attendee : event.attendees)
        item.attendees.append(CalendarPerson{attendee.name, attendee.email, {}, attendee.response});
    item.categories = categoriesOf(event.kind);
    item.sequence = event.sequence;
    item.lastModified = modifiedAt(event.updatedAt);
    return item;
}

CalendarItem CalendarExport::itemOf(const CalendarTask& task) {
    CalendarItem item;
    item.kind = CalendarItem::Kind::Task;
    item.uid = uidOf(task.uid, task.id);
    item.summary = task.title;
    item.description = task.description;
    item.end = task.due;
    item.status = statusOf(task.status);
    item.priority = int(task.priority);
    if (task.isDone()) {
        item.percentComplete = 100;
        item.completed = QDateTime::fromSecsSinceEpoch(task.doneAt / 1000, QTimeZone::utc());
    }
    for (const int minutes : task.reminders)
        item.alarms.append(CalendarAlarm{minutes});
    item.lastModified = modifiedAt(task.updatedAt);
    return item;
}

Result<QList<CalendarItem>> CalendarExport::items(Database& db, std::optional<QDate> from, std::optional<QDate> to,
                                                  const QTimeZone& viewer) {
    const Period period = periodOf(from, to, viewer);
    auto events = eventsIn(db, period, viewer);
    if (!events)
        return std::unexpected(events.error());
    auto tasks = tasksIn(db, period, viewer);
    if (!tasks)
        return std::unexpected(tasks.error());
    Addresses addresses(db);
    QHash<QString, QString> seriesUids;
    QList<CalendarItem> items;
    for (CalendarEvent& event : *events) {
        addresses.fill(event);
        const QString uid = event.isOverride() ? seriesUids.value(event.seriesId, uidOf({}, event.seriesId))
                                               : uidOf(event.uid, event.id);
        if (!event.isOverride())
            seriesUids.insert(event.id, uid);
        items.append(itemOf(event, uid));
    }
    for (const CalendarTask& task : std::as_const(*tasks))
        items.append(itemOf(task));
    return items;
}

Result<QByteArray> CalendarExport::exportIcs(Database& db, std::optional<QDate> from, std::optional<QDate> to,
                                             const QTimeZone& viewer) {
    auto list = items(db, from, to, viewer);
    if (!list)
        return std::unexpected(list.error());
    return writeIcs(*list, IcsMethod::None);
}

Result<QByteArray> CalendarExport::invitation(Database& db, const QString& eventId, const QString& organizerName,
                                              const QString& organizerEmail) {
    if (organizerEmail.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An invitation needs the organizer's e-mail address."));
    EventRepository events(db);
    auto event = events.get(eventId);
    if (!event)
        return std::unexpected(event.error());
    auto series = event->isOverride() ? events.get(event->seriesId) : event;
    if (!series)
        return std::unexpected(series.error());
    auto overrides = events.overridesOf(series->id);
    if (!overrides)
        return std::unexpected(overrides.error());
    QList<CalendarEvent> all{*series};
    all.append(*overrides);
    Addresses addresses(db);
    const QString uid = uidOf(series->uid, series->id);
    const CalendarPerson organizer{organizerName, organizerEmail.trimmed(), {}, {}};
    QList<CalendarItem> items;
    bool anyone = false;
    for (CalendarEvent& e : all) {
        addresses.fill(e);
        // Colleagues find the event in their own calendar after sync; the invitation is for the others.
        QList<EventAttendee> outside;
        for (const EventAttendee& attendee : std::as_const(e.attendees))
            if (attendee.userId.isEmpty() && !attendee.email.isEmpty())
                outside.append(attendee);
        anyone = anyone || !outside.isEmpty();
        e.attendees = outside;
        CalendarItem item = itemOf(e, uid);
        item.organizer = organizer;
        items.append(item);
    }
    if (!anyone)
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" has no attendee with an e-mail address to invite.").arg(series->title));
    return writeIcs(items, IcsMethod::Request);
}

} // namespace Fieldbook
