#include "OccurrenceEdit.h"

#include "OccurrenceShift.h"
#include "calendar/RecurrenceRule.h"
#include "store/db/Database.h"
#include "store/records/EventRepository.h"

namespace Fieldbook {

using namespace OccurrenceTimes;

namespace {

/// Makes `e` the override of `series` for the occurrence `id`.
void asOverride(CalendarEvent& e, const CalendarEvent& series, const CalendarTime& id) {
    e.seriesId = series.id;
    e.recurrenceId = id;
    e.rrules.clear();
    e.rdates.clear();
    e.exdates.clear();
    e.thisAndFuture = false;
    e.uid = series.uid;
    e.ownerId = series.ownerId;
}

/// What the user changed between `before` and `after`, applied to `target` (an override keeps
/// what it changed itself unless the same field was edited now; a cancelled one stays cancelled).
void applyChanges(CalendarEvent& target, const CalendarEvent& before, const CalendarEvent& after) {
    const auto take = [&](auto member) {
        if (after.*member != before.*member)
            target.*member = after.*member;
    };
    take(&CalendarEvent::title);
    take(&CalendarEvent::kind);
    take(&CalendarEvent::location);
    take(&CalendarEvent::description);
    take(&CalendarEvent::isPrivate);
    take(&CalendarEvent::busy);
    take(&CalendarEvent::accountId);
    take(&CalendarEvent::contactId);
    take(&CalendarEvent::leadId);
    take(&CalendarEvent::opportunityId);
    take(&CalendarEvent::attendees);
    take(&CalendarEvent::reminders);
    if (target.status != EventStatus::Cancelled)
        take(&CalendarEvent::status);
}

/// Whether an override shows its occurrence at the occurrence's own time (it changed other things).
bool unmoved(const CalendarEvent& override) {
    return override.recurrenceId && instantOf(override.start) == instantOf(*override.recurrenceId);
}

int countOf(const QString& rule) {
    auto parsed = RecurrenceRule::parse(rule);
    return parsed ? parsed->count : 0;
}

/// One edit of a series occurrence: the series as stored, the occurrence, what the editor shows.
struct SeriesEdit {
    OccurrenceEditLog& log;
    CalendarEvent series;
    OccurrenceOf occurrence;
    CalendarEvent edited;

    /// The occurrence on the series' clock.
    CalendarTime id() const { return onSeriesClock(series, *occurrence.recurrenceId); }
    QString editedOverrideId() const { return occurrence.shown.isOverride() ? occurrence.shown.id : QString(); }

    Result<void> saveThis(CalendarEvent values) {
        values.id = occurrence.shown.isOverride() ? occurrence.shown.id
                                                  : EventRepository::overrideId(series.id, *occurrence.recurrenceId);
        values.createdAt = 0;
        asOverride(values, series, *occurrence.recurrenceId);
        auto saved = log.save(values);
        return saved ? Result<void>{} : std::unexpected(saved.error());
    }

