#include "RecurrenceExpander.h"

#include "RecurrenceClock.h"

#include <algorithm>

namespace Fieldbook::RecurrenceDetail {

namespace {

constexpr qint64 kLastDay = 5373484;        // QDate(9999, 12, 31).toJulianDay(): iCalendar's last year
constexpr qint64 kGregorianCycle = 146097;  // days in 400 years, after which the calendar repeats
constexpr int kLargestInterval = 1'000'000; // larger intervals leave DTSTART alone anyway

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 quotient = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
}

qint64 firstOfNextMonth(qint64 day) {
    const QDate date = QDate::fromJulianDay(day);
    return QDate(date.year(), date.month(), 1).addMonths(1).toJulianDay();
}

} // namespace

RecurrenceExpander::RecurrenceExpander(const RecurrenceRule& rule, QDate startDate, QTime startTime, bool allDay)
    : m_plan(rule, startDate, startTime, allDay)
    , m_frequency(rule.frequency)
    , m_step(qint64(std::clamp(rule.interval, 1, kLargestInterval)) * (rule.frequency == Frequency::Weekly ? 7 : 1))
    , m_count(rule.count)
    , m_startWall(startDate.toJulianDay() * kSecondsPerDay + (allDay ? 0 : startTime.msecsSinceStartOfDay() / 1000))
    , m_key0(keyOf(m_startWall))
    // A rule that finds nothing for 400 years (times INTERVAL, the calendar's cycle seen through
    // the interval) never will: BYMONTHDAY=30;BYMONTH=2 ends instead of looping.
    , m_guardDays(kGregorianCycle * std::clamp(rule.interval, 1, 25)) {
    m_times = &m_plan.dayTimes();
}

qint64 RecurrenceExpander::keyOf(qint64 wall) const {
    const qint64 day = floorDiv(wall, kSecondsPerDay);
    const qint64 second = wall - day * kSecondsPerDay;
    switch (m_frequency) {
    case Frequency::Yearly:
        return m_plan.usesWeekYears() ? weekYearOf(day, m_plan.weekStart()) : QDate::fromJulianDay(day).year();
    case Frequency::Monthly: {
        const QDate date = QDate::fromJulianDay(day);
        return qint64(date.year()) * 12 + date.month() - 1;
    }
    case Frequency::Weekly:
        return day - (dayOfWeek(day) - m_plan.weekStart() + 7) % 7;
    case Frequency::Daily:
        return day;
    case Frequency::Hourly:
        return day * 24 + second / 3600;
    case Frequency::Minutely:
        return day * 1440 + second / 60;
    case Frequency::Secondly:
        break;
    }
    return wall;
}

qint64 RecurrenceExpander::periodStart(qint64 key) const {
    switch (m_frequency) {
    case Frequency::Yearly: {
        const int year = int(std::min<qint64>(key, 10000));
        return (m_plan.usesWeekYears() ? weekYearStart(year, m_plan.weekStart()) : julianDay(year, 1, 1)) *
               kSecondsPerDay;
    }
    case Frequency::Monthly: {
        const qint64 year = std::min<qint64>(floorDiv(key, 12), 10000);
        return julianDay(int(year), int(key - floorDiv(key, 12) * 12) + 1, 1) * kSecondsPerDay;
    }
    case Frequency::Weekly:
    case Frequency::Daily:
        return key * kSecondsPerDay;
    case Frequency::Hourly:
        return key * 3600;
    case Frequency::Minutely:
        return key * 60;
    case Frequency::Secondly:
        break;
    }
    return key;
}

qint64 RecurrenceExpander::alignUp(qint64 key) const {
    return m_key0 - floorDiv(m_key0 - key, m_step) * m_step;
}

std::optional<qint64> RecurrenceExpander::fill(qint64 key) {
    m_times = &m_plan.dayTimes();
    switch (m_frequency) {
    case Frequency::Yearly:
        m_plan.yearDays(int(key), m_days);
        return std::nullopt;
    case Frequency::Monthly:
        m_plan.monthDays(int(floorDiv(key, 12)), int(key - floorDiv(key, 12) * 12) + 1, m_days);
        return std::nullopt;
    case Frequency::Weekly:
        m_plan.weekDays(key, m_days);
        return std::nullopt;
    case Frequency::Daily: {
        m_days.clear();
        bool monthFails = false;
        if (m_plan.dayPasses(key, &monthFails))
            m_days.push_back(key);
        return monthFails ? std::optional<qint64>(firstOfNextMonth(key)) : std::nullopt;
    }
    default:
        return fillSubDaily(key);
    }
}

