#include "CalendarTime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr auto kDateFormat = "yyyy-MM-dd";
constexpr auto kTimeFormat = "HH:mm:ss";

/// The wall clock `date` `time` in `zone`: gaps move forward by their length, folds take the
/// first instant. Qt 6.4 leaves the resolution of both to the platform, so it is done here.
QDateTime resolveWallClock(QDate date, QTime time, const QTimeZone& zone) {
    const QDateTime asUtc(date, time, QTimeZone::utc());
    // The offsets that apply a day either side bound every offset the wall clock can have.
    const int before = zone.offsetFromUtc(asUtc.addDays(-1));
    const int after = zone.offsetFromUtc(asUtc.addDays(1));
    const int first = std::max(before, after); // the larger offset gives the earlier instant
    const int second = std::min(before, after);
    for (const int offset : {first, second}) {
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset)
            return candidate.toTimeZone(zone);
    }
    // In a gap: the offset before the gap, which is the wall clock moved forward by the gap.
    return asUtc.addSecs(-before).toTimeZone(zone);
}

} // namespace

CalendarTime CalendarTime::ofDate(QDate date) {
    return {Kind::Date, date, QTime(), {}};
}

CalendarTime CalendarTime::zoned(QDate date, QTime time, QByteArray ianaId) {
    return {Kind::Zoned, date, time, std::move(ianaId)};
}

CalendarTime CalendarTime::utc(const QDateTime& instant) {
    const QDateTime inUtc = instant.toUTC();
    return {Kind::Utc, inUtc.date(), inUtc.time(), {}};
}

CalendarTime CalendarTime::floating(QDate date, QTime time) {
    return {Kind::Floating, date, time, {}};
}

bool CalendarTime::isValid() const {
    if (!date.isValid())
        return false;
    if (kind == Kind::Date)
        return true;
    if (!time.isValid())
        return false;
    return kind != Kind::Zoned || QTimeZone(zone).isValid();
}

QDateTime CalendarTime::toDateTime(const QTimeZone& viewer) const {
    switch (kind) {
    case Kind::Date:
        return resolveWallClock(date, QTime(0, 0), viewer);
    case Kind::Utc:
        return QDateTime(date, time, QTimeZone::utc());
    case Kind::Zoned:
        return resolveWallClock(date, time, QTimeZone(zone));
    case Kind::Floating:
        break;
    }
    return resolveWallClock(date, time, viewer);
}

CalendarTime CalendarTime::withDate(QDate other) const {
    CalendarTime moved = *this;
    moved.date = other;
    return moved;
}

QString CalendarTime::toText() const {
    const QString day = date.toString(QLatin1StringView(kDateFormat));
    if (kind == Kind::Date)
        return day;
    const QString clock = day + u'T' + time.toString(QLatin1StringView(kTimeFormat));
    switch (kind) {
    case Kind::Utc:
        return clock + u'Z';
    case Kind::Zoned:
        return clock + u'[' + QString::fromLatin1(zone) + u']';
    default:
        return clock;
    }
}

std::optional<CalendarTime> CalendarTime::fromText(QStringView text) {
    const QDate date = QDate::fromString(text.left(10).toString(), QLatin1StringView(kDateFormat));
    if (!date.isValid())
        return std::nullopt;
    if (text.size() == 10)
        return ofDate(date);
    if (text.size() < 19 || text.at(10) != u'T')
        return std::nullopt;
    const QTime time = QTime::fromString(text.mid(11, 8).toString(), QLatin1StringView(kTimeFormat));
    if (!time.isValid())
        return std::nullopt;
    const QStringView rest = text.mid(19);
    std::optional<CalendarTime> parsed;
    if (rest.isEmpty())
        parsed = floating(date, time);
    else if (rest == u"Z")
        parsed = CalendarTime{Kind::Utc, date, time, {}};
    else if (rest.size() > 2 && rest.front() == u'[' && rest.back() == u']')
        parsed = zoned(date, time, rest.mid(1, rest.size() - 2).toLatin1());
    if (parsed && !parsed->isValid())
        return std::nullopt;
    return parsed;
}

} // namespace Fieldbook
