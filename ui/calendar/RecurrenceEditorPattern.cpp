#include "RecurrenceEditorPattern.h"

#include <algorithm>

namespace Fieldbook {

namespace {

/// Which of its weekdays `date` is in its month: 1..4, or -1 for a fifth one (the last).
int ordinalIn(QDate date) {
    const int nth = (date.day() - 1) / 7 + 1;
    return nth > 4 ? -1 : nth;
}

bool plainDays(const QList<WeekdayNum>& days) {
    return std::all_of(days.cbegin(), days.cend(), [](const WeekdayNum& d) { return d.ordinal == 0; });
}

} // namespace

RecurrencePattern RecurrencePattern::startingOn(Frequency frequency, QDate start) {
    RecurrencePattern p;
    p.frequency = frequency;
    p.days = {Qt::DayOfWeek(start.dayOfWeek())};
    p.monthDay = start.day();
    p.ordinal = ordinalIn(start);
    p.weekday = Qt::DayOfWeek(start.dayOfWeek());
    p.until = start.addMonths(3);
    return p;
}

namespace {

/// A weekly rule's weekdays (a daily rule on some weekdays is one too); false when it says more.
bool readWeekdays(const RecurrenceRule& r, RecurrencePattern& p) {
    if (!r.byMonthDay.isEmpty() || !r.byMonth.isEmpty() || !plainDays(r.byDay))
        return false;
    if (r.frequency == Frequency::Daily && !r.byDay.isEmpty()) {
        if (r.interval != 1) // every day of some weekdays is a weekly rule on those days
            return false;
        p.frequency = Frequency::Weekly;
    }
    if (!r.byDay.isEmpty()) {
        p.days.clear();
        for (const WeekdayNum& d : r.byDay)
            if (!p.days.contains(d.day))
                p.days.append(d.day);
    }
    return true;
}

/// A monthly rule's day of the month or nth weekday; false when it says more.
bool readMonthly(const RecurrenceRule& r, RecurrencePattern& p) {
    if (!r.byMonth.isEmpty() || r.byMonthDay.size() + r.byDay.size() > 1)
        return false;
    if (r.byMonthDay.size() == 1) {
        const int day = r.byMonthDay.first();
        if (day < -1 || day == 0)
            return false;
        p.monthly = RecurrencePattern::Monthly::OnDay;
        p.monthDay = day;
    } else if (r.byDay.size() == 1) {
        const WeekdayNum d = r.byDay.first();
        if (d.ordinal < -1 || d.ordinal == 0 || d.ordinal > 4)
            return false;
        p.monthly = RecurrencePattern::Monthly::OnWeekday;
        p.ordinal = d.ordinal;
        p.weekday = d.day;
    }
    return true;
}

} // namespace

std::optional<RecurrencePattern> RecurrencePattern::of(const RecurrenceRule& r, QDate start, QDate untilDate) {
    if (!r.bySecond.isEmpty() || !r.byMinute.isEmpty() || !r.byHour.isEmpty() || !r.byYearDay.isEmpty() ||
        !r.byWeekNo.isEmpty() || !r.bySetPos.isEmpty() || r.interval < 1 || r.interval > 999)
        return std::nullopt;
    RecurrencePattern p = startingOn(r.frequency, start);
    p.interval = r.interval;
    p.end = r.count > 0 ? End::After : r.until ? End::Until : End::Never;
    p.count = r.count > 0 ? r.count : p.count;
    p.until = r.until ? untilDate : p.until;
    bool shown = false;
    switch (r.frequency) {
    case Frequency::Daily:
    case Frequency::Weekly:
        shown = readWeekdays(r, p);
        break;
    case Frequency::Monthly:
        shown = readMonthly(r, p);
        break;
    case Frequency::Yearly:
        shown = r.byDay.isEmpty() && (r.byMonth.isEmpty() || r.byMonth == QList<int>{start.month()}) &&
                (r.byMonthDay.isEmpty() || r.byMonthDay == QList<int>{start.day()});
        break;
    default:
        break;
    }
    return shown ? std::optional<RecurrencePattern>(p) : std::nullopt;
}

RecurrenceRule RecurrencePattern::toRule(const std::optional<CalendarTime>& untilValue) const {
    RecurrenceRule r;
    r.frequency = frequency;
    r.interval = std::max(1, interval);
    if (frequency == Frequency::Weekly) {
        QList<Qt::DayOfWeek> sorted = days;
        std::sort(sorted.begin(), sorted.end());
        for (Qt::DayOfWeek d : std::as_const(sorted))
            r.byDay.append({0, d});
    } else if (frequency == Frequency::Monthly) {
        if (monthly == Monthly::OnDay)
            r.byMonthDay = {monthDay};
        else
            r.byDay = {{ordinal, weekday}};
    }
    if (end == End::After)
        r.count = std::max(1, count);
    else if (end == End::Until)
        r.until = untilValue;
    return r;
}

bool RecurrencePattern::followStart(QDate from, QDate to) {
    if (!from.isValid() || !to.isValid() || from == to)
        return false;
    const RecurrencePattern before = *this;
    const auto oldDay = Qt::DayOfWeek(from.dayOfWeek());
    if (frequency == Frequency::Weekly && days == QList<Qt::DayOfWeek>{oldDay})
        days = {Qt::DayOfWeek(to.dayOfWeek())};
    if (frequency == Frequency::Monthly && monthly == Monthly::OnDay && monthDay == from.day())
        monthDay = to.day();
    if (frequency == Frequency::Monthly && monthly == Monthly::OnWeekday && weekday == oldDay &&
        ordinal == ordinalIn(from)) {
        weekday = Qt::DayOfWeek(to.dayOfWeek());
        ordinal = ordinalIn(to);
    }
    return !(before == *this);
}

} // namespace Fieldbook