    Result<void> editAll();
    Result<void> editFollowing();
    Result<void> removeFollowing();
    Result<void> moveOverrides(const CalendarEvent& target, const OccurrenceShift& shift,
                               const std::optional<QDateTime>& from);
    /// The series ending before the occurrence, with its exceptions and extra dates before it.
    CalendarEvent endedSeries() const;
};

CalendarEvent SeriesEdit::endedSeries() const {
    const CalendarTime at = id();
    const QDateTime cut = instantOf(at);
    CalendarEvent ended = series;
    for (QString& rule : ended.rrules)
        rule = endedBefore(rule, at);
    const auto before = [&](const CalendarTime& t) {
        return instantOf(t) < cut;
    };
    ended.rdates.removeIf([&](const CalendarTime& t) { return !before(t); });
    ended.exdates.removeIf([&](const CalendarTime& t) { return !before(t); });
    return ended;
}

/// `dates` at or after `from` (all when unset), moved by `shift`; none when all-day changed.
QList<CalendarTime> shiftedDates(const QList<CalendarTime>& dates, const OccurrenceShift& shift,
                                 const std::optional<QDateTime>& from) {
    QList<CalendarTime> moved;
    if (shift.kindChanged)
        return moved;
    for (const CalendarTime& t : dates)
        if (!from || instantOf(t) >= *from)
            moved.append(shift.apply(t));
    return moved;
}

Result<void> SeriesEdit::editAll() {
    const OccurrenceShift shift = OccurrenceShift::between(occurrence.shown.start, edited.start);
    CalendarEvent s = edited;
    s.id = series.id;
    s.seriesId.clear();
    s.recurrenceId.reset();
    s.uid = series.uid;
    s.sequence = series.sequence;
    s.activityId = series.activityId;
    s.ownerId = series.ownerId;
    s.start = shift.apply(series.start);
    s.end = endAfter(s.start, edited.start, edited.end);
    s.rdates = shiftedDates(series.rdates, shift, std::nullopt);
    s.exdates = shiftedDates(series.exdates, shift, std::nullopt);
    auto saved = log.save(s);
    if (!saved)
        return std::unexpected(saved.error());
    return moveOverrides(*saved, shift, std::nullopt);
}

Result<void> SeriesEdit::editFollowing() {
    const CalendarTime at = id();
    if (!hasOccurrenceBefore(series, at))
        return editAll();
    const OccurrenceShift shift = OccurrenceShift::between(occurrence.shown.start, edited.start);
    const QDateTime cut = instantOf(at);
    CalendarEvent next = edited;
    next.id.clear();
    next.seriesId.clear();
    next.recurrenceId.reset();
    next.uid.clear();
    next.sequence = 0;
    next.activityId.clear();
    next.ownerId = series.ownerId;
    next.createdAt = 0;
    next.start = shift.apply(at);
    next.end = endAfter(next.start, edited.start, edited.end);
    for (qsizetype i = 0; i < next.rrules.size() && i < series.rrules.size(); ++i)
        if (countOf(next.rrules.at(i)) == countOf(series.rrules.at(i)))
            next.rrules[i] = withCountReduced(next.rrules.at(i), instancesBefore(series, series.rrules.at(i), at));
    next.rdates = shiftedDates(series.rdates, shift, cut);
    next.exdates = shiftedDates(series.exdates, shift, cut);
    if (auto ended = log.save(endedSeries()); !ended)
        return std::unexpected(ended.error());
    auto saved = log.save(next);
    if (!saved)
        return std::unexpected(saved.error());
    return moveOverrides(*saved, shift, cut);
}

Result<void> SeriesEdit::removeFollowing() {
    const CalendarTime at = id();
    if (!hasOccurrenceBefore(series, at))
        return log.remove(series.id);
    if (auto ended = log.save(endedSeries()); !ended)
        return std::unexpected(ended.error());
    auto overrides = EventRepository(log.database()).overridesOf(series.id);
    if (!overrides)
        return std::unexpected(overrides.error());
    for (const CalendarEvent& o : std::as_const(*overrides))
        if (instantOf(onSeriesClock(series, *o.recurrenceId)) >= instantOf(at))
            if (auto removed = log.remove(o.id); !removed)
                return removed;
    return {};
}

/// The overrides of the series from `from` on (all when unset) follow the edit onto `target`:
/// their occurrences move by `shift`, the fields just edited change on them too, and those whose
/// occurrence `target` no longer has (all of them when it no longer repeats) are deleted. The edited occurrence's own
/// override gives way to the edit unless it had moved the occurrence (editing all keeps that move).
Result<void> SeriesEdit::moveOverrides(const CalendarEvent& target, const OccurrenceShift& shift,
                                       const std::optional<QDateTime>& from) {
    auto overrides = EventRepository(log.database()).overridesOf(series.id);
    if (!overrides)
        return std::unexpected(overrides.error());
    QList<CalendarEvent> replacements;
    for (const CalendarEvent& o : std::as_const(*overrides)) {
        const CalendarTime own = onSeriesClock(series, *o.recurrenceId);
        if (from && instantOf(own) < *from)
            continue;
        const CalendarTime moved = shift.apply(own);
        const bool isEdited = o.id == editedOverrideId();
        const bool gone = shift.kindChanged || !target.isRecurring() || !occursAt(target, moved);
        if (gone || (isEdited && (from || unmoved(o)))) {
            if (auto removed = log.remove(o.id); !removed)
                return removed;
            continue;
        }
        CalendarEvent next = isEdited ? edited : o;
        if (!isEdited) {
            applyChanges(next, occurrence.shown, edited);
            if (unmoved(o)) {
                next.start = moved;
                next.end = endAfter(moved, o.start, o.end);
            }
        }
        asOverride(next, target, moved);
        next.id = EventRepository::overrideId(target.id, moved);
        if (next.id == o.id && next == o)
            continue;
        if (next.id != o.id)
            if (auto removed = log.remove(o.id); !removed)
                return removed;
        replacements.append(next);
    }
    // Saved after every removal: a moved override may take the id another one had before.
    for (const CalendarEvent& next : std::as_const(replacements))
        if (auto saved = log.save(next); !saved)
            return std::unexpected(saved.error());
    return {};
}

/// `occurrence` with the values of the occurrence itself.
OccurrenceOf itself(const OccurrenceOf& occurrence) {
    OccurrenceOf own = occurrence;
    own.shown = occurrence.values();
    return own;
}

} // namespace

CalendarEvent OccurrenceOf::values() const {
    if (!inSeries() || shown.isOverride())
        return shown;
    CalendarEvent own = shown;
    own.start = *recurrenceId;
    own.end = endAfter(own.start, shown.start, shown.end.isValid() ? shown.end : shown.start);
    return own;
}

OccurrenceEdit::OccurrenceEdit(Database& db)
    : m_db(db) {}

Result<EventChange> OccurrenceEdit::run(const std::function<Result<void>(OccurrenceEditLog&)>& work) {
    OccurrenceEditLog log(m_db);
    std::optional<EventChange> change;
    auto ok = m_db.transaction([&]() -> Result<void> {
        if (auto done = work(log); !done)
            return done;
        auto finished = log.finish();
        if (!finished)
            return std::unexpected(finished.error());
        change = std::move(*finished);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return std::move(*change);
}

Result<EventChange> OccurrenceEdit::save(const CalendarEvent& event) {
    return run([&](OccurrenceEditLog& log) -> Result<void> {
        auto saved = log.save(event);
        return saved ? Result<void>{} : std::unexpected(saved.error());
    });
}

Result<EventChange> OccurrenceEdit::edit(const OccurrenceOf& shownOccurrence, const CalendarEvent& edited,
                                         OccurrenceScope scope) {
    const OccurrenceOf occurrence = itself(shownOccurrence);
    if (!occurrence.inSeries()) {
        CalendarEvent single = edited;
        single.id = occurrence.shown.id;
        return save(single);
    }
    return run([&](OccurrenceEditLog& log) -> Result<void> {
        auto series = EventRepository(m_db).get(occurrence.seriesId);
        if (!series)
            return std::unexpected(series.error());
        SeriesEdit step{log, *series, occurrence, edited};
        switch (scope) {
        case OccurrenceScope::This:
            return step.saveThis(edited);
        case OccurrenceScope::ThisAndFollowing:
            return step.editFollowing();
        case OccurrenceScope::All:
            break;
        }
        return step.editAll();
    });
}

Result<EventChange> OccurrenceEdit::move(const OccurrenceOf& shownOccurrence, const QDateTime& start,
                                         const QDateTime& end, OccurrenceScope scope) {
    const OccurrenceOf occurrence = itself(shownOccurrence);
    CalendarEvent moved = occurrence.shown;
    moved.start = onClockOfShown(occurrence.shown.start, start);
    if (moved.start.isAllDay()) {
        const QDate last = end.time() == QTime(0, 0) ? end.date() : end.date().addDays(1);
        moved.end = CalendarTime::ofDate(std::max(last, moved.start.date.addDays(1)));
    } else {
        moved.end = onClockOfShown(occurrence.shown.end.isValid() ? occurrence.shown.end : occurrence.shown.start, end);
    }
    if (occurrence.inSeries()) {
        auto series = EventRepository(m_db).get(occurrence.seriesId);
        if (!series)
            return std::unexpected(series.error());
        moved.rrules = series->rrules;
        const int days = int(occurrence.shown.start.date.daysTo(moved.start.date));
        if (scope != OccurrenceScope::This)
            for (QString& rule : moved.rrules)
                rule = shiftedByDays(rule, days);
    }
    return edit(occurrence, moved, scope);
}

Result<EventChange> OccurrenceEdit::remove(const OccurrenceOf& shownOccurrence, OccurrenceScope scope) {
    const OccurrenceOf occurrence = itself(shownOccurrence);
    return run([&](OccurrenceEditLog& log) -> Result<void> {
        if (!occurrence.inSeries())
            return log.remove(occurrence.shown.id);
        auto series = EventRepository(m_db).get(occurrence.seriesId);
        if (!series)
            return std::unexpected(series.error());
        SeriesEdit step{log, *series, occurrence, occurrence.shown};
        switch (scope) {
        case OccurrenceScope::This: {
            CalendarEvent cancelled = occurrence.shown;
            cancelled.status = EventStatus::Cancelled;
            return step.saveThis(cancelled);
        }
        case OccurrenceScope::ThisAndFollowing:
            return step.removeFollowing();
        case OccurrenceScope::All:
            break;
        }
        return log.remove(series->id);
    });
}

} // namespace Fieldbook
