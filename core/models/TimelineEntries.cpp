#include "TimelineEntries.h"

#include "services/CalendarQuery.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/TaskRepository.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// How far a series is expanded to find its next and its latest occurrence.
constexpr int kSeriesWindowDays = 400;

/// The records `repository` finds linked by any of `links` (reference field, id), each once.
template<class Record, class Repository>
Result<QList<Record>> linkedOnce(const Repository& repository, const QList<std::pair<QString, QString>>& links) {
    QList<Record> linked;
    QSet<QString> seen;
    for (const auto& [field, id] : links) {
        auto found = repository.linkedTo(field, id);
        if (!found)
            return std::unexpected(found.error());
        for (Record& record : *found)
            if (!seen.contains(record.id)) {
                seen.insert(record.id);
                linked.append(std::move(record));
            }
    }
    return linked;
}

QDateTime utcOf(const CalendarTime& time, const QTimeZone& viewer) {
    return time.toDateTime(viewer).toUTC();
}

/// The event and occurrence MeetingLog logs for an occurrence of a series.
void setLogTarget(TimelineEntry& entry, const Occurrence& o) {
    if (o.event->isOverride()) {
        entry.logEventId = o.event->id;
        entry.logOccurrence.reset();
    } else {
        entry.logEventId = o.seriesId;
        entry.logOccurrence = o.recurrenceId;
    }
    entry.logStart = o.start;
}

} // namespace

QString TimelineEntry::recordId() const {
    switch (type) {
    case Type::Activity:
        return activity.id;
    case Type::Task:
        return task.id;
    case Type::Event:
        break;
    }
    return series.id.isEmpty() ? event.id : series.id;
}

TimelineEntries::TimelineEntries(Database& db, QTimeZone viewer, QDateTime now)
    : m_db(db)
    , m_viewer(std::move(viewer))
    , m_now(std::move(now)) {}

Result<QList<TimelineEntry>> TimelineEntries::load(const QString& id, TimelineOf of) const {
    auto activities = this->activities(id, of);
    if (!activities)
        return std::unexpected(activities.error());
    QList<TimelineEntry> entries;
    for (const Activity& a : std::as_const(*activities)) {
        TimelineEntry entry;
        entry.activity = a;
        entry.when = QDateTime::fromMSecsSinceEpoch(a.startsAt, QTimeZone::utc());
        entry.upcoming = entry.when > m_now;
        entry.state = !a.done          ? TimelineEntry::State::Open
                      : entry.upcoming ? TimelineEntry::State::Upcoming
                                       : TimelineEntry::State::None;
        entries.append(std::move(entry));
    }
    auto links = this->links(id, of);
    if (!links)
        return std::unexpected(links.error());
    auto events = this->events(*links);
    if (!events)
        return std::unexpected(events.error());
    auto tasks = this->tasks(*links);
    if (!tasks)
        return std::unexpected(tasks.error());
    entries += *events;
    entries += *tasks;
    sort(entries);
    return entries;
}

void TimelineEntries::sort(QList<TimelineEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.upcoming != b.upcoming)
            return a.upcoming;
        if (a.upcoming) {
            if (a.when.isValid() != b.when.isValid())
                return a.when.isValid();
            return a.when < b.when;
        }
        return a.when > b.when;
    });
}

Result<QList<Activity>> TimelineEntries::activities(const QString& id, TimelineOf of) const {
    ActivityRepository repo(m_db);
    switch (of) {
    case TimelineOf::Account:
        return repo.forAccount(id);
    case TimelineOf::Lead:
        return repo.forLead(id);
    case TimelineOf::Opportunity:
        return repo.forOpportunity(id);
    case TimelineOf::Contact:
        break;
    }
    return repo.forContact(id);
}

Result<QList<std::pair<QString, QString>>> TimelineEntries::links(const QString& id, TimelineOf of) const {
    switch (of) {
    case TimelineOf::Contact:
        return QList<std::pair<QString, QString>>{{u"contact_id"_s, id}};
    case TimelineOf::Lead:
        return QList<std::pair<QString, QString>>{{u"lead_id"_s, id}};
    case TimelineOf::Opportunity:
        return QList<std::pair<QString, QString>>{{u"opportunity_id"_s, id}};
    case TimelineOf::Account:
        break;
    }
    // An account's timeline holds its contacts' entries too, as its activities do.
    auto contacts = ContactRepository(m_db).forAccount(id);
    if (!contacts)
        return std::unexpected(contacts.error());
    QList<std::pair<QString, QString>> links{{u"account_id"_s, id}};
    for (const Contact& c : std::as_const(*contacts))
        links.append({u"contact_id"_s, c.id});
    return links;
}

