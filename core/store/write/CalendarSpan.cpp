#include "CalendarSpan.h"

#include <QTimeZone>

namespace Fieldbook {

namespace {

bool viewerDependent(const CalendarTime& time) {
    return time.kind == CalendarTime::Kind::Date || time.kind == CalendarTime::Kind::Floating;
}

qint64 utcMs(const CalendarTime& time) {
    return time.toDateTime(QTimeZone::utc()).toMSecsSinceEpoch();
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

CalendarSpan CalendarSpan::of(const CalendarTime& start, const CalendarTime& end) {
    const qint64 from = earliest(start);
    return {from, std::max(from, std::max(latest(start), latest(end)))};
}

} // namespace Fieldbook
