#pragma once

#include <QDate>
#include <QList>
#include <QLocale>

namespace Fieldbook {

/// The views of the calendar, in the order of the view switch.
enum class CalendarMode { Day, WorkWeek, Week, Month, Agenda };

/// A span of dates; `lastExclusive` is the day after the last one.
struct CalendarRange {
    QDate first;
    QDate lastExclusive;

    bool contains(QDate date) const { return date >= first && date < lastExclusive; }
    int days() const { return int(first.daysTo(lastExclusive)); }
    friend bool operator==(const CalendarRange&, const CalendarRange&) = default;
};

/// Which dates a view shows around a date, by the locale's first day of the week and working days.
class CalendarPeriod final {
public:
    /// Days the agenda lists from its date on.
    static constexpr int kAgendaDays = 30;
    /// Weeks of the month view.
    static constexpr int kMonthWeeks = 6;

    /// The first day of the week holding `date` (QLocale::firstDayOfWeek()).
    static QDate weekStart(QDate date, const QLocale& locale);
    /// The days the time grid shows: the date; the locale's working days of its week; or the whole week.
    static QList<QDate> gridDays(CalendarMode mode, QDate date, const QLocale& locale);
    /// The dates a view covers (for the month view its six weeks, for the agenda kAgendaDays days).
    static CalendarRange range(CalendarMode mode, QDate date, const QLocale& locale);
    /// The date one period before (direction -1) or after (+1) `date`.
    static QDate step(CalendarMode mode, QDate date, int direction);
};

} // namespace Fieldbook
