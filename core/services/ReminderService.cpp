#include "ReminderService.h"

#include "protocol/RecordType.h"
#include "services/CalendarQuery.h"
#include "store/db/Database.h"
#include "store/records/ReminderStateRepository.h"
#include "store/records/TaskRepository.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Reminders go at most this long before their event (EventRepository keeps them within it).
constexpr qint64 kLongestLeadMs = 4LL * 7 * 24 * 3600 * 1000;
constexpr qint64 kLookaheadMs = 2LL * 24 * 3600 * 1000;

QString keyOf(const QString& recordId, const QString& occurrence, int minutes) {
    return recordId + u'|' + occurrence + u'|' + QString::number(minutes);
}

bool concernsUser(const CalendarEvent& event, const QString& userId) {
    if (event.ownerId == userId)
        return true;
    return std::any_of(event.attendees.cbegin(), event.attendees.cend(),
                       [&](const EventAttendee& a) { return a.userId == userId; });
}

} // namespace

ReminderService::ReminderService(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

Result<QList<Reminder>> ReminderService::ofEvents(const QDateTime& from, const QDateTime& to) const {
    // An occurrence's reminders fall due up to kLongestLeadMs before it starts.
    auto occurrences = CalendarQuery(m_db, m_viewer).between(from, to.addMSecs(kLongestLeadMs));
    if (!occurrences)
        return std::unexpected(occurrences.error());
    const QString user = m_db.localUserId();
    QList<Reminder> reminders;
    for (const Occurrence& o : std::as_const(*occurrences)) {
        if (o.event->status == EventStatus::Cancelled || !concernsUser(*o.event, user))
            continue;
        const QString recordId = o.seriesId.isEmpty() ? o.event->id : o.seriesId;
        const QString occurrence = o.recurrenceId ? o.recurrenceId->toText() : QString();
        for (const int minutes : o.event->reminders) {
            const QDateTime dueAt = o.start.addSecs(-qint64(minutes) * 60);
            if (dueAt < from || dueAt >= to)
                continue;
            reminders.append({keyOf(recordId, occurrence, minutes), false, recordId, occurrence, minutes, dueAt,
                              o.start, o.allDay, o.event->title, o.event->location, false});
        }
    }
    return reminders;
}

Result<QList<Reminder>> ReminderService::ofTasks(const QDateTime& from, const QDateTime& to) const {
    auto tasks =
        TaskRepository(m_db).dueBetween(from.toMSecsSinceEpoch(), to.addMSecs(kLongestLeadMs).toMSecsSinceEpoch());
    if (!tasks)
        return std::unexpected(tasks.error());
    const QString user = m_db.localUserId();
    QList<Reminder> reminders;
    for (const CalendarTask& t : std::as_const(*tasks)) {
        if (t.isDone() || t.status == TaskStatus::Cancelled || t.ownerId != user || !t.due)
            continue;
        const QDateTime due = t.due->toDateTime(m_viewer).toUTC();
        for (const int minutes : t.reminders) {
            const QDateTime dueAt = due.addSecs(-qint64(minutes) * 60);
            if (dueAt >= from && dueAt < to)
                reminders.append({keyOf(t.id, {}, minutes),
                                  true,
                                  t.id,
                                  {},
                                  minutes,
                                  dueAt,
                                  due,
                                  t.due->isAllDay(),
                                  t.title,
                                  {},
                                  false});
        }
    }
    return reminders;
}

Result<QList<Reminder>> ReminderService::scheduled(const QDateTime& from, const QDateTime& to) const {
    auto events = ofEvents(from, to);
    if (!events)
        return events;
    auto tasks = ofTasks(from, to);
    if (!tasks)
        return tasks;
    return *events + *tasks;
}

Result<QList<Reminder>> ReminderService::withStates(QList<Reminder> scheduled) const {
    QSet<QString> ids;
    for (const Reminder& r : std::as_const(scheduled))
        ids.insert(r.recordId);
    auto states = ReminderStateRepository(m_db).forRecords(QStringList(ids.cbegin(), ids.cend()));
    if (!states)
        return std::unexpected(states.error());
    QList<Reminder> result;
    for (Reminder& r : scheduled) {
        const auto state = states->constFind(ReminderStateRepository::idFor(r.key));
        if (state != states->cend()) {
            if (state->dismissed)
                continue;
            if (state->snoozedUntil > 0) {
                r.dueAt = QDateTime::fromMSecsSinceEpoch(state->snoozedUntil, QTimeZone::utc());
                r.snoozed = true;
            }
        }
        result.append(std::move(r));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Reminder& a, const Reminder& b) { return a.dueAt < b.dueAt; });
    return result;
}

Result<QList<Reminder>> ReminderService::due(const QDateTime& now) const {
    // Snoozes end within the lookahead of their reminder, so the window covers them too.
    auto all = scheduled(now.addDays(-kLookbackDays), now.addMSecs(kLookaheadMs));
    if (!all)
        return all;
    auto states = withStates(std::move(*all));
    if (!states)
        return states;
    QList<Reminder> due;
    for (Reminder& r : *states)
        if (r.dueAt <= now)
            due.append(std::move(r));
    return due;
}

Result<QDateTime> ReminderService::next(const QDateTime& now) const {
    auto all = scheduled(now.addDays(-kLookbackDays), now.addMSecs(kLookaheadMs));
    if (!all)
        return std::unexpected(all.error());
    auto states = withStates(std::move(*all));
    if (!states)
        return std::unexpected(states.error());
    QDateTime next;
    for (const Reminder& r : std::as_const(*states))
        if (r.dueAt > now && (!next.isValid() || r.dueAt < next))
            next = r.dueAt;
    return next;
}

Result<QList<Reminder>> ReminderService::announce(const QDateTime& now) {
    auto due = this->due(now);
    if (!due)
        return due;
    QList<Reminder> fresh;
    ReminderStateRepository states(m_db);
    for (Reminder& r : *due) {
        auto marked =
            states.markAnnounced(r.key + u'@' + QString::number(r.dueAt.toMSecsSinceEpoch()), now.toMSecsSinceEpoch());
        if (!marked)
            return std::unexpected(marked.error());
        if (*marked)
            fresh.append(std::move(r));
    }
    return fresh;
}

Result<void> ReminderService::dismiss(const Reminder& r) {
    return ReminderStateRepository(m_db).save({ReminderStateRepository::idFor(r.key),
                                               (r.ofTask ? RecordType::tasks() : RecordType::events()).table,
                                               r.recordId, r.occurrence, r.minutesBefore, 0, true});
}

Result<void> ReminderService::snooze(const Reminder& r, const QDateTime& until) {
    return ReminderStateRepository(m_db).save(
        {ReminderStateRepository::idFor(r.key), (r.ofTask ? RecordType::tasks() : RecordType::events()).table,
         r.recordId, r.occurrence, r.minutesBefore, until.toMSecsSinceEpoch(), false});
}

} // namespace Fieldbook
