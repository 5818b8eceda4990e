#include "IcsZoneMatch.h"

#include "calendar/IcsTimeZoneRules.h"
#include "calendar/IcsTimeZoneWriter.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace Fieldbook {

namespace {

constexpr qint64 kHour = 3600;

struct Candidate {
    QByteArray id;
    int coarse = 0; ///< disagreements twice a month
    int nameRank = INT_MAX;
    bool cldrDefault = false;
    int fine = 0; ///< disagreements around the changes
};

const QList<QByteArray>& allZones() {
    static const QList<QByteArray> zones = [] {
        QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        ids.removeIf([](const QByteArray& id) { return id.startsWith("UTC"); });
        std::sort(ids.begin(), ids.end());
        return ids;
    }();
    return zones;
}

int yearOf(qint64 utc) {
    return QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()).date().year();
}

qint64 utcSeconds(int year, int month, int day, int hour) {
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

/// Twice a month through every year used.
QList<qint64> coarseSamples(const QList<int>& years) {
    QList<qint64> instants;
    for (const int year : years) {
        for (int month = 1; month <= 12; ++month)
            instants << utcSeconds(year, month, 1, 12) << utcSeconds(year, month, 16, 12);
    }
    return instants;
}

/// An hour either side of each change the VTIMEZONE makes in the years used.
QList<qint64> changeSamples(const IcsTimeZoneRules& rules, const QList<int>& years) {
    QList<qint64> instants;
    for (const int year : years) {
        for (const qint64 onset : rules.onsetsIn(year))
            instants << onset - kHour << onset + kHour;
    }
    return instants;
}

int offsetIn(const QTimeZone& zone, qint64 utc) {
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()));
}

int countDisagreements(const QTimeZone& zone, const IcsTimeZoneRules& rules, const QList<qint64>& instants) {
    int count = 0;
    for (const qint64 instant : instants)
        count += offsetIn(zone, instant) != rules.offsetAt(instant) ? 1 : 0;
    return count;
}

/// The candidate scored; nullopt when it disagrees at an instant the file uses.
std::optional<Candidate> score(const QByteArray& id, const IcsTimeZoneRules& rules, const QList<qint64>& uses,
                               const QList<qint64>& coarse, QList<qint64> changes, const QList<int>& years) {
    const QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    for (const qint64 use : uses) {
        if (offsetIn(zone, use) != rules.offsetAt(use))
            return std::nullopt;
    }
    const QDateTime from(QDate(years.front(), 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(years.back() + 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (const QTimeZone::OffsetData& change : IcsTimeZoneWriter::transitions(zone, from, to))
        changes << change.atUtc.toSecsSinceEpoch() - kHour << change.atUtc.toSecsSinceEpoch() + kHour;
    Candidate candidate;
    candidate.id = id;
    candidate.coarse = countDisagreements(zone, rules, coarse);
    candidate.fine = countDisagreements(zone, rules, changes);
    return candidate;
}

/// Where `word` (three letters or more) stands as a whole word in `text`, or -1.
qsizetype wordAt(const QString& text, const QString& word) {
    if (word.size() < 3)
        return -1;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return at;
    }
    return -1;
}

bool isCldrDefault(const QByteArray& id) {
    const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
    return !windows.isEmpty() && QTimeZone::windowsIdToDefaultIanaId(windows) == id;
}

QList<QByteArray> candidateIds(const IcsTimeZoneRules& rules, const QList<QByteArray>& named,
                               const QList<qint64>& uses) {
    QList<int> offsets = rules.offsets();
    for (const qint64 use : uses)
        offsets.append(rules.offsetAt(use));
    QList<QByteArray> ids = named;
    for (const int offset : offsets)
        ids.append(QTimeZone::availableTimeZoneIds(offset));
    ids.removeIf([](const QByteArray& id) { return id.startsWith("UTC"); });
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool better(const Candidate& a, const Candidate& b) {
    if (a.coarse != b.coarse)
        return a.coarse < b.coarse;
    if (a.nameRank != b.nameRank)
        return a.nameRank < b.nameRank;
    if (a.cldrDefault != b.cldrDefault)
        return a.cldrDefault;
    if (a.fine != b.fine)
        return a.fine < b.fine;
    return a.id < b.id;
}

QList<QByteArray> sameChanges(const QTimeZone& zone, const QList<QByteArray>& candidates) {
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2037, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QTimeZone::OffsetDataList changes = zone.transitions(from, to);
    QList<QByteArray> same;
    for (const QByteArray& id : candidates) {
        const QTimeZone other(id);
        const QTimeZone::OffsetDataList otherChanges = other.transitions(from, to);
        const bool equal = other.offsetFromUtc(from) == zone.offsetFromUtc(from) &&
                           std::equal(changes.begin(), changes.end(), otherChanges.begin(), otherChanges.end(),
                                      [](const QTimeZone::OffsetData& a, const QTimeZone::OffsetData& b) {
                                          return a.atUtc == b.atUtc && a.offsetFromUtc == b.offsetFromUtc;
                                      });
        if (equal)
            same.append(id);
    }
    return same;
}

} // namespace

QList<QByteArray> IcsZoneMatch::namedIn(const QString& tzid) {
    QList<std::pair<qsizetype, QByteArray>> found;
    QString whole = tzid.trimmed();
    whole.replace(u'-', u'/').replace(u' ', u'_');
    if (isIanaId(whole))
        found.append({-1, canonical(whole.toLatin1())});
    for (const QByteArray& id : allZones()) {
        const QString name = QString::fromLatin1(id);
        qsizetype at = tzid.indexOf(name, 0, Qt::CaseInsensitive);
        if (at < 0) {
            QString city = name.mid(name.lastIndexOf(u'/') + 1);
            city.replace(u'_', u' ');
            at = wordAt(tzid, city);
            if (at < 0)
                continue;
            at += tzid.size(); // after every whole id
        }
        found.append({at, id});
    }
    std::stable_sort(found.begin(), found.end());
    QList<QByteArray> ids;
    for (const auto& entry : found) {
        if (!ids.contains(entry.second))
            ids.append(entry.second);
    }
    return ids;
}

bool IcsZoneMatch::isIanaId(QStringView name) {
    if (name.isEmpty() || !name.front().isLetter())
        return false;
    for (const QChar c : name) {
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == u'/' || c == u'_' || c == u'-' || c == u'+'))
            return false;
    }
    const QByteArray id = name.toLatin1();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return true;
    return (name.contains(u'/') || !QTimeZone::ianaIdToWindowsId(id).isEmpty()) && QTimeZone(id).isValid();
}

