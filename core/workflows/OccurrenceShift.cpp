#include "OccurrenceShift.h"

#include "calendar/RecurrenceSet.h"

#include <QTimeZone>

namespace Fieldbook {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// The wall clock `wall` (wallClockOf()) on the clock of `like`.
CalendarTime fromWallClock(const CalendarTime& like, const QDateTime& wall) {
    if (like.isAllDay())
        return CalendarTime::ofDate(wall.date());
    CalendarTime result = like;
    result.date = wall.date();
    result.time = wall.time();
    return result;
}

} // namespace

OccurrenceShift OccurrenceShift::between(const CalendarTime& from, const CalendarTime& to) {
    OccurrenceShift shift;
    shift.to = to;
    shift.onSameClock = from.kind == to.kind && from.zone == to.zone;
    shift.days = int(from.date.daysTo(to.date));
    if (from.isAllDay() != to.isAllDay()) {
        shift.kindChanged = true;
        return shift;
    }
    if (to.isAllDay()) {
        shift.deltaMs = shift.days * kDayMs;
        return shift;
    }
    const CalendarTime onClock = OccurrenceTimes::onClockOf(to, OccurrenceTimes::instantOf(from));
    shift.deltaMs = OccurrenceTimes::wallClockOf(onClock).msecsTo(OccurrenceTimes::wallClockOf(to));
    return shift;
}

CalendarTime OccurrenceShift::apply(const CalendarTime& value) const {
    if (kindChanged || value.isAllDay() != to.isAllDay()) {
        // Between all-day and timed only the date moves; a timed result takes the new time of day.
        const QDate date = value.date.addDays(days);
        return to.isAllDay() ? CalendarTime::ofDate(date)
                             : fromWallClock(to, QDateTime(date, to.time, QTimeZone::utc()));
    }
    if (to.isAllDay())
        return CalendarTime::ofDate(value.date.addDays(deltaMs / kDayMs));
    const CalendarTime onClock = OccurrenceTimes::onClockOf(to, OccurrenceTimes::instantOf(value));
    return fromWallClock(to, OccurrenceTimes::wallClockOf(onClock).addMSecs(deltaMs));
}

