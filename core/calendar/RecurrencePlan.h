#pragma once

#include "RecurrenceRule.h"

#include <vector>

namespace Fieldbook::RecurrenceDetail {

// Internals of the recurrence engine (docs/recurrence.md, How expansion works). Days are Julian
// day numbers (QDate::toJulianDay); a wall clock is `day * 86400 + seconds of the day`.

constexpr qint64 kSecondsPerDay = 86400;

/// 1 (Monday) to 7 (Sunday), as Qt::DayOfWeek.
inline int dayOfWeek(qint64 day) {
    return int(day % 7) + 1;
}
/// The Julian day of a date, or -1 when the date does not exist (30 February).
qint64 julianDay(int year, int month, int day);
int daysInMonth(int year, int month);
/// The first day of week 1 of `year` with weeks starting on `weekStart`: week 1 is the first week
/// with at least four days in the year (RFC 5545, BYWEEKNO; ISO 8601 when weeks start on Monday).
qint64 weekYearStart(int year, int weekStart);
/// The week-numbering year `day` belongs to (weeks starting on `weekStart`).
int weekYearOf(qint64 day, int weekStart);

/// A rule compiled against its start: which days and times each period of the rule holds
/// (RFC 5545, 3.3.10, the table of BYxxx parts that expand or limit per FREQ).
class RecurrencePlan {
public:
    RecurrencePlan(const RecurrenceRule& rule, QDate startDate, QTime startTime, bool allDay);

    Frequency frequency() const { return m_frequency; }
    bool usesWeekYears() const { return !m_weekNos.empty(); }
    int weekStart() const { return m_weekStart; }
    const std::vector<int>& setPositions() const { return m_setPos; }
    /// Every time of day (seconds, sorted) of a DAILY or coarser period.
    const std::vector<int>& dayTimes() const { return m_dayTimes; }

    /// The days (sorted, unique) of a YEARLY period: a calendar year, or with BYWEEKNO the
    /// week-numbering year.
    void yearDays(int year, std::vector<qint64>& days) const;
    void monthDays(int year, int month, std::vector<qint64>& days) const;
    void weekDays(qint64 weekStart, std::vector<qint64>& days) const;
    /// For DAILY and finer: whether `day` passes the day limits; `monthFails` tells that the whole
    /// month fails (so the caller can skip it).
    bool dayPasses(qint64 day, bool* monthFails) const;
    /// For HOURLY and finer: the times of day (sorted) in the hour, minute or second starting at
    /// `secondOfDay`; empty when BYHOUR, BYMINUTE or BYSECOND exclude it.
    void subDayTimes(int secondOfDay, std::vector<int>& times) const;
    /// The unit of the first BYHOUR/BYMINUTE/BYSECOND limit the period at `secondOfDay` fails
    /// (3600, 60 or 1), or 0 when it passes.
    int failedTimeUnit(int secondOfDay) const;

private:
    enum Check : unsigned {
        CheckMonth = 1,
        CheckMonthDay = 2,
        CheckYearDay = 4,
        CheckWeekNo = 8,
        CheckWeekday = 16,        ///< the weekday of BYDAY only (ordinals ignored)
        CheckOrdinalInMonth = 32, ///< BYDAY with ordinals counted in the month
        CheckOrdinalInYear = 64,  ///< BYDAY with ordinals counted in the year
    };
    bool passes(qint64 day, unsigned checks) const;
    bool byDayMatches(qint64 day, qint64 scopeFirst, qint64 scopeLast, bool ordinals) const;
    bool weekNoMatches(qint64 day) const;
    void addWeekdays(qint64 first, qint64 last, std::vector<qint64>& days) const;
    void addWeekNoDays(int year, std::vector<qint64>& days) const;
    void addMonthDaysOfYear(int year, std::vector<qint64>& days) const;
    void addYearDays(int year, std::vector<qint64>& days) const;
    void addYearDefault(int year, std::vector<qint64>& days) const;
    void keep(std::vector<qint64>& days, unsigned checks) const;
    void compileTimes(const RecurrenceRule& rule, QTime startTime, bool allDay);

    Frequency m_frequency;
    int m_weekStart;
    int m_startMonth;
    int m_startDay;
    int m_startWeekday;
    unsigned m_monthMask = 0; ///< bit m for BYMONTH m; 0: no BYMONTH
    std::vector<int> m_monthDaysList, m_yearDaysList, m_weekNos, m_setPos;
    std::vector<WeekdayNum> m_byDay;
    std::vector<int> m_hours, m_minutes, m_seconds; ///< sorted; empty: not limited
    std::vector<int> m_defaultMinutes, m_defaultSeconds;
    std::vector<int> m_dayTimes;
    bool m_allDay;
};

} // namespace Fieldbook::RecurrenceDetail
