#include "IcsTimeZoneWriter.h"

#include "calendar/IcsValue.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr int kRuleCheckYears = 20;

/// One change of offset: the wall clock it starts at (in the offset before it) and the offsets.
struct Change {
    QDateTime localStart; ///< a wall clock, carried as UTC
    int offsetFrom = 0;
    int offsetTo = 0;
    bool daylight = false;
    QString name;
};

/// A yearly rule: the ordinal weekday of a month (-1 for the last) at a wall-clock time.
struct YearlyRule {
    int month = 0;
    int ordinal = 0;
    int weekday = 0;
    QTime time;
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;

    bool matches(const Change& change) const {
        const QDate date = change.localStart.date();
        const int thisOrdinal = ordinal > 0 ? (date.day() - 1) / 7 + 1 : (date.day() + 7 > date.daysInMonth() ? -1 : 0);
        return date.month() == month && date.dayOfWeek() == weekday && thisOrdinal == ordinal &&
               change.localStart.time() == time && change.offsetFrom == offsetFrom && change.offsetTo == offsetTo &&
               change.name == name;
    }
};

QList<Change> changesBetween(const QTimeZone& zone, int fromYear, int toYear) {
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(toYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<Change> changes;
    for (const QTimeZone::OffsetData& data : zone.transitions(from, to)) {
        const int before = zone.offsetFromUtc(data.atUtc.addSecs(-1));
        if (before == data.offsetFromUtc)
            continue; // only the name or the split between standard and daylight changed
        const QDateTime local = data.atUtc.addSecs(before);
        changes.append({QDateTime(local.date(), local.time(), QTimeZone::utc()), before, data.offsetFromUtc,
                        data.daylightTimeOffset != 0, data.abbreviation});
    }
    return changes;
}

/// The rule that every change of one kind in `changes` follows, if there is one.
std::optional<YearlyRule> ruleOf(const QList<Change>& changes, bool daylight) {
    std::optional<YearlyRule> found;
    int count = 0;
    for (const Change& change : changes) {
        if (change.daylight != daylight)
            continue;
        ++count;
        if (found)
            continue;
        const QDate date = change.localStart.date();
        for (const int ordinal : {(date.day() - 1) / 7 + 1, -1}) {
            const YearlyRule rule{date.month(),      ordinal,         date.dayOfWeek(), change.localStart.time(),
                                  change.offsetFrom, change.offsetTo, change.name};
            const bool all = std::all_of(changes.begin(), changes.end(),
                                         [&](const Change& c) { return c.daylight != daylight || rule.matches(c); });
            if (all && rule.matches(change)) {
                found = rule;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return count >= kRuleCheckYears / 2 ? found : std::nullopt;
}

QString weekdayName(int weekday) {
    static const QString names[] = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    return names[weekday - 1];
}

void writeObservance(QStringList& lines, const Change& first, const QStringList& extra) {
    const QString kind = first.daylight ? u"DAYLIGHT"_s : u"STANDARD"_s;
    lines << u"BEGIN:"_s + kind << u"TZOFFSETFROM:"_s + IcsValue::formatUtcOffset(first.offsetFrom)
          << u"TZOFFSETTO:"_s + IcsValue::formatUtcOffset(first.offsetTo);
    if (!first.name.isEmpty())
        lines << u"TZNAME:"_s + first.name;
    lines << u"DTSTART:"_s + IcsValue::formatDateTime(first.localStart.date(), first.localStart.time(), false);
    lines << extra << u"END:"_s + kind;
}

/// Changes with the same offsets and name share one observance: DTSTART and RDATEs.
void writeListed(QStringList& lines, const QList<Change>& changes) {
    QList<bool> done(changes.size(), false);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (done[i])
            continue;
        const Change& first = changes.at(i);
        QStringList rdates;
        for (qsizetype j = i + 1; j < changes.size(); ++j) {
            const Change& other = changes.at(j);
            if (!done[j] && other.daylight == first.daylight && other.offsetFrom == first.offsetFrom &&
                other.offsetTo == first.offsetTo && other.name == first.name) {
                done[j] = true;
                rdates << u"RDATE:"_s +
                              IcsValue::formatDateTime(other.localStart.date(), other.localStart.time(), false);
            }
        }
        writeObservance(lines, first, rdates);
    }
}

void writeRule(QStringList& lines, const Change& first, const YearlyRule& rule) {
    writeObservance(lines, first,
                    {u"RRULE:FREQ=YEARLY;BYMONTH=%1;BYDAY=%2%3"_s.arg(rule.month)
                         .arg(rule.ordinal)
                         .arg(weekdayName(rule.weekday))});
}

} // namespace

QStringList IcsTimeZoneWriter::write(const QByteArray& ianaId, int firstYear, int lastYear) {
    const QTimeZone zone(ianaId);
    const QString id = QString::fromLatin1(ianaId);
    QStringList lines{u"BEGIN:VTIMEZONE"_s, u"TZID:"_s + id, u"X-LIC-LOCATION:"_s + id};
    const int from = firstYear - 1;
    const int until = lastYear + 2;
    QList<Change> changes = changesBetween(zone, from, until);
    const QList<Change> future = changesBetween(zone, until, until + kRuleCheckYears);
    const std::optional<YearlyRule> daylightRule = ruleOf(future, true);
    const std::optional<YearlyRule> standardRule = ruleOf(future, false);
    if (daylightRule && standardRule) {
        // The tail of the listed changes that already follows the rules joins them.
        qsizetype ruled = changes.size();
        while (ruled > 0 &&
               (changes.at(ruled - 1).daylight ? *daylightRule : *standardRule).matches(changes.at(ruled - 1)))
            --ruled;
        QList<Change> tail = changes.mid(ruled);
        tail.append(future);
        changes.resize(ruled);
        writeListed(lines, changes);
        for (const bool daylight : {true, false}) {
            const auto first =
                std::find_if(tail.begin(), tail.end(), [&](const Change& c) { return c.daylight == daylight; });
            writeRule(lines, *first, daylight ? *daylightRule : *standardRule);
        }
    } else if (!changes.isEmpty() || !future.isEmpty()) {
        writeListed(lines, changes + future); // no rule to follow: listed as far as the check looked
    } else {
        const QDateTime start(QDate(from, 1, 1), QTime(0, 0), QTimeZone::utc());
        const int offset = zone.offsetFromUtc(start);
        writeObservance(lines, {start, offset, offset, false, zone.abbreviation(start)}, {});
    }
    lines << u"END:VTIMEZONE"_s;
    return lines;
}

} // namespace Fieldbook
