#include "RecurrencePlan.h"

#include <algorithm>

namespace Fieldbook::RecurrenceDetail {

namespace {

/// Whether `value` (1-based) is in `list`, where a negative entry counts from the end of `size`.
bool listHas(const std::vector<int>& list, int value, int size) {
    for (const int entry : list) {
        if ((entry > 0 ? entry : size + entry + 1) == value)
            return true;
    }
    return false;
}

void sortUnique(std::vector<qint64>& days) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
}

std::vector<int> sortedUnique(const QList<int>& values) {
    std::vector<int> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

bool contains(const std::vector<int>& sorted, int value) {
    return std::binary_search(sorted.begin(), sorted.end(), value);
}

int daysInYear(int year) {
    return QDate::isLeapYear(year) ? 366 : 365;
}

} // namespace

qint64 julianDay(int year, int month, int day) {
    const QDate date(year, month, day);
    return date.isValid() ? date.toJulianDay() : -1;
}

int daysInMonth(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && QDate::isLeapYear(year) ? 29 : days[month - 1];
}

qint64 weekYearStart(int year, int weekStart) {
    const qint64 january1 = julianDay(year, 1, 1);
    const qint64 back = (dayOfWeek(january1) - weekStart + 7) % 7; // days of the week before 1 January
    return back <= 3 ? january1 - back : january1 - back + 7;
}

int weekYearOf(qint64 day, int weekStart) {
    const int year = QDate::fromJulianDay(day).year();
    if (day < weekYearStart(year, weekStart))
        return year - 1;
    return day >= weekYearStart(year + 1, weekStart) ? year + 1 : year;
}

RecurrencePlan::RecurrencePlan(const RecurrenceRule& rule, QDate startDate, QTime startTime, bool allDay)
    : m_frequency(rule.frequency)
    , m_weekStart(int(rule.weekStart))
    , m_startMonth(startDate.month())
    , m_startDay(startDate.day())
    , m_startWeekday(startDate.dayOfWeek())
    , m_monthDaysList(rule.byMonthDay.begin(), rule.byMonthDay.end())
    , m_yearDaysList(rule.byYearDay.begin(), rule.byYearDay.end())
    , m_weekNos(rule.byWeekNo.begin(), rule.byWeekNo.end())
    , m_setPos(rule.bySetPos.begin(), rule.bySetPos.end())
    , m_byDay(rule.byDay.begin(), rule.byDay.end())
    , m_allDay(allDay) {
    for (const int month : rule.byMonth)
        m_monthMask |= 1u << month;
    compileTimes(rule, startTime, allDay);
}

void RecurrencePlan::compileTimes(const RecurrenceRule& rule, QTime startTime, bool allDay) {
    if (allDay) { // RFC 5545: a DATE series has no time of day, so BYHOUR and finer say nothing
        m_defaultMinutes = m_defaultSeconds = m_dayTimes = {0};
        return;
    }
    QList<int> seconds = rule.bySecond;
    std::replace(seconds.begin(), seconds.end(), 60, 59); // a leap second, which QTime cannot hold
    m_hours = sortedUnique(rule.byHour);
    m_minutes = sortedUnique(rule.byMinute);
    m_seconds = sortedUnique(seconds);
    m_defaultMinutes = m_minutes.empty() ? std::vector<int>{startTime.minute()} : m_minutes;
    m_defaultSeconds = m_seconds.empty() ? std::vector<int>{startTime.second()} : m_seconds;
    const std::vector<int> hours = m_hours.empty() ? std::vector<int>{startTime.hour()} : m_hours;
    for (const int hour : hours) {
        for (const int minute : m_defaultMinutes) {
            for (const int second : m_defaultSeconds)
                m_dayTimes.push_back(hour * 3600 + minute * 60 + second);
        }
    }
}

bool RecurrencePlan::byDayMatches(qint64 day, qint64 scopeFirst, qint64 scopeLast, bool ordinals) const {
    const int weekday = dayOfWeek(day);
    for (const WeekdayNum& entry : m_byDay) {
        if (int(entry.day) != weekday)
            continue;
        if (!ordinals || entry.ordinal == 0)
            return true;
        if (entry.ordinal > 0 && (day - scopeFirst) / 7 + 1 == entry.ordinal)
            return true;
        if (entry.ordinal < 0 && -((scopeLast - day) / 7 + 1) == entry.ordinal)
            return true;
    }
    return false;
}

bool RecurrencePlan::weekNoMatches(qint64 day) const {
    const int year = weekYearOf(day, m_weekStart);
    const qint64 first = weekYearStart(year, m_weekStart);
    const int weeks = int((weekYearStart(year + 1, m_weekStart) - first) / 7);
    return listHas(m_weekNos, int((day - first) / 7) + 1, weeks);
}

bool RecurrencePlan::passes(qint64 day, unsigned checks) const {
    int year = 0, month = 0, dayOfMonth = 0;
    QDate::fromJulianDay(day).getDate(&year, &month, &dayOfMonth);
    if ((checks & CheckMonth) && m_monthMask != 0 && (m_monthMask & (1u << month)) == 0)
        return false;
    if ((checks & CheckMonthDay) && !m_monthDaysList.empty() &&
        !listHas(m_monthDaysList, dayOfMonth, daysInMonth(year, month)))
        return false;
    if ((checks & CheckYearDay) && !m_yearDaysList.empty() &&
        !listHas(m_yearDaysList, int(day - julianDay(year, 1, 1)) + 1, daysInYear(year)))
        return false;
    if ((checks & CheckWeekNo) && !m_weekNos.empty() && !weekNoMatches(day))
        return false;
    if (m_byDay.empty())
        return true;
    if (checks & CheckWeekday)
        return byDayMatches(day, 0, 0, false);
    if (checks & CheckOrdinalInMonth)
        return byDayMatches(day, day - dayOfMonth + 1, day - dayOfMonth + daysInMonth(year, month), true);
    if (checks & CheckOrdinalInYear)
        return byDayMatches(day, julianDay(year, 1, 1), julianDay(year, 12, 31), true);
    return true;
}

void RecurrencePlan::keep(std::vector<qint64>& days, unsigned checks) const {
    days.erase(std::remove_if(days.begin(), days.end(), [&](qint64 day) { return !passes(day, checks); }), days.end());
    sortUnique(days);
}

void RecurrencePlan::addWeekdays(qint64 first, qint64 last, std::vector<qint64>& days) const {
    for (const WeekdayNum& entry : m_byDay) {
        const qint64 firstSuch = first + (int(entry.day) - dayOfWeek(first) + 7) % 7;
        if (entry.ordinal == 0) {
            for (qint64 day = firstSuch; day <= last; day += 7)
                days.push_back(day);
        } else if (entry.ordinal > 0) {
            const qint64 day = firstSuch + (entry.ordinal - 1) * 7;
            if (day <= last)
                days.push_back(day);
        } else {
            const qint64 day = last - (dayOfWeek(last) - int(entry.day) + 7) % 7 + (entry.ordinal + 1) * 7;
            if (day >= first)
                days.push_back(day);
        }
    }
}

void RecurrencePlan::addWeekNoDays(int year, std::vector<qint64>& days) const {
    const qint64 first = weekYearStart(year, m_weekStart);
    const qint64 weeks = (weekYearStart(year + 1, m_weekStart) - first) / 7;
    const bool wholeWeeks = !m_monthDaysList.empty() || !m_yearDaysList.empty();
    for (const int weekNo : m_weekNos) {
        const qint64 index = weekNo > 0 ? weekNo : weeks + weekNo + 1;
        if (index < 1 || index > weeks)
            continue;
        const qint64 weekFirst = first + (index - 1) * 7;
        if (!m_byDay.empty()) {
            for (const WeekdayNum& entry : m_byDay)
                days.push_back(weekFirst + (int(entry.day) - m_weekStart + 7) % 7);
        } else if (wholeWeeks) {
            for (int offset = 0; offset < 7; ++offset)
                days.push_back(weekFirst + offset);
        } else { // the weekday of DTSTART (RFC 5545: what the rule does not say comes from DTSTART)
            days.push_back(weekFirst + (m_startWeekday - m_weekStart + 7) % 7);
        }
    }
}

void RecurrencePlan::addMonthDaysOfYear(int year, std::vector<qint64>& days) const {
    for (int month = 1; month <= 12; ++month) {
        if (m_monthMask != 0 && (m_monthMask & (1u << month)) == 0)
            continue;
        const int length = daysInMonth(year, month);
        const qint64 first = julianDay(year, month, 1);
        for (const int entry : m_monthDaysList) {
            const int day = entry > 0 ? entry : length + entry + 1;
            if (day >= 1 && day <= length)
                days.push_back(first + day - 1);
        }
    }
}

void RecurrencePlan::addYearDays(int year, std::vector<qint64>& days) const {
    const int length = daysInYear(year);
    const qint64 first = julianDay(year, 1, 1);
    for (const int entry : m_yearDaysList) {
        const int day = entry > 0 ? entry : length + entry + 1;
        if (day >= 1 && day <= length)
            days.push_back(first + day - 1);
    }
}

void RecurrencePlan::addYearDefault(int year, std::vector<qint64>& days) const {
    for (int month = 1; month <= 12; ++month) {
        const bool wanted = m_monthMask != 0 ? (m_monthMask & (1u << month)) != 0 : month == m_startMonth;
        const qint64 day = wanted ? julianDay(year, month, m_startDay) : -1;
        if (day >= 0) // 29 February in a common year, 31 April: skipped, not moved
            days.push_back(day);
    }
}

void RecurrencePlan::yearDays(int year, std::vector<qint64>& days) const {
    days.clear();
    if (!m_weekNos.empty()) {
        addWeekNoDays(year, days);
    } else if (!m_yearDaysList.empty()) {
        addYearDays(year, days);
    } else if (!m_monthDaysList.empty()) {
        addMonthDaysOfYear(year, days);
    } else if (!m_byDay.empty() && m_monthMask != 0) { // RFC 5545: ordinals count in the month
        for (int month = 1; month <= 12; ++month) {
            if (m_monthMask & (1u << month))
                addWeekdays(julianDay(year, month, 1), julianDay(year, month, daysInMonth(year, month)), days);
        }
    } else if (!m_byDay.empty()) {
        addWeekdays(julianDay(year, 1, 1), julianDay(year, 12, 31), days);
    } else {
        addYearDefault(year, days);
    }
    keep(days,
         CheckMonth | CheckMonthDay | CheckYearDay | (m_monthMask != 0 ? CheckOrdinalInMonth : CheckOrdinalInYear));
}

void RecurrencePlan::monthDays(int year, int month, std::vector<qint64>& days) const {
    days.clear();
    if (m_monthMask != 0 && (m_monthMask & (1u << month)) == 0)
        return;
    const int length = daysInMonth(year, month);
    const qint64 first = julianDay(year, month, 1);
    if (!m_monthDaysList.empty()) {
        for (const int entry : m_monthDaysList) {
            const int day = entry > 0 ? entry : length + entry + 1;
            if (day >= 1 && day <= length)
                days.push_back(first + day - 1);
        }
    } else if (!m_byDay.empty()) {
        addWeekdays(first, first + length - 1, days);
    } else if (m_startDay <= length) {
        days.push_back(first + m_startDay - 1);
    }
    keep(days, CheckOrdinalInMonth | CheckYearDay | CheckWeekNo);
}

void RecurrencePlan::weekDays(qint64 weekFirst, std::vector<qint64>& days) const {
    days.clear();
    if (m_byDay.empty())
        days.push_back(weekFirst + (m_startWeekday - m_weekStart + 7) % 7);
    for (const WeekdayNum& entry : m_byDay) // RFC 5545: no ordinals in WEEKLY; the weekday counts
        days.push_back(weekFirst + (int(entry.day) - m_weekStart + 7) % 7);
    keep(days, CheckMonth | CheckMonthDay | CheckYearDay | CheckWeekNo);
}

bool RecurrencePlan::dayPasses(qint64 day, bool* monthFails) const {
    if (m_monthMask != 0 && (m_monthMask & (1u << QDate::fromJulianDay(day).month())) == 0) {
        *monthFails = true;
        return false;
    }
    *monthFails = false;
    return passes(day, CheckMonthDay | CheckYearDay | CheckWeekNo | CheckWeekday);
}

int RecurrencePlan::failedTimeUnit(int secondOfDay) const {
    if (m_allDay)
        return 0;
    if (!m_hours.empty() && !contains(m_hours, secondOfDay / 3600))
        return 3600;
    if (m_frequency != Frequency::Hourly && !m_minutes.empty() && !contains(m_minutes, secondOfDay / 60 % 60))
        return 60;
    if (m_frequency == Frequency::Secondly && !m_seconds.empty() && !contains(m_seconds, secondOfDay % 60))
        return 1;
    return 0;
}

void RecurrencePlan::subDayTimes(int secondOfDay, std::vector<int>& times) const {
    times.clear();
    if (m_allDay) {
        times.push_back(0);
    } else if (m_frequency == Frequency::Hourly) {
        for (const int minute : m_defaultMinutes) {
            for (const int second : m_defaultSeconds)
                times.push_back(secondOfDay / 3600 * 3600 + minute * 60 + second);
        }
    } else if (m_frequency == Frequency::Minutely) {
        for (const int second : m_defaultSeconds)
            times.push_back(secondOfDay / 60 * 60 + second);
    } else {
        times.push_back(secondOfDay);
    }
}

} // namespace Fieldbook::RecurrenceDetail
