#include "RecurrenceSet.h"

#include "RecurrenceClock.h"
#include "RecurrenceExpander.h"

#include <QTimeZone>

#include <algorithm>

namespace Fieldbook {

using namespace RecurrenceDetail;

namespace {

/// The series' wall clock, into which RDATE, EXDATE and UNTIL of other kinds are read
/// (docs/recurrence.md, Values of another kind).
class SeriesFrame final {
public:
    SeriesFrame(const CalendarTime& start, const QTimeZone& viewer)
        : m_start(start)
        , m_viewer(viewer)
        , m_clock(start, viewer)
        , m_allDay(start.kind == CalendarTime::Kind::Date)
        , m_startWall(RecurrenceClock::wallOf(start.date, m_allDay ? QTime() : start.time)) {}

    bool allDay() const { return m_allDay; }
    qint64 startWall() const { return m_startWall; }
    const RecurrenceClock& clock() const { return m_clock; }

    /// A DATE on a timed series takes DTSTART's time of day; a timed value on a DATE series stands
    /// for its own date; a floating value is read on the series' clock; others by their instant.
    qint64 wallOf(const CalendarTime& value) const {
        if (m_allDay)
            return value.date.toJulianDay() * kSecondsPerDay;
        if (value.kind == CalendarTime::Kind::Date)
            return value.date.toJulianDay() * kSecondsPerDay + m_startWall % kSecondsPerDay;
        if (onSeriesClock(value))
            return RecurrenceClock::wallOf(value.date, value.time);
        return m_clock.toWall(value.toDateTime(m_viewer).toSecsSinceEpoch());
    }

    /// UNTIL is inclusive: a DATE through the end of that day, an instant against each
    /// occurrence's instant, a floating value (Exchange writes one on zoned series) on our clock.
    UntilBound until(const std::optional<CalendarTime>& value) const {
        if (!value || !value->isValid())
            return {};
        if (value->kind == CalendarTime::Kind::Date) {
            const qint64 day = value->date.toJulianDay() * kSecondsPerDay;
            return {UntilBound::Mode::Wall, m_allDay ? day : day + kSecondsPerDay - 1, nullptr};
        }
        if (onSeriesClock(*value))
            return {UntilBound::Mode::Wall, RecurrenceClock::wallOf(value->date, value->time), nullptr};
        return {UntilBound::Mode::Instant, value->toDateTime(m_viewer).toSecsSinceEpoch(), &m_clock};
    }

    CalendarTime occurrence(qint64 wall) const {
        if (m_allDay)
            return CalendarTime::ofDate(RecurrenceClock::dateOf(wall));
        CalendarTime occurrence = m_start;
        occurrence.date = RecurrenceClock::dateOf(wall);
        occurrence.time = RecurrenceClock::timeOf(wall);
        return occurrence;
    }

private:
    bool onSeriesClock(const CalendarTime& value) const {
        if (value.kind == CalendarTime::Kind::Floating)
            return true;
        return !m_allDay && value.kind == m_start.kind && value.zone == m_start.zone;
    }

    const CalendarTime& m_start;
    const QTimeZone& m_viewer;
    RecurrenceClock m_clock;
    bool m_allDay;
    qint64 m_startWall;
};

/// EXDATEs as wall clocks, and the days a DATE EXDATE removes from a timed series.
struct Exclusions {
    std::vector<qint64> walls;
    std::vector<qint64> days;

    Exclusions(const QList<CalendarTime>& exdates, const SeriesFrame& frame) {
        for (const CalendarTime& exdate : exdates) {
            if (!exdate.isValid())
                continue;
            if (exdate.kind == CalendarTime::Kind::Date && !frame.allDay())
                days.push_back(exdate.date.toJulianDay());
            else
                walls.push_back(frame.wallOf(exdate));
        }
        std::sort(walls.begin(), walls.end());
        std::sort(days.begin(), days.end());
    }

