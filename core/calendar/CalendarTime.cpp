#include "CalendarTime.h"

#include "RecurrenceClock.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

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

/// Zones by IANA id: constructing a QTimeZone reads the zone database, and calendars convert
/// thousands of values of a handful of zones (docs/calendar.md, Performance).
const QTimeZone& zoneNamed(const QByteArray& id) {
    thread_local QHash<QByteArray, QTimeZone> zones;
    thread_local QByteArray lastId; // a period's values are mostly in one zone: no hash for them
    thread_local const QTimeZone* last = nullptr;
    if (last && id == lastId)
        return *last;
    auto found = zones.constFind(id);
    if (found == zones.cend())
        found = zones.insert(id, QTimeZone(id));
    lastId = id;
    last = &*found; // a QHash node stays where it is until the hash grows, and then `last` is set anew
    return *found;
}

/// The number in `digits` characters of `text` from `at`; -1 when one is not a digit.
int number(QStringView text, qsizetype at, int digits) {
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// "yyyy-MM-dd" at the start of `text`; invalid otherwise.
QDate dateAt(QStringView text) {
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = number(text, 0, 4);
    const int month = number(text, 5, 2);
    const int day = number(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

/// "HH:mm:ss" at `at` of `text`; invalid otherwise.
QTime timeAt(QStringView text, qsizetype at) {
    if (text.size() < at + 8 || text.at(at + 2) != u':' || text.at(at + 5) != u':')
        return {};
    const int hour = number(text, at, 2);
    const int minute = number(text, at + 3, 2);
    const int second = number(text, at + 6, 2);
    return hour < 0 || minute < 0 || second < 0 ? QTime() : QTime(hour, minute, second);
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
    return kind != Kind::Zoned || zoneNamed(zone).isValid();
}

QDateTime CalendarTime::toDateTime(const QTimeZone& viewer) const {
    switch (kind) {
    case Kind::Date:
        return resolveWallClock(date, QTime(0, 0), viewer);
    case Kind::Utc:
        return QDateTime(date, time, QTimeZone::utc());
    case Kind::Zoned:
        return resolveWallClock(date, time, zoneNamed(zone));
    case Kind::Floating:
        break;
    }
    return resolveWallClock(date, time, viewer);
}

qint64 CalendarTime::toMSecsSinceEpoch(const QTimeZone& viewer) const {
    using RecurrenceDetail::RecurrenceClock;
    const QTime clock = kind == Kind::Date ? QTime(0, 0) : time;
    if (kind == Kind::Utc) {
        constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
        return (date.toJulianDay() - kEpochJulianDay) * 86'400'000 + clock.msecsSinceStartOfDay();
    }
    return RecurrenceClock(*this, viewer).toUtc(RecurrenceClock::wallOf(date, clock)) * 1000;
}

QDateTime CalendarTime::wallClockAt(qint64 msecs, const QTimeZone& zone) {
    using RecurrenceDetail::RecurrenceClock;
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000); // floor
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC,
                                          RecurrenceClock(CalendarTime(), zone).offsetAt(seconds));
}

CalendarTime CalendarTime::withDate(QDate other) const {
    CalendarTime moved = *this;
    moved.date = other;
    return moved;
}

QString CalendarTime::toText() const {
    // By hand: QDate::toString with a format is slow, and calendars write thousands of these.
    const auto two = [](QString& out, int value) {
        out.append(QChar(u'0' + value / 10));
        out.append(QChar(u'0' + value % 10));
    };
    QString day;
    day.reserve(40);
    day.append(QString::number(date.year()).rightJustified(4, u'0'));
    day.append(u'-');
    two(day, date.month());
    day.append(u'-');
    two(day, date.day());
    if (kind == Kind::Date)
        return day;
    QString clock = day;
    clock.append(u'T');
    two(clock, time.hour());
    clock.append(u':');
    two(clock, time.minute());
    clock.append(u':');
    two(clock, time.second());
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
    const QDate date = dateAt(text);
    if (!date.isValid())
        return std::nullopt;
    if (text.size() == 10)
        return ofDate(date);
    if (text.size() < 19 || text.at(10) != u'T')
        return std::nullopt;
    const QTime time = timeAt(text, 11);
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
