#pragma once

#include "RecurrencePlan.h"

#include <limits>

namespace Fieldbook::RecurrenceDetail {

class RecurrenceClock;

/// Where UNTIL stops a rule, in the series' terms (docs/recurrence.md, UNTIL).
struct UntilBound {
    enum class Mode { None, Wall, Instant };
    Mode mode = Mode::None;
    qint64 limit = 0;                       ///< inclusive: a wall clock (Wall) or seconds since the epoch (Instant)
    const RecurrenceClock* clock = nullptr; ///< for Instant: turns wall clocks into instants
};

/// The wall clocks (inclusive) whose occurrences are handed on; earlier ones still count for COUNT.
struct ExpandWindow {
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
};

/// Receives a rule's occurrences in order; returns false when it has enough.
class OccurrenceSink {
public:
    virtual bool accept(qint64 wall) = 0;

protected:
    ~OccurrenceSink() = default;
};

/// Walks one rule period by period on the start's wall clock (RFC 5545, 3.3.10): a period's days
/// and times, then BYSETPOS over the whole period, then DTSTART, UNTIL and COUNT.
class RecurrenceExpander final {
public:
    RecurrenceExpander(const RecurrenceRule& rule, QDate startDate, QTime startTime, bool allDay);

    /// Hands the occurrences in `window` to `sink`, in order. With `startCounts`, DTSTART takes the
    /// first place of COUNT even when the rule does not produce it (RFC 5545, 3.3.10 COUNT); without
    /// it, only the rule's own occurrences count (libical's iterator).
    void run(const ExpandWindow& window, const UntilBound& until, bool startCounts, OccurrenceSink& sink);

private:
    struct State {
        qint64 lastWall = -1;
        qint64 lastHitDay = 0;
        int counted = 0;
    };

    qint64 keyOf(qint64 wall) const;
    qint64 periodStart(qint64 key) const;
    qint64 alignUp(qint64 key) const;
    std::optional<qint64> fill(qint64 key);
    std::optional<qint64> fillSubDaily(qint64 key);
    bool emitPeriod(const ExpandWindow& window, const UntilBound& until, OccurrenceSink& sink, State& state);
    bool offer(qint64 wall, const ExpandWindow& window, const UntilBound& until, OccurrenceSink& sink, State& state);

    RecurrencePlan m_plan;
    Frequency m_frequency;
    qint64 m_step;
    int m_count;
    qint64 m_startWall;
    qint64 m_key0;
    qint64 m_guardDays;
    bool m_startCounts = true;
    std::vector<qint64> m_days;
    std::vector<int> m_subTimes;
    const std::vector<int>* m_times = nullptr;
    std::vector<std::size_t> m_positions;
};

} // namespace Fieldbook::RecurrenceDetail
