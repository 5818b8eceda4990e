#include "CalendarQuery.h"

#include "calendar/RecurrenceSet.h"
#include "store/records/EventRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QDateTime utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

Occurrence occurrenceOf(const CalendarEvent& event, const CalendarTime& start, const QTimeZone& viewer) {
    Occurrence o;
    o.event = event;
    o.allDay = event.start.isAllDay();
    const qint64 startMs = start.toMSecsSinceEpoch(viewer);
    o.start = utc(startMs);
    if (o.allDay) { // whole days on the viewer's calendar, whatever DST does in between
        const QDate last = start.date.addDays(event.start.date.daysTo(event.end.date));
        o.end = utc(CalendarTime::ofDate(last).toMSecsSinceEpoch(viewer));
    } else {
        const qint64 length = event.end.toMSecsSinceEpoch(viewer) - event.start.toMSecsSinceEpoch(viewer);
        o.end = utc(startMs + std::max<qint64>(length, 0));
    }
    return o;
}

bool overlaps(const Occurrence& o, const QDateTime& from, const QDateTime& to) {
    return o.start < to && (o.end > from || (o.end == o.start && o.start >= from));
}

/// How long before `from` an occurrence of `event` may start and still reach into the period.
qint64 lengthMs(const CalendarEvent& event, const QTimeZone& viewer) {
    return std::max<qint64>(0, event.end.toMSecsSinceEpoch(viewer) - event.start.toMSecsSinceEpoch(viewer)) +
           2 * 3600 * 1000LL; // DST can lengthen an occurrence by an hour; all-day dates shift by the zone
}

} // namespace

QString Occurrence::key() const {
    return recurrenceId ? seriesId + u'|' + recurrenceId->toText() : event.id;
}

CalendarQuery::CalendarQuery(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

QList<Occurrence> CalendarQuery::expand(const QList<CalendarEvent>& events, const QDateTime& from, const QDateTime& to,
                                        const QTimeZone& viewer) {
    QHash<QString, QList<CalendarTime>> overrides; // series id -> the occurrences its overrides replace
    QHash<QString, const CalendarEvent*> series;
    for (const CalendarEvent& e : events) {
        if (e.isOverride())
            overrides[e.seriesId].append(*e.recurrenceId);
        else
            series.insert(e.id, &e);
    }
    QList<Occurrence> result;
    for (const CalendarEvent& e : events) {
        if (e.isOverride()) {
            if (!series.contains(e.seriesId))
                continue; // its series was deleted, or is not on this device
            Occurrence o = occurrenceOf(e, e.start, viewer);
            o.seriesId = e.seriesId;
            o.recurrenceId = e.recurrenceId;
            if (overlaps(o, from, to))
                result.append(std::move(o));
            continue;
        }
        const RecurrenceSet set = e.recurrence();
        if (!set.isRecurring()) {
            Occurrence o = occurrenceOf(e, e.start, viewer);
            if (overlaps(o, from, to))
                result.append(std::move(o));
            continue;
        }
        // An override written by another program (a UTC RECURRENCE-ID, a zoned midnight on an
        // all-day series) is read onto the series' clock, where it meets the occurrence it replaces.
        QSet<QString> changed;
        for (const CalendarTime& replaced : overrides.value(e.id))
            changed.insert(set.recurrenceId(replaced, viewer).toText());
        for (const CalendarTime& start : set.between(from.addMSecs(-lengthMs(e, viewer)), to, viewer)) {
            if (!changed.isEmpty() && changed.contains(start.toText()))
                continue; // the override stands in its place
            Occurrence o = occurrenceOf(e, start, viewer);
            o.seriesId = e.id;
            o.recurrenceId = start;
            if (overlaps(o, from, to))
                result.append(std::move(o));
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.start < b.start; });
    return result;
}

Result<QList<Occurrence>> CalendarQuery::between(const QDateTime& from, const QDateTime& to) const {
    auto events = EventRepository(m_db).inRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    if (!events)
        return std::unexpected(events.error());
    return expand(*events, from, to, m_viewer);
}

} // namespace Fieldbook
