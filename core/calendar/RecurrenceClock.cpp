#include "RecurrenceClock.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace Fieldbook::RecurrenceDetail {

namespace {

constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kEpochDay = 2440588; // QDate(1970, 1, 1).toJulianDay()

} // namespace

/// A zone's UTC offsets from 1900 to 2200: `offsets[i]` applies from `at[i]` (seconds since the
/// epoch) to the next entry. Outside that span the zone itself answers. Qt 6.4 lists only the
/// zone file's explicit changes (to 2037 for most zones); the later ones follow from the zone's
/// rule through nextTransition(), a slow call, so they are added when a value needs them.
/// A table belongs to one thread (tableFor), which is what lets a lookup extend it.
struct OffsetTable {
    QTimeZone zone;
    std::vector<qint64> at;
    std::vector<int> offsets;
    qint64 end = 0;
    qint64 complete = 0; ///< every change before this instant is in the table

    int offsetAt(qint64 utc) {
        if (utc < at.front() || utc >= end)
            return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
        while (utc >= complete)
            extendPast(utc);
        const auto next = std::upper_bound(at.begin(), at.end(), utc);
        return offsets[std::size_t(next - at.begin()) - 1];
    }

    void append(const QTimeZone::OffsetData& change) {
        const qint64 when = change.atUtc.toSecsSinceEpoch();
        if (when <= at.back()) { // a change at the very start replaces the first entry
            offsets.back() = change.offsetFromUtc;
            return;
        }
        at.push_back(when);
        offsets.push_back(change.offsetFromUtc);
    }

    /// Adds the changes up to ten years past `utc` (or to the end when the zone has no more).
    void extendPast(qint64 utc) {
        const qint64 target = std::min(end, utc + 10 * 366 * kSecondsPerDay);
        // nextTransition() finds nothing when asked at the very instant of the last explicit
        // change, hence the second's step.
        QDateTime after = QDateTime::fromSecsSinceEpoch(std::max(at.back(), complete), QTimeZone::utc());
        for (;;) {
            const QTimeZone::OffsetData change = zone.nextTransition(after.addSecs(1));
            if (!change.atUtc.isValid() || change.atUtc <= after || change.atUtc.toSecsSinceEpoch() >= end) {
                complete = end;
                return;
            }
            append(change);
            after = change.atUtc;
            if (at.back() >= target) {
                complete = at.back();
                return;
            }
        }
    }
};

namespace {

std::shared_ptr<OffsetTable> buildTable(const QTimeZone& zone) {
    auto table = std::make_shared<OffsetTable>();
    table->zone = zone;
    const QDateTime begin(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
    table->end = table->complete = end.toSecsSinceEpoch();
    table->at.push_back(begin.toSecsSinceEpoch());
    table->offsets.push_back(zone.isValid() ? zone.offsetFromUtc(begin) : 0);
    if (!zone.isValid() || !zone.hasTransitions())
        return table;
    for (const QTimeZone::OffsetData& change : zone.transitions(begin, end))
        table->append(change);
    table->complete = table->at.back(); // what follows the last explicit change is not known yet
    return table;
}

/// One table per zone and thread, built on first use (a year's expansion then needs no zone lookups).
std::shared_ptr<OffsetTable> tableFor(const QByteArray& key, const QTimeZone* zone) {
    thread_local QHash<QByteArray, std::shared_ptr<OffsetTable>> cache;
    thread_local QByteArray lastKey; // a period's events are mostly in one zone: no hash for them
    thread_local std::shared_ptr<OffsetTable> last;
    if (last && key == lastKey)
        return last;
    const auto found = cache.constFind(key);
    const std::shared_ptr<OffsetTable> table =
        found != cache.constEnd() ? *found : buildTable(zone ? *zone : QTimeZone(key));
    if (found == cache.constEnd())
        cache.insert(key, table);
    lastKey = key;
    last = table;
    return table;
}

} // namespace

RecurrenceClock::RecurrenceClock(const CalendarTime& start, const QTimeZone& viewer) {
    switch (start.kind) {
    case CalendarTime::Kind::Zoned:
        m_table = tableFor(start.zone, nullptr);
        break;
    case CalendarTime::Kind::Utc:
        m_table = tableFor(QByteArrayLiteral("UTC"), nullptr);
        break;
    default:
        m_table = tableFor(viewer.id(), &viewer);
    }
}

RecurrenceClock::~RecurrenceClock() = default;

int RecurrenceClock::offsetAt(qint64 utc) const {
    return m_table->offsetAt(utc);
}

qint64 RecurrenceClock::toUtc(qint64 wall) const {
    // The same resolution as CalendarTime's: the offsets a day either side bound the candidates;
    // the larger one (the earlier instant) wins a fold; a gap takes the offset before it.
    const qint64 asUtc = wall - kEpochDay * kSecondsPerDay;
    const int before = offsetAt(asUtc - kSecondsPerDay);
    const int after = offsetAt(asUtc + kSecondsPerDay);
    if (before == after)
        return asUtc - before;
    for (const int offset : {std::max(before, after), std::min(before, after)}) {
        if (offsetAt(asUtc - offset) == offset)
            return asUtc - offset;
    }
    return asUtc - before;
}

qint64 RecurrenceClock::toWall(qint64 utc) const {
    return utc + offsetAt(utc) + kEpochDay * kSecondsPerDay;
}

qint64 RecurrenceClock::wallOf(QDate date, QTime time) {
    return date.toJulianDay() * kSecondsPerDay + (time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0);
}

QDate RecurrenceClock::dateOf(qint64 wall) {
    return QDate::fromJulianDay(wall / kSecondsPerDay);
}

QTime RecurrenceClock::timeOf(qint64 wall) {
    return QTime::fromMSecsSinceStartOfDay(int(wall % kSecondsPerDay) * 1000);
}

} // namespace Fieldbook::RecurrenceDetail
