#include "MeetingLog.h"

#include "store/db/Database.h"
#include "store/records/ActivityRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/OpportunityRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kLongestActivityMinutes = 7 * 24 * 60; // ActivityRepository's limit

/// The end of the occurrence starting at `start`, as long as the series' first occurrence.
CalendarTime endOf(const CalendarEvent& series, const CalendarTime& start, const QTimeZone& viewer) {
    if (start.isAllDay())
        return CalendarTime::ofDate(start.date.addDays(std::max<qint64>(1, series.start.date.daysTo(series.end.date))));
    const qint64 seconds = series.start.toDateTime(viewer).secsTo(series.end.toDateTime(viewer));
    const QDateTime end = start.toDateTime(viewer).addSecs(std::max<qint64>(0, seconds));
    switch (start.kind) {
    case CalendarTime::Kind::Zoned:
        return CalendarTime::zoned(end.date(), end.time(), start.zone);
    case CalendarTime::Kind::Utc:
        return CalendarTime::utc(end);
    default:
        return CalendarTime::floating(end.date(), end.time());
    }
}

QString refusal(const char* text) {
    return QCoreApplication::translate("Fieldbook::MeetingLog", text);
}

/// Sets the activity an event record names (empty: none).
Result<void> setActivity(Database& db, const QString& eventId, const QString& activityId) {
    EventRepository events(db);
    auto event = events.get(eventId);
    if (!event)
        return std::unexpected(event.error());
    event->activityId = activityId;
    if (auto saved = events.save(*event); !saved)
        return std::unexpected(saved.error());
    return {};
}

} // namespace

