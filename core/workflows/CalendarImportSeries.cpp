#include "CalendarImportSeries.h"

#include "OccurrenceShift.h"
#include "calendar/RecurrenceSet.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::CalendarImportSeries {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

qint64 instantOf(const CalendarTime& time, const QTimeZone& viewer) {
    return time.toDateTime(viewer).toMSecsSinceEpoch();
}

/// `time` moved by `ms` on its own wall clock (a UTC value by its instant, a date by whole days).
CalendarTime shifted(const CalendarTime& time, qint64 ms) {
    if (ms == 0)
        return time;
    if (time.kind == CalendarTime::Kind::Utc)
        return CalendarTime::utc(time.toDateTime(QTimeZone::utc()).addMSecs(ms));
    CalendarTime moved = time;
    if (time.isAllDay()) {
        moved.date = time.date.addDays(ms / kDayMs);
        return moved;
    }
    const QDateTime clock = OccurrenceTimes::wallClockOf(time).addMSecs(ms);
    moved.date = clock.date();
    moved.time = clock.time();
    return moved;
}

/// How far `to` is from `from` on the wall clock; both on the same clock.
qint64 wallDelta(const CalendarTime& from, const CalendarTime& to) {
    if (from.isAllDay())
        return from.date.daysTo(to.date) * kDayMs;
    if (from.kind == CalendarTime::Kind::Utc)
        return from.toDateTime(QTimeZone::utc()).msecsTo(to.toDateTime(QTimeZone::utc()));
    return OccurrenceTimes::wallClockOf(from).msecsTo(OccurrenceTimes::wallClockOf(to));
}

/// When an UNTIL ends for a series starting like `start`: a DATE UNTIL on a timed series runs
/// through that date (docs/recurrence.md, UNTIL).
qint64 untilInstant(const CalendarTime& until, const CalendarTime& start, const QTimeZone& viewer) {
    if (until.isAllDay() && !start.isAllDay())
        return instantOf(CalendarTime::ofDate(until.date.addDays(1)), viewer) - 1;
    return instantOf(until, viewer);
}

/// Occurrences `rule` alone makes from `start` before `at` (what COUNT has used up by then).
int countBefore(const CalendarTime& start, const RecurrenceRule& rule, const CalendarTime& at,
                const QTimeZone& viewer) {
    RecurrenceSet set;
    set.start = start;
    set.rules = {rule};
    return int(set.between(start.toDateTime(viewer), at.toDateTime(viewer), viewer, rule.count + 1).size());
}

bool isOccurrence(const RecurrenceSet& set, const CalendarTime& at, const QTimeZone& viewer) {
    const QDateTime instant = at.toDateTime(viewer);
    // A second wide: the engine compares whole seconds, and a window of 1 ms finds nothing.
    const QList<CalendarTime> found = set.between(instant, instant.addSecs(1), viewer, 1);
    return !found.isEmpty() && found.first().toText() == at.toText();
}

/// The range of the master's occurrences a part covers, on the master's clock.
struct Range {
    std::optional<CalendarTime> from;
    std::optional<CalendarTime> to; ///< exclusive
    qint64 shiftMs = 0;
};

QStringList rulesOf(const CalendarEvent& master, const Range& range, const CalendarTime& pieceStart,
                    const QTimeZone& viewer) {
    QStringList rules;
    for (const QString& text : master.rrules) {
        auto rule = RecurrenceRule::parse(text);
        if (!rule) { // the store refuses it with the master
            if (!range.from)
                rules.append(text);
            continue;
        }
        if (rule->count > 0) {
            const int before = range.from ? countBefore(master.start, *rule, *range.from, viewer) : 0;
            const int upTo =
                range.to ? std::min(rule->count, countBefore(master.start, *rule, *range.to, viewer)) : rule->count;
            if (upTo <= before)
                continue;
            rule->count = upTo - before;
        } else {
            std::optional<CalendarTime> until;
            if (rule->until)
                until = shifted(*rule->until, range.shiftMs);
            if (range.to) {
                const CalendarTime last = OccurrenceTimes::untilBefore(shifted(*range.to, range.shiftMs));
                if (!until || instantOf(last, viewer) < untilInstant(*until, pieceStart, viewer))
                    until = last;
            }
            rule->until = until;
        }
        rules.append(rule->toText());
    }
    return rules;
}

/// The RDATEs or EXDATEs of `values` that fall into `range`, moved with it.
QList<CalendarTime> valuesIn(const RecurrenceSet& set, const QList<CalendarTime>& values, const Range& range,
                             const QTimeZone& viewer) {
    QList<CalendarTime> inside;
    for (const CalendarTime& value : values) {
        const CalendarTime onClock = set.recurrenceId(value, viewer);
        const qint64 at = instantOf(onClock, viewer);
        if ((range.from && at < instantOf(*range.from, viewer)) || (range.to && at >= instantOf(*range.to, viewer)))
            continue;
        if (range.shiftMs == 0)
            inside.append(value);
        else
            inside.append(shifted(value.isAllDay() ? value : onClock, range.shiftMs));
    }
    return inside;
}

