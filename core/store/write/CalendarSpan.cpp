#include "CalendarSpan.h"

#include "calendar/RecurrenceSet.h"

#include <QTimeZone>

namespace Fieldbook {

namespace {

bool viewerDependent(const CalendarTime& time) {
    return time.kind == CalendarTime::Kind::Date || time.kind == CalendarTime::Kind::Floating;
}

qint64 utcMs(const CalendarTime& time) {
    return time.toMSecsSinceEpoch(QTimeZone::utc());
}

} // namespace

qint64 CalendarSpan::earliest(const CalendarTime& time) {
    if (!time.isValid())
        return 0;
    return utcMs(time) - (viewerDependent(time) ? kZoneSlackMs : 0);
}

qint64 CalendarSpan::latest(const CalendarTime& time) {
    if (!time.isValid())
        return 0;
    return utcMs(time) + (viewerDependent(time) ? kZoneSlackMs : 0);
}

CalendarSpan CalendarSpan::ofSeries(const RecurrenceSet& series, const CalendarTime& firstEnd) {
    CalendarSpan span = of(series.start, firstEnd);
    const bool bounded = std::all_of(series.rules.cbegin(), series.rules.cend(), [](const RecurrenceRule& rule) {
        return rule.count > 0 || rule.until.has_value();
    });
    if (!bounded)
        return {span.start, kOpenEnd};
    // Far enough for any bounded rule people write; a series longer than that counts as open.
    constexpr int kMostOccurrences = 20000;
    const QTimeZone utc = QTimeZone::utc();
    const QList<CalendarTime> all = series.first(kMostOccurrences, utc);
    if (all.size() >= kMostOccurrences)
        return {span.start, kOpenEnd};
    const qint64 length = span.end - span.start;
    for (const CalendarTime& occurrence : all)
        span.end = std::max(span.end, latest(occurrence) + length);
    return span;
}

CalendarSpan CalendarSpan::of(const CalendarTime& start, const CalendarTime& end) {
    const qint64 from = earliest(start);
    return {from, std::max(from, std::max(latest(start), latest(end)))};
}

} // namespace Fieldbook
