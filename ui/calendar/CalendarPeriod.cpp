#include "CalendarPeriod.h"

namespace Fieldbook {

QDate CalendarPeriod::weekStart(QDate date, const QLocale& locale) {
    const int back = (date.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    return date.addDays(-back);
}

QList<QDate> CalendarPeriod::gridDays(CalendarMode mode, QDate date, const QLocale& locale) {
    if (mode == CalendarMode::Day)
        return {date};
    const QDate first = weekStart(date, locale);
    const QList<Qt::DayOfWeek> working = locale.weekdays();
    QList<QDate> days;
    for (int i = 0; i < 7; ++i) {
        const QDate day = first.addDays(i);
        if (mode != CalendarMode::WorkWeek || working.contains(Qt::DayOfWeek(day.dayOfWeek())))
            days.append(day);
    }
    if (days.isEmpty()) // a locale without working days: the whole week
        return gridDays(CalendarMode::Week, date, locale);
    return days;
}

CalendarRange CalendarPeriod::range(CalendarMode mode, QDate date, const QLocale& locale) {
    switch (mode) {
    case CalendarMode::Day:
    case CalendarMode::WorkWeek:
    case CalendarMode::Week: {
        const QList<QDate> days = gridDays(mode, date, locale);
        return {days.first(), days.last().addDays(1)};
    }
    case CalendarMode::Month: {
        const QDate first = weekStart(QDate(date.year(), date.month(), 1), locale);
        return {first, first.addDays(7 * kMonthWeeks)};
    }
    case CalendarMode::Agenda:
        return {date, date.addDays(kAgendaDays)};
    }
    return {date, date.addDays(1)};
}

QDate CalendarPeriod::step(CalendarMode mode, QDate date, int direction) {
    switch (mode) {
    case CalendarMode::Day:
        return date.addDays(direction);
    case CalendarMode::WorkWeek:
    case CalendarMode::Week:
        return date.addDays(7 * direction);
    case CalendarMode::Month:
        return date.addMonths(direction);
    case CalendarMode::Agenda:
        return date.addDays(kAgendaDays * direction);
    }
    return date;
}

} // namespace Fieldbook