namespace OccurrenceTimes {

QDateTime wallClockOf(const CalendarTime& value) {
    return QDateTime(value.date, value.time.isValid() ? value.time : QTime(0, 0), QTimeZone::utc());
}

QDateTime instantOf(const CalendarTime& value) {
    return value.toDateTime(QTimeZone::utc());
}

CalendarTime onClockOf(const CalendarTime& like, const QDateTime& instant) {
    switch (like.kind) {
    case CalendarTime::Kind::Zoned: {
        const QDateTime there = instant.toTimeZone(QTimeZone(like.zone));
        return CalendarTime::zoned(there.date(), there.time(), like.zone);
    }
    case CalendarTime::Kind::Utc:
        return CalendarTime::utc(instant);
    case CalendarTime::Kind::Date:
        return CalendarTime::ofDate(instant.toUTC().date());
    case CalendarTime::Kind::Floating:
        break;
    }
    const QDateTime wall = instant.toUTC();
    return CalendarTime::floating(wall.date(), wall.time());
}

CalendarTime endAfter(const CalendarTime& start, const CalendarTime& fromStart, const CalendarTime& fromEnd) {
    if (start.isAllDay())
        return CalendarTime::ofDate(start.date.addDays(std::max<qint64>(1, fromStart.date.daysTo(fromEnd.date))));
    const qint64 length =
        fromStart.isAllDay() ? 3600 * 1000 : std::max<qint64>(0, wallClockOf(fromStart).msecsTo(wallClockOf(fromEnd)));
    return fromWallClock(start, wallClockOf(start).addMSecs(length));
}

CalendarTime untilBefore(const CalendarTime& occurrence) {
    switch (occurrence.kind) {
    case CalendarTime::Kind::Date:
        return CalendarTime::ofDate(occurrence.date.addDays(-1));
    case CalendarTime::Kind::Floating: {
        const QDateTime before = wallClockOf(occurrence).addSecs(-1);
        return CalendarTime::floating(before.date(), before.time());
    }
    default:
        return CalendarTime::utc(instantOf(occurrence).addSecs(-1));
    }
}

CalendarTime onSeriesClock(const CalendarEvent& series, const CalendarTime& id) {
    return series.recurrence().recurrenceId(id, QTimeZone::utc());
}

CalendarTime onClockOfShown(const CalendarTime& like, const QDateTime& shown) {
    switch (like.kind) {
    case CalendarTime::Kind::Date:
        return CalendarTime::ofDate(shown.date());
    case CalendarTime::Kind::Floating:
        return CalendarTime::floating(shown.date(), shown.time());
    default:
        return onClockOf(like, shown);
    }
}

bool occursAt(const CalendarEvent& series, const CalendarTime& id) {
    const RecurrenceSet set = series.recurrence();
    if (!set.isRecurring())
        return instantOf(series.start) == instantOf(id);
    const CalendarTime own = set.recurrenceId(id, QTimeZone::utc());
    const QDateTime at = instantOf(own);
    const QList<CalendarTime> around = set.between(at, at.addSecs(1), QTimeZone::utc(), 4);
    return around.contains(own);
}

bool hasOccurrenceBefore(const CalendarEvent& series, const CalendarTime& id) {
    const RecurrenceSet set = series.recurrence();
    const QDateTime first = std::min(instantOf(series.start), instantOf(id)).addDays(-366);
    return !set.between(first, instantOf(set.recurrenceId(id, QTimeZone::utc())), QTimeZone::utc(), 1).isEmpty();
}

int instancesBefore(const CalendarEvent& series, const QString& rule, const CalendarTime& id) {
    auto parsed = RecurrenceRule::parse(rule);
    if (!parsed)
        return 0;
    RecurrenceSet set;
    set.start = series.start;
    set.rules = {*parsed};
    return int(set.between(instantOf(series.start), instantOf(set.recurrenceId(id, QTimeZone::utc())), QTimeZone::utc())
                   .size());
}

QString endedBefore(const QString& rule, const CalendarTime& id) {
    auto parsed = RecurrenceRule::parse(rule);
    if (!parsed)
        return rule;
    const CalendarTime until = untilBefore(id);
    if (parsed->until && instantOf(*parsed->until) <= instantOf(until))
        return rule;
    parsed->count = 0;
    parsed->until = until;
    return parsed->toText();
}

QString withCountReduced(const QString& rule, int used) {
    auto parsed = RecurrenceRule::parse(rule);
    if (!parsed || parsed->count == 0 || used <= 0)
        return rule;
    parsed->count = std::max(1, parsed->count - used);
    return parsed->toText();
}

QString shiftedByDays(const QString& rule, int days) {
    auto parsed = RecurrenceRule::parse(rule);
    if (!parsed || days == 0)
        return rule;
    RecurrenceRule& r = *parsed;
    const bool plainDays =
        std::all_of(r.byDay.cbegin(), r.byDay.cend(), [](const WeekdayNum& d) { return d.ordinal == 0; });
    if (r.frequency == Frequency::Weekly && plainDays && !r.byDay.isEmpty()) {
        for (WeekdayNum& d : r.byDay)
            d.day = Qt::DayOfWeek((int(d.day) - 1 + days % 7 + 7) % 7 + 1);
        return r.toText();
    }
    const bool monthly = r.frequency == Frequency::Monthly || r.frequency == Frequency::Yearly;
    if (monthly && r.byDay.isEmpty() && r.byMonthDay.size() == 1 && r.byMonthDay.first() > 0) {
        const int day = r.byMonthDay.first() + days;
        if (day < 1 || day > 31)
            return rule;
        r.byMonthDay = {day};
        return r.toText();
    }
    return rule;
}

} // namespace OccurrenceTimes

} // namespace Fieldbook