QByteArray IcsZoneMatch::canonical(const QByteArray& id) {
    // Etc/GMT-7 and its kin are zones of their own, not links, though the zone list leaves them out.
    if (QTimeZone::isTimeZoneIdAvailable(id) || id.startsWith("Etc/"))
        return id;
    const QTimeZone zone(id);
    if (!zone.isValid())
        return id;
    QList<QByteArray> candidates =
        QTimeZone::availableTimeZoneIds(zone.standardTimeOffset(QDateTime::currentDateTimeUtc()));
    candidates.removeIf([](const QByteArray& candidate) { return candidate.startsWith("UTC"); });
    std::sort(candidates.begin(), candidates.end());
    const QList<QByteArray> same = sameChanges(zone, candidates);
    const auto cldr = std::find_if(same.begin(), same.end(), isCldrDefault);
    if (cldr != same.end())
        return *cldr;
    return same.isEmpty() ? id : same.front();
}

std::optional<IcsZoneMatch::Match> IcsZoneMatch::find(const IcsTimeZoneRules& rules, const QList<qint64>& uses) {
    QList<int> years;
    for (const qint64 use : uses)
        years.append(yearOf(use));
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    if (years.isEmpty())
        return std::nullopt;
    const QList<qint64> coarse = coarseSamples(years);
    const QList<qint64> changes = changeSamples(rules, years);
    const QList<QByteArray> named = namedIn(rules.tzid());
    std::optional<Candidate> best;
    for (const QByteArray& id : candidateIds(rules, named, uses)) {
        std::optional<Candidate> candidate = score(id, rules, uses, coarse, changes, years);
        if (!candidate)
            continue;
        const qsizetype rank = named.indexOf(id);
        candidate->nameRank = rank < 0 ? INT_MAX : static_cast<int>(rank);
        candidate->cldrDefault = isCldrDefault(id);
        if (!best || better(*candidate, *best))
            best = candidate;
    }
    if (!best)
        return std::nullopt;
    return Match{best->id, best->coarse + best->fine};
}

} // namespace Fieldbook