Result<QList<TimelineEntry>> TimelineEntries::events(const QList<std::pair<QString, QString>>& links) const {
    auto linked = linkedOnce<CalendarEvent>(EventRepository(m_db), links);
    if (!linked)
        return std::unexpected(linked.error());
    QSet<QString> series;
    for (const CalendarEvent& e : std::as_const(*linked))
        if (e.isRecurring() && !e.isOverride())
            series.insert(e.id);
    QList<TimelineEntry> entries;
    for (const CalendarEvent& e : std::as_const(*linked)) {
        if (series.contains(e.id)) {
            auto entry = seriesEntry(e);
            if (!entry)
                return std::unexpected(entry.error());
            entries.append(std::move(*entry));
        } else if (!e.isOverride() || !series.contains(e.seriesId) || !e.activityId.isEmpty()) {
            // A changed occurrence of a series shown here stands in the series' entry, unless it was logged.
            entries.append(singleEntry(e));
        }
    }
    return entries;
}

TimelineEntry TimelineEntries::singleEntry(const CalendarEvent& e) const {
    TimelineEntry entry;
    entry.type = TimelineEntry::Type::Event;
    entry.event = e;
    entry.when = utcOf(e.start, m_viewer);
    entry.end = utcOf(e.end, m_viewer);
    entry.allDay = e.start.isAllDay();
    entry.seriesId = e.seriesId;
    entry.occurrence = e.recurrenceId;
    entry.upcoming = entry.when > m_now;
    if (e.status == EventStatus::Cancelled)
        entry.state = TimelineEntry::State::Cancelled;
    else if (!e.activityId.isEmpty())
        entry.state = TimelineEntry::State::Logged;
    else if (entry.upcoming)
        entry.state = TimelineEntry::State::Upcoming;
    if (entry.state == TimelineEntry::State::None) {
        entry.state = TimelineEntry::State::NotLogged;
        entry.logEventId = e.id;
        entry.logStart = entry.when;
    }
    return entry;
}

Result<TimelineEntry> TimelineEntries::seriesEntry(const CalendarEvent& series) const {
    auto overrides = EventRepository(m_db).overridesOf(series.id);
    if (!overrides)
        return std::unexpected(overrides.error());
    const QList<CalendarEvent> records = QList<CalendarEvent>{series} + *overrides;
    const auto takesPlace = [](const Occurrence& o) {
        return o.event->status != EventStatus::Cancelled;
    };
    const QList<Occurrence> ahead = CalendarQuery::expand(records, m_now, m_now.addDays(kSeriesWindowDays), m_viewer);
    const QList<Occurrence> before = CalendarQuery::expand(records, m_now.addDays(-kSeriesWindowDays), m_now, m_viewer);
    const auto next = std::find_if(ahead.cbegin(), ahead.cend(), takesPlace);
    const auto last = std::find_if(before.crbegin(), before.crend(),
                                   [&](const Occurrence& o) { return takesPlace(o) && o.start <= m_now; });
    const Occurrence* shown = next != ahead.cend() ? &*next : last != before.crend() ? &*last : nullptr;
    TimelineEntry entry = singleEntry(shown ? *shown->event : series);
    entry.logEventId.clear();
    if (shown) {
        entry.when = shown->start;
        entry.end = shown->end;
        entry.allDay = shown->allDay;
        entry.occurrence = shown->recurrenceId;
        entry.upcoming = entry.when > m_now;
        entry.state = !shown->event->activityId.isEmpty() ? TimelineEntry::State::Logged
                      : entry.upcoming                    ? TimelineEntry::State::Upcoming
                                                          : TimelineEntry::State::NotLogged;
    }
    entry.seriesId = series.id;
    entry.series = series;
    if (last != before.crend() && last->event->activityId.isEmpty())
        setLogTarget(entry, *last);
    if (entry.state == TimelineEntry::State::NotLogged && !entry.canLog())
        entry.state = TimelineEntry::State::None;
    return entry;
}

Result<QList<TimelineEntry>> TimelineEntries::tasks(const QList<std::pair<QString, QString>>& links) const {
    auto linked = linkedOnce<CalendarTask>(TaskRepository(m_db), links);
    if (!linked)
        return std::unexpected(linked.error());
    QList<TimelineEntry> entries;
    for (const CalendarTask& t : std::as_const(*linked))
        entries.append(taskEntry(t));
    return entries;
}

TimelineEntry TimelineEntries::taskEntry(const CalendarTask& t) const {
    TimelineEntry entry;
    entry.type = TimelineEntry::Type::Task;
    entry.task = t;
    entry.allDay = t.due && t.due->isAllDay();
    const QDateTime due = t.due ? utcOf(*t.due, m_viewer) : QDateTime();
    if (t.status == TaskStatus::Done || t.status == TaskStatus::Cancelled) {
        entry.state = t.isDone() ? TimelineEntry::State::Done : TimelineEntry::State::Cancelled;
        entry.when = t.doneAt > 0    ? QDateTime::fromMSecsSinceEpoch(t.doneAt, QTimeZone::utc())
                     : due.isValid() ? due
                                     : QDateTime::fromMSecsSinceEpoch(t.updatedAt, QTimeZone::utc());
        return entry;
    }
    entry.upcoming = true;
    entry.when = due;
    const bool overdue = t.due && (t.due->isAllDay() ? t.due->date < m_now.toTimeZone(m_viewer).date() : due < m_now);
    entry.state = overdue ? TimelineEntry::State::Overdue : TimelineEntry::State::Upcoming;
    return entry;
}

} // namespace Fieldbook
