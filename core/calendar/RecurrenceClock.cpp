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
/// epoch) to the next entry. Outside that span the zone itself answers.
struct OffsetTable {
    QTimeZone zone;
    std::vector<qint64> at;
    std::vector<int> offsets;
    qint64 end = 0;

    int offsetAt(qint64 utc) const {
        if (utc < at.front() || utc >= end)
            return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
        const auto next = std::upper_bound(at.begin(), at.end(), utc);
        return offsets[std::size_t(next - at.begin()) - 1];
    }
};

namespace {

void appendChange(OffsetTable& table, const QTimeZone::OffsetData& change) {
    const qint64 at = change.atUtc.toSecsSinceEpoch();
    if (at <= table.at.back()) { // a change at the very start replaces the first entry
        table.offsets.back() = change.offsetFromUtc;
        return;
    }
    table.at.push_back(at);
    table.offsets.push_back(change.offsetFromUtc);
}

std::shared_ptr<const OffsetTable> buildTable(const QTimeZone& zone) {
    auto table = std::make_shared<OffsetTable>();
    table->zone = zone;
    const QDateTime begin(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
    table->end = end.toSecsSinceEpoch();
    table->at.push_back(begin.toSecsSinceEpoch());
    table->offsets.push_back(zone.isValid() ? zone.offsetFromUtc(begin) : 0);
    if (!zone.isValid() || !zone.hasTransitions())
        return table;
    // Qt 6.4 lists only the zone file's explicit changes (to 2037); the rule after them comes
    // from nextTransition(), which finds nothing when asked at the very instant of the last
    // explicit change, hence the second's step.
    for (const QTimeZone::OffsetData& change : zone.transitions(begin, end))
        appendChange(*table, change);
    QDateTime after = QDateTime::fromSecsSinceEpoch(table->at.back(), QTimeZone::utc());
    for (QTimeZone::OffsetData change = zone.nextTransition(after.addSecs(1));
         change.atUtc.isValid() && change.atUtc > after && change.atUtc < end;
         change = zone.nextTransition(after.addSecs(1))) {
        appendChange(*table, change);
        after = change.atUtc;
    }
    return table;
}

/// One table per zone and thread, built on first use (a year's expansion then needs no zone lookups).
std::shared_ptr<const OffsetTable> tableFor(const QByteArray& key, const QTimeZone* zone) {
    thread_local QHash<QByteArray, std::shared_ptr<const OffsetTable>> cache;
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return *found;
    const std::shared_ptr<const OffsetTable> table = buildTable(zone ? *zone : QTimeZone(key));
    cache.insert(key, table);
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
