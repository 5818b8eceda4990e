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

/// A yearly rule: the ordinal weekday of a month (-1 for the last), or with ordinal 0 the weekday
/// on or after `firstDay` (Chile's "Sun>=2"), at a wall-clock time.
struct YearlyRule {
    int month = 0;
    int ordinal = 0;
    int firstDay = 0;
    int weekday = 0;
    QTime time;
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;

    bool matches(const Change& change) const {
        const QDate date = change.localStart.date();
        if (date.month() != month || date.dayOfWeek() != weekday || change.localStart.time() != time ||
            change.offsetFrom != offsetFrom || change.offsetTo != offsetTo || change.name != name)
            return false;
        if (ordinal > 0)
            return (date.day() - 1) / 7 + 1 == ordinal;
        if (ordinal < 0)
            return date.day() + 7 > date.daysInMonth();
        return date.day() >= firstDay && date.day() < firstDay + 7;
    }

    QString text() const {
        static const QString names[] = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
        QString rule = u"RRULE:FREQ=YEARLY;BYMONTH="_s + QString::number(month);
        if (ordinal != 0)
            return rule + u";BYDAY="_s + QString::number(ordinal) + names[weekday - 1];
        QStringList days;
        for (int day = firstDay; day < firstDay + 7; ++day)
            days.append(QString::number(day));
        return rule + u";BYMONTHDAY="_s + days.join(u',') + u";BYDAY="_s + names[weekday - 1];
    }
};

QList<Change> changesBetween(const QTimeZone& zone, int fromYear, int toYear) {
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(toYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<Change> changes;
    for (const QTimeZone::OffsetData& data : IcsTimeZoneWriter::transitions(zone, from, to)) {
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
    QList<Change> kind;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(kind),
                 [&](const Change& c) { return c.daylight == daylight; });
    if (kind.size() < kRuleCheckYears / 2)
        return std::nullopt;
    const Change& first = kind.front();
    const QDate date = first.localStart.date();
    int firstDay = date.day();
    for (const Change& change : kind)
        firstDay = std::min(firstDay, change.localStart.date().day());
    const int ordinals[] = {(date.day() - 1) / 7 + 1, -1, 0};
    for (const int ordinal : ordinals) {
        const YearlyRule rule{date.month(),     ordinal,        firstDay,  date.dayOfWeek(), first.localStart.time(),
                              first.offsetFrom, first.offsetTo, first.name};
        if (std::all_of(kind.begin(), kind.end(), [&](const Change& c) { return rule.matches(c); }))
            return rule;
    }
    return std::nullopt;
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
    writeObservance(lines, first, {rule.text()});
}

} // namespace

QList<QTimeZone::OffsetData> IcsTimeZoneWriter::transitions(const QTimeZone& zone, const QDateTime& from,
                                                            const QDateTime& to) {
    QList<QTimeZone::OffsetData> all;
    QTimeZone::OffsetData next = zone.nextTransition(from.addSecs(-1));
    while (next.atUtc.isValid() && next.atUtc < to && (all.isEmpty() || next.atUtc > all.back().atUtc)) {
        all.append(next);
        next = zone.nextTransition(next.atUtc.addSecs(1)); // Qt 6.4 finds nothing after the table's last
    }
    return all;
}

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
