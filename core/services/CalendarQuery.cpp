#include "CalendarQuery.h"

#include "calendar/RecurrenceSet.h"
#include "store/records/EventRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

using EventPtr = std::shared_ptr<const CalendarEvent>;

QDateTime utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); // Qt 6.4 keeps it inline; a QTimeZone allocates
}

/// An event's length on the viewer's clock: the same for each of its occurrences.
qint64 lengthMs(const CalendarEvent& event, const QTimeZone& viewer) {
    return std::max<qint64>(0, event.end.toMSecsSinceEpoch(viewer) - event.start.toMSecsSinceEpoch(viewer));
}

/// The occurrences of a period as they are found, with their bounds in ms for the checks and the sort.
class Found {
public:
    Found(const QDateTime& from, const QDateTime& to, const QTimeZone& viewer)
        : m_from(from.toMSecsSinceEpoch())
        , m_to(to.toMSecsSinceEpoch())
        , m_viewer(viewer) {}

    /// Adds the occurrence of `event` starting at `start` if it overlaps the period.
    void add(const EventPtr& event, qint64 length, const CalendarTime& start, const QString& seriesId,
             const std::optional<CalendarTime>& recurrenceId) {
        const bool allDay = event->start.isAllDay();
        const qint64 startMs = start.toMSecsSinceEpoch(m_viewer);
        qint64 endMs = startMs + length;
        if (allDay) { // whole days on the viewer's calendar, whatever DST does in between
            const QDate last = start.date.addDays(event->start.date.daysTo(event->end.date));
            endMs = CalendarTime::ofDate(last).toMSecsSinceEpoch(m_viewer);
        }
        if (!(startMs < m_to && (endMs > m_from || (endMs == startMs && startMs >= m_from))))
            return;
        m_starts.push_back({startMs, m_found.size()});
        Occurrence& o =
            m_found.emplaceBack(Occurrence{event, seriesId, recurrenceId, utc(startMs), utc(endMs), allDay, {}});
        o.keyText = o.key(); // overlaps, entries and the section each ask for it
    }

    /// How long before the period an occurrence `length` long may start and still reach into it.
    QDateTime reachingFrom(qint64 length) const {
        // DST can lengthen an occurrence by an hour; all-day dates shift by the zone
        return utc(m_from - length - 2 * 3600 * 1000LL);
    }

    /// The occurrences ordered by start (in the order found where two start together).
    QList<Occurrence> ordered() && {
        std::sort(m_starts.begin(), m_starts.end());
        QList<Occurrence> result;
        result.reserve(m_found.size());
        for (const auto& [startMs, at] : m_starts)
            result.append(std::move(m_found[at]));
        return result;
    }

private:
    qint64 m_from;
    qint64 m_to;
    const QTimeZone& m_viewer;
    QList<Occurrence> m_found;
    std::vector<std::pair<qint64, qsizetype>> m_starts;
};

} // namespace

QString Occurrence::key() const {
    if (!keyText.isEmpty())
        return keyText;
    return recurrenceId ? seriesId + u'|' + recurrenceId->toText() : event->id;
}

CalendarQuery::CalendarQuery(Database& db, QTimeZone viewer)
    : m_db(db)
    , m_viewer(std::move(viewer)) {}

QList<Occurrence> CalendarQuery::expand(QList<CalendarEvent> events, const QDateTime& from, const QDateTime& to,
                                        const QTimeZone& viewer) {
    QHash<QString, QList<CalendarTime>> overrides; // series id -> the occurrences its overrides replace
    for (const CalendarEvent& e : std::as_const(events))
        if (e.isOverride())
            overrides[e.seriesId].append(*e.recurrenceId);
    QSet<QString> series; // the series of those overrides that are here
    for (const CalendarEvent& e : std::as_const(events))
        if (!e.isOverride() && overrides.contains(e.id))
            series.insert(e.id);
    Found found(from, to, viewer);
    for (CalendarEvent& moved : events) {
        const auto e = std::make_shared<const CalendarEvent>(std::move(moved));
        const qint64 length = lengthMs(*e, viewer);
        if (e->isOverride()) {
            if (series.contains(e->seriesId)) // else its series was deleted, or is not on this device
                found.add(e, length, e->start, e->seriesId, e->recurrenceId);
            continue;
        }
        const RecurrenceSet set = e->isRecurring() ? e->recurrence() : RecurrenceSet();
        if (!set.isRecurring()) { // also a rule that cannot be read: the event stands alone
            found.add(e, length, e->start, {}, std::nullopt);
            continue;
        }
        // An override written by another program (a UTC RECURRENCE-ID, a zoned midnight on an
        // all-day series) is read onto the series' clock, where it meets the occurrence it replaces.
        QSet<QString> changed;
        for (const CalendarTime& replaced : overrides.value(e->id))
            changed.insert(set.recurrenceId(replaced, viewer).toText());
        for (const CalendarTime& start : set.between(found.reachingFrom(length), to, viewer))
            if (changed.isEmpty() || !changed.contains(start.toText())) // else the override stands in its place
                found.add(e, length, start, e->id, start);
    }
    return std::move(found).ordered();
}

Result<QList<Occurrence>> CalendarQuery::between(const QDateTime& from, const QDateTime& to) const {
    auto events = EventRepository(m_db).inRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    if (!events)
        return std::unexpected(events.error());
    return expand(std::move(*events), from, to, m_viewer);
}

} // namespace Fieldbook