/// A change of the master's occurrence `at`, read onto the master's clock.
struct Change {
    CalendarTime at;
    qsizetype index = 0;
};

QList<Change> matchedChanges(const RecurrenceSet& set, const QList<CalendarEvent>& changes, const QTimeZone& viewer,
                             QList<qsizetype>* unmatched) {
    QList<Change> matched;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const CalendarEvent& change = changes.at(i);
        const CalendarTime at = set.recurrenceId(change.recurrenceId.value_or(change.start), viewer);
        if (isOccurrence(set, at, viewer))
            matched.append({at, i});
        else
            unmatched->append(i);
    }
    std::stable_sort(matched.begin(), matched.end(), [&viewer](const Change& a, const Change& b) {
        return instantOf(a.at, viewer) < instantOf(b.at, viewer);
    });
    // Two changes of one occurrence: the later in the file wins.
    for (qsizetype i = matched.size() - 1; i > 0; --i) {
        if (matched.at(i).at.toText() == matched.at(i - 1).at.toText()) {
            const bool laterWins = matched.at(i).index > matched.at(i - 1).index;
            unmatched->append(matched.at(laterWins ? i - 1 : i).index);
            matched.removeAt(laterWins ? i - 1 : i);
        }
    }
    return matched;
}

/// The series that a change begins: its values from its start on the master's clock.
CalendarEvent pieceEvent(const CalendarEvent& master, const RecurrenceSet& set, const CalendarEvent& change,
                         const CalendarTime& at, const QTimeZone& viewer) {
    CalendarEvent e = change;
    e.id.clear();
    e.seriesId.clear();
    e.recurrenceId.reset();
    e.thisAndFuture = false;
    e.uid = pieceUid(master.uid, at, viewer);
    e.start = set.recurrenceId(change.start, viewer);
    e.end = set.recurrenceId(change.end, viewer);
    if (e.start.isAllDay() && e.end.date <= e.start.date)
        e.end = CalendarTime::ofDate(e.start.date.addDays(1));
    else if (instantOf(e.end, viewer) < instantOf(e.start, viewer))
        e.end = e.start;
    for (auto member : {&CalendarEvent::accountId, &CalendarEvent::contactId, &CalendarEvent::leadId,
                        &CalendarEvent::opportunityId, &CalendarEvent::ownerId}) {
        if ((e.*member).isEmpty())
            e.*member = master.*member;
    }
    return e;
}

} // namespace

QString icalText(const CalendarTime& time, const QTimeZone& viewer) {
    switch (time.kind) {
    case CalendarTime::Kind::Date:
        return time.date.toString(u"yyyyMMdd"_s);
    case CalendarTime::Kind::Floating:
        return time.date.toString(u"yyyyMMdd"_s) + u'T' + time.time.toString(u"HHmmss"_s);
    default:
        return time.toDateTime(viewer).toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    }
}

QString pieceUid(const QString& masterUid, const CalendarTime& from, const QTimeZone& viewer) {
    return masterUid + u'#' + icalText(from, viewer);
}

QList<SeriesPiece> split(const CalendarEvent& master, const QList<CalendarEvent>& changes, const QTimeZone& viewer,
                         QList<qsizetype>* unmatched) {
    const RecurrenceSet set = master.recurrence();
    const QList<Change> matched = matchedChanges(set, changes, viewer, unmatched);
    if (matched.isEmpty())
        return {SeriesPiece{master, {}, 0, -1}};
    QList<SeriesPiece> pieces;
    for (qsizetype k = 0; k <= matched.size(); ++k) {
        Range range;
        if (k > 0)
            range.from = matched.at(k - 1).at;
        if (k < matched.size())
            range.to = matched.at(k).at;
        CalendarEvent e = master;
        const qsizetype change = k > 0 ? matched.at(k - 1).index : -1;
        if (k > 0) {
            e = pieceEvent(master, set, changes.at(change), *range.from, viewer);
            range.shiftMs = wallDelta(*range.from, e.start);
        }
        e.rrules = rulesOf(master, range, e.start, viewer);
        e.rdates = valuesIn(set, master.rdates, range, viewer);
        e.exdates = valuesIn(set, master.exdates, range, viewer);
        pieces.append({e, range.from.value_or(CalendarTime()), range.shiftMs, change});
    }
    return pieces;
}

std::pair<qsizetype, CalendarTime> place(const CalendarEvent& master, const QList<SeriesPiece>& pieces,
                                         const CalendarTime& recurrenceId, const QTimeZone& viewer) {
    const CalendarTime onClock = master.recurrence().recurrenceId(recurrenceId, viewer);
    const qint64 at = instantOf(onClock, viewer);
    qsizetype k = 0;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        if (instantOf(pieces.at(i).from, viewer) <= at)
            k = i;
    }
    if (k == 0)
        return {0, onClock};
    const CalendarTime moved = shifted(onClock, pieces.at(k).shiftMs);
    return {k, pieces.at(k).event.recurrence().recurrenceId(moved, viewer)};
}

} // namespace Fieldbook::CalendarImportSeries