    bool contains(qint64 wall) const {
        return std::binary_search(walls.begin(), walls.end(), wall) ||
               (!days.empty() && std::binary_search(days.begin(), days.end(), wall / kSecondsPerDay));
    }
};

struct InstantWindow {
    bool bounded = false;
    qint64 from = 0; ///< seconds since the epoch, inclusive
    qint64 to = 0;   ///< exclusive
};

/// Keeps the occurrences that are not excluded and whose instant is in the window, at most `limit`
/// from each source (DTSTART and RDATEs, then each rule).
class Collector final : public OccurrenceSink {
public:
    Collector(const SeriesFrame& frame, const Exclusions& exclusions, const InstantWindow& window, int limit)
        : m_frame(frame)
        , m_exclusions(exclusions)
        , m_window(window)
        , m_limit(limit) {}

    void beginSource() { m_taken = 0; }
    std::vector<qint64>& found() { return m_found; }

    bool accept(qint64 wall) override {
        if (m_exclusions.contains(wall))
            return true;
        if (m_window.bounded) {
            const qint64 instant = m_frame.clock().toUtc(wall);
            if (instant < m_window.from)
                return true;
            if (instant >= m_window.to) // a day more, for wall clocks a DST gap moved forward
                return instant < m_window.to + kSecondsPerDay;
        }
        m_found.push_back(wall);
        return ++m_taken < m_limit;
    }

private:
    const SeriesFrame& m_frame;
    const Exclusions& m_exclusions;
    InstantWindow m_window;
    int m_limit;
    int m_taken = 0;
    std::vector<qint64> m_found;
};

/// With `rfcStart`, DTSTART is the first occurrence and counts toward COUNT (RFC 5545); without,
/// only what the rules produce (libical's iterator).
QList<CalendarTime> expand(const RecurrenceSet& set, const QTimeZone& viewer, const InstantWindow& window, int limit,
                           bool rfcStart) {
    if (!set.start.isValid() || limit <= 0)
        return {};
    const SeriesFrame frame(set.start, viewer);
    const Exclusions exclusions(set.exdates, frame);
    ExpandWindow walls; // the window on the wall clock, with room for any UTC offset
    if (window.bounded) {
        walls.from = frame.clock().toWall(window.from) - 2 * kSecondsPerDay;
        walls.to = frame.clock().toWall(window.to) + 2 * kSecondsPerDay;
    }
    Collector collector(frame, exclusions, window, limit);
    if (rfcStart)
        collector.accept(frame.startWall()); // DTSTART is always the first occurrence (RFC 5545, 3.8.5.3)
    for (const CalendarTime& rdate : set.rdates) {
        if (rdate.isValid())
            collector.accept(frame.wallOf(rdate));
    }
    for (const RecurrenceRule& rule : set.rules) {
        collector.beginSource();
        RecurrenceExpander expander(rule, set.start.date, set.start.time, frame.allDay());
        expander.run(walls, frame.until(rule.until), rfcStart, collector);
    }
    std::vector<qint64>& found = collector.found();
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    QList<CalendarTime> occurrences;
    occurrences.reserve(qsizetype(std::min<std::size_t>(found.size(), std::size_t(limit))));
    for (std::size_t i = 0; i < found.size() && i < std::size_t(limit); ++i)
        occurrences.append(frame.occurrence(found[i]));
    return occurrences;
}

} // namespace

QList<CalendarTime> RecurrenceSet::between(const QDateTime& from, const QDateTime& to, const QTimeZone& viewer,
                                           int limit) const {
    if (!from.isValid() || !to.isValid() || from >= to)
        return {};
    return expand(*this, viewer, {true, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()}, limit, true);
}

QList<CalendarTime> RecurrenceSet::first(int n, const QTimeZone& viewer) const {
    return expand(*this, viewer, {}, n, true);
}

QList<CalendarTime> RecurrenceDetail::ruleOccurrences(const RecurrenceSet& set, const QTimeZone& viewer,
                                                      const QDateTime& from, int limit) {
    const QDateTime firstYear(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime lastYear(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc());
    const InstantWindow window{true, (from.isValid() ? from : firstYear).toSecsSinceEpoch(),
                               lastYear.toSecsSinceEpoch()};
    return expand(set, viewer, window, limit, false);
}

bool RecurrenceSet::isRecurring() const {
    return !rules.isEmpty() || !rdates.isEmpty();
}

CalendarTime RecurrenceSet::recurrenceId(const CalendarTime& value, const QTimeZone& viewer) const {
    if (!start.isValid() || !value.isValid())
        return {};
    const SeriesFrame frame(start, viewer);
    return frame.occurrence(frame.wallOf(value));
}

} // namespace Fieldbook
