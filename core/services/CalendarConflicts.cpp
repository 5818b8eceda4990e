#include "CalendarConflicts.h"

#include <algorithm>
#include <queue>
#include <set>
#include <utility>
#include <vector>

namespace Fieldbook {

namespace {

CalendarOverlap overlapWith(const Occurrence& other) {
    return {other.key(), other.event->title, other.start, other.end, other.event->isPrivate, other.event->ownerId};
}

/// The occurrences' bounds in ms since the epoch, read once: the sweep compares them often.
struct Bounds {
    std::vector<qint64> start;
    std::vector<qint64> end;
};

/// For the occurrences `order` of one person (indexes into the occurrences, sorted by start), each
/// one's first overlapping other: the earliest-starting one still running when it starts, else the
/// next one if it starts before it ends. `found` keeps, per occurrence, the earliest start over all people.
void sweep(const Bounds& bounds, const std::vector<qsizetype>& order, std::vector<qsizetype>& found) {
    using Running = std::pair<qint64, qsizetype>; // (end, position in order)
    std::priority_queue<Running, std::vector<Running>, std::greater<>> byEnd;
    std::set<std::pair<qint64, qsizetype>> running; // (start, position in order)
    const auto startOf = [&](qsizetype at) {
        return bounds.start[size_t(at)];
    };
    for (size_t i = 0; i < order.size(); ++i) {
        const qint64 start = startOf(order[i]);
        while (!byEnd.empty() && byEnd.top().first <= start) {
            const size_t gone = size_t(byEnd.top().second);
            running.erase({startOf(order[gone]), qsizetype(gone)});
            byEnd.pop();
        }
        qsizetype other = -1;
        if (!running.empty())
            other = order[size_t(running.begin()->second)];
        else if (i + 1 < order.size() && startOf(order[i + 1]) < bounds.end[size_t(order[i])])
            other = order[i + 1];
        if (other >= 0) {
            qsizetype& best = found[size_t(order[i])];
            if (best < 0 || startOf(other) < startOf(best))
                best = other;
        }
        running.insert({start, qsizetype(i)});
        byEnd.push({bounds.end[size_t(order[i])], qsizetype(i)});
    }
}

} // namespace

bool CalendarConflicts::takesTime(const Occurrence& o) {
    return !o.allDay && o.event->busy && o.event->status != EventStatus::Cancelled && o.start < o.end;
}

QStringList CalendarConflicts::peopleOf(const CalendarEvent& event) {
    QStringList people;
    if (!event.ownerId.isEmpty())
        people.append(event.ownerId);
    for (const EventAttendee& a : event.attendees)
        if (!a.userId.isEmpty() && !people.contains(a.userId))
            people.append(a.userId);
    return people;
}

QHash<QString, CalendarOverlap> CalendarConflicts::find(const QList<Occurrence>& occurrences) {
    QHash<QString, std::vector<qsizetype>> byPerson;
    for (qsizetype i = 0; i < occurrences.size(); ++i)
        if (takesTime(occurrences.at(i)))
            for (const QString& person : peopleOf(*occurrences.at(i).event))
                byPerson[person].push_back(i);
    Bounds bounds;
    bounds.start.reserve(size_t(occurrences.size()));
    bounds.end.reserve(size_t(occurrences.size()));
    for (const Occurrence& o : occurrences) {
        bounds.start.push_back(o.start.toMSecsSinceEpoch());
        bounds.end.push_back(o.end.toMSecsSinceEpoch());
    }
    std::vector<qsizetype> found(size_t(occurrences.size()), -1);
    for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
        std::vector<qsizetype>& order = it.value();
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return bounds.start[size_t(a)] < bounds.start[size_t(b)]; });
        sweep(bounds, order, found);
    }
    QHash<QString, CalendarOverlap> result;
    for (qsizetype i = 0; i < occurrences.size(); ++i)
        if (found[size_t(i)] >= 0)
            result.insert(occurrences.at(i).key(), overlapWith(occurrences.at(found[size_t(i)])));
    return result;
}

std::optional<CalendarOverlap> CalendarConflicts::firstOverlap(const QList<Occurrence>& occurrences,
                                                               const QStringList& people, const QDateTime& start,
                                                               const QDateTime& end, const QSet<QString>& ignore) {
    const Occurrence* first = nullptr;
    for (const Occurrence& o : occurrences) {
        if (!takesTime(o) || !(o.start < end && start < o.end) || ignore.contains(o.key()))
            continue;
        const QStringList theirs = peopleOf(*o.event);
        const bool shared =
            std::any_of(people.cbegin(), people.cend(), [&](const QString& person) { return theirs.contains(person); });
        if (shared && (!first || o.start < first->start))
            first = &o;
    }
    if (!first)
        return std::nullopt;
    return overlapWith(*first);
}

} // namespace Fieldbook