std::optional<qint64> RecurrenceExpander::fillSubDaily(qint64 key) {
    const qint64 begin = periodStart(key);
    const qint64 day = floorDiv(begin, kSecondsPerDay);
    const int second = int(begin - day * kSecondsPerDay);
    m_days.clear();
    bool monthFails = false;
    if (!m_plan.dayPasses(day, &monthFails)) // skip the rest of the day (or month) at once
        return keyOf((monthFails ? firstOfNextMonth(day) : day + 1) * kSecondsPerDay);
    if (const int unit = m_plan.failedTimeUnit(second))
        return keyOf(day * kSecondsPerDay + (second / unit + 1) * unit);
    m_plan.subDayTimes(second, m_subTimes);
    m_times = &m_subTimes;
    m_days.push_back(day);
    return std::nullopt;
}

void RecurrenceExpander::run(const ExpandWindow& window, const UntilBound& until, bool startCounts,
                             OccurrenceSink& sink) {
    m_startCounts = startCounts;
    qint64 key = m_key0;
    if (m_count == 0 && window.from > m_startWall) // no COUNT: start at the period that holds `from`
        key = m_key0 + std::max<qint64>(floorDiv(keyOf(window.from) - m_key0, m_step), 0) * m_step;
    qint64 stop = window.to;
    if (until.mode == UntilBound::Mode::Wall)
        stop = std::min(stop, until.limit);
    else if (until.mode == UntilBound::Mode::Instant)
        stop = std::min(stop, until.clock->toWall(until.limit) + 2 * kSecondsPerDay);
    State state;
    state.lastHitDay = floorDiv(periodStart(key), kSecondsPerDay);
    for (;;) {
        const qint64 begin = periodStart(key);
        const qint64 day = floorDiv(begin, kSecondsPerDay);
        if (day > kLastDay || begin > stop || day - state.lastHitDay > m_guardDays)
            return;
        if (const std::optional<qint64> skipTo = fill(key)) {
            const qint64 next = alignUp(*skipTo);
            key = next > key ? next : key + m_step;
            if (m_days.empty())
                continue;
        } else {
            key += m_step;
        }
        if (!emitPeriod(window, until, sink, state))
            return;
    }
}

bool RecurrenceExpander::emitPeriod(const ExpandWindow& window, const UntilBound& until, OccurrenceSink& sink,
                                    State& state) {
    const std::size_t times = m_times->size();
    const std::size_t total = m_days.size() * times;
    const std::vector<int>& setPos = m_plan.setPositions();
    if (setPos.empty()) {
        for (std::size_t index = 0; index < total; ++index) {
            if (!offer(m_days[index / times] * kSecondsPerDay + (*m_times)[index % times], window, until, sink, state))
                return false;
        }
        return true;
    }
    // BYSETPOS picks from the whole period's set, including what lies before DTSTART (RFC 5545).
    m_positions.clear();
    for (const int position : setPos) {
        const qint64 index = position > 0 ? position - 1 : qint64(total) + position;
        if (index >= 0 && index < qint64(total))
            m_positions.push_back(std::size_t(index));
    }
    std::sort(m_positions.begin(), m_positions.end());
    m_positions.erase(std::unique(m_positions.begin(), m_positions.end()), m_positions.end());
    for (const std::size_t index : m_positions) {
        if (!offer(m_days[index / times] * kSecondsPerDay + (*m_times)[index % times], window, until, sink, state))
            return false;
    }
    return true;
}

bool RecurrenceExpander::offer(qint64 wall, const ExpandWindow& window, const UntilBound& until, OccurrenceSink& sink,
                               State& state) {
    // Before DTSTART; or the same day again in a DATE series under an hourly or finer rule.
    if (wall < m_startWall || wall == state.lastWall)
        return true;
    if (until.mode == UntilBound::Mode::Wall && wall > until.limit)
        return false;
    if (until.mode == UntilBound::Mode::Instant && until.clock->toUtc(wall) > until.limit)
        return false;
    state.lastWall = wall;
    state.lastHitDay = wall / kSecondsPerDay;
    if (m_count > 0) {
        if (state.counted == 0 && m_startCounts && wall != m_startWall)
            state.counted = 1; // DTSTART is the first occurrence even where the rule misses it
        if (++state.counted > m_count)
            return false;
    }
    if (wall < window.from)
        return true;
    return wall <= window.to && sink.accept(wall);
}

} // namespace Fieldbook::RecurrenceDetail