MeetingLog::MeetingLog(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

ActivityKind MeetingLog::activityKindOf(EventKind kind) {
    switch (kind) {
    case EventKind::Visit:
        return ActivityKind::Visit;
    case EventKind::Call:
        return ActivityKind::Call;
    case EventKind::Meeting:
    case EventKind::Other:
        break;
    }
    return ActivityKind::Meeting;
}

Result<CalendarEvent> MeetingLog::target(const MeetingOccurrence& which, bool* created) const {
    *created = false;
    EventRepository events(m_db);
    auto event = events.get(which.eventId);
    if (!event)
        return event;
    if (event->deleted)
        return fail(ErrorCode::NotFound,
                    refusal(QT_TRANSLATE_NOOP("Fieldbook::MeetingLog", "The event no longer exists.")));
    if (!event->isRecurring() || event->isOverride())
        return event;
    // A series is never logged as a whole: without an occurrence named, its first is meant.
    const CalendarTime occurrenceId = which.occurrence.value_or(event->start);
    auto existing = events.get(EventRepository::overrideId(event->id, occurrenceId));
    if (existing && !existing->deleted)
        return existing;
    CalendarEvent occurrence = *event;
    occurrence.id.clear();
    occurrence.seriesId = event->id;
    occurrence.recurrenceId = occurrenceId;
    occurrence.thisAndFuture = false;
    occurrence.rrules.clear();
    occurrence.rdates.clear();
    occurrence.exdates.clear();
    occurrence.start = occurrenceId;
    occurrence.end = endOf(*event, occurrenceId, m_viewer);
    occurrence.activityId.clear();
    occurrence.createdAt = occurrence.updatedAt = occurrence.rowVersion = 0;
    *created = true;
    return occurrence;
}

Result<void> MeetingLog::fillLinks(Activity& activity, const CalendarEvent& event) const {
    const auto fill = [](QString& field, const QString& value) {
        if (field.isEmpty())
            field = value;
    };
    fill(activity.contactId, event.contactId);
    fill(activity.accountId, event.accountId);
    fill(activity.leadId, event.leadId);
    fill(activity.opportunityId, event.opportunityId);
    if (!activity.contactId.isEmpty() || !activity.accountId.isEmpty() || !activity.leadId.isEmpty())
        return {};
    // A meeting about an opportunity alone is the opportunity's account's; else a contact who attended.
    if (!activity.opportunityId.isEmpty()) {
        auto opportunity = OpportunityRepository(m_db).get(activity.opportunityId);
        if (!opportunity)
            return std::unexpected(opportunity.error());
        activity.accountId = opportunity->accountId;
    }
    for (const EventAttendee& attendee : event.attendees)
        if (activity.accountId.isEmpty() && activity.contactId.isEmpty() && !attendee.contactId.isEmpty())
            activity.contactId = attendee.contactId;
    return {};
}

Result<Activity> MeetingLog::draft(const MeetingOccurrence& which) const {
    bool created = false;
    auto event = target(which, &created);
    if (!event)
        return std::unexpected(event.error());
    if (!event->activityId.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            refusal(QT_TRANSLATE_NOOP("Fieldbook::MeetingLog", "This event is logged as an activity already.")));
    Activity activity;
    activity.kind = activityKindOf(event->kind);
    activity.subject = event->title.isEmpty() ? eventKindLabel(event->kind) : event->title;
    const QDateTime start = event->start.toDateTime(m_viewer);
    activity.startsAt = start.toMSecsSinceEpoch();
    if (!event->start.isAllDay())
        activity.durationMinutes =
            int(std::clamp<qint64>(start.secsTo(event->end.toDateTime(m_viewer)) / 60, 0, kLongestActivityMinutes));
    activity.notes = event->description.trimmed();
    activity.done = true;
    activity.ownerId = m_db.localUserId();
    if (auto linked = fillLinks(activity, *event); !linked)
        return std::unexpected(linked.error());
    return activity;
}

Result<MeetingLogResult> MeetingLog::log(const MeetingOccurrence& which, const Activity& entered) {
    MeetingLogResult result;
    bool created = false;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto proposed = draft(which);
        if (!proposed)
            return std::unexpected(proposed.error());
        Activity activity = *proposed;
        if (!entered.subject.trimmed().isEmpty())
            activity.subject = entered.subject;
        if (entered.startsAt > 0)
            activity.startsAt = entered.startsAt;
        if (entered.durationMinutes > 0)
            activity.durationMinutes = entered.durationMinutes;
        activity.outcome = entered.outcome;
        activity.notes = entered.notes.trimmed();
        for (auto [field, value] :
             {std::pair{&activity.contactId, entered.contactId}, std::pair{&activity.accountId, entered.accountId},
              std::pair{&activity.leadId, entered.leadId}, std::pair{&activity.opportunityId, entered.opportunityId}})
            if (!value.isEmpty())
                *field = value;
        auto saved = ActivityRepository(m_db).save(activity);
        if (!saved)
            return std::unexpected(saved.error());
        auto event = target(which, &created);
        if (!event)
            return std::unexpected(event.error());
        event->activityId = saved->id;
        auto stored = EventRepository(m_db).save(*event);
        if (!stored)
            return std::unexpected(stored.error());
        result.activity = *saved;
        result.event = *stored;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    result.undo = undoStep(result.activity, result.event, created);
    return result;
}

UndoStep MeetingLog::undoStep(const Activity& activity, const CalendarEvent& event, bool created) const {
    Database& db = m_db;
    const QString activityId = activity.id;
    const QString eventId = event.id;
    auto undo = [&db, activityId, eventId, created]() -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            if (auto removed = ActivityRepository(db).remove(activityId); !removed)
                return removed;
            if (!created)
                return setActivity(db, eventId, {});
            auto removed = EventRepository(db).remove(eventId);
            if (!removed)
                return std::unexpected(removed.error());
            return {};
        });
    };
    auto redo = [&db, activityId, eventId, created]() -> Result<void> {
        return db.transaction([&]() -> Result<void> {
            if (auto restored = ActivityRepository(db).restore(activityId); !restored)
                return restored;
            if (created)
                return EventRepository(db).restore({eventId});
            return setActivity(db, eventId, activityId);
        });
    };
    return {undo, redo};
}

} // namespace Fieldbook
