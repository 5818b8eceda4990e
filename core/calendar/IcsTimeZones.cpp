#include "IcsTimeZones.h"

#include "calendar/IcsZoneMatch.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdlib>

namespace Fieldbook {

namespace {

constexpr qint64 kDaySeconds = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;

bool isUtcName(QStringView name) {
    static const QStringView names[] = {u"UTC",
                                        u"GMT",
                                        u"Z",
                                        u"UT",
                                        u"UCT",
                                        u"Zulu",
                                        u"Universal",
                                        u"Greenwich",
                                        u"Etc/UTC",
                                        u"Etc/GMT",
                                        u"Etc/UCT",
                                        u"Etc/Universal",
                                        u"Etc/Zulu",
                                        u"Etc/Greenwich",
                                        u"Etc/GMT0",
                                        u"Etc/GMT+0",
                                        u"Etc/GMT-0",
                                        u"GMT0",
                                        u"Coordinated Universal Time"};
    for (const QStringView utc : names) {
        if (name.compare(utc, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<IcsZone> byIanaName(QStringView name) {
    if (isUtcName(name))
        return IcsZone{IcsZone::Kind::Utc, {}, {}};
    if (IcsZoneMatch::isIanaId(name))
        return IcsZone{IcsZone::Kind::Zoned, IcsZoneMatch::canonical(name.toLatin1()), {}};
    return std::nullopt;
}

} // namespace

IcsTimeZones::IcsTimeZones(QList<IcsTimeZoneRules> definitions)
    : m_definitions(std::move(definitions)) {}

void IcsTimeZones::noteUse(const QString& tzid, QDate date, QTime time) {
    if (!date.isValid())
        return;
    const qint64 local = (date.toJulianDay() - kUnixEpochJulianDay) * kDaySeconds +
                         (time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0);
    m_uses[tzid].append(local);
}

std::optional<IcsZone> IcsTimeZones::resolveByName(QStringView tzid) {
    QStringView name = tzid.trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.sliced(1, name.size() - 2).trimmed();
    if (std::optional<IcsZone> zone = byIanaName(name))
        return zone;
    // Prefixes such as /mozilla.org/20050126_1/Europe/Berlin: the longest suffix that is an id.
    for (qsizetype slash = name.indexOf(u'/'); slash >= 0; slash = name.indexOf(u'/', slash + 1)) {
        const QStringView suffix = name.sliced(slash + 1);
        if ((suffix.contains(u'/') || isUtcName(suffix)) && byIanaName(suffix))
            return byIanaName(suffix);
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (windows.isEmpty())
        return std::nullopt;
    if (isUtcName(QString::fromLatin1(windows)))
        return IcsZone{IcsZone::Kind::Utc, {}, {}};
    return IcsZone{IcsZone::Kind::Zoned, windows, {}};
}

QByteArray IcsTimeZones::fixedOffsetZone(int offsetSeconds) {
    const int hours = offsetSeconds / 3600;
    if (offsetSeconds % 3600 == 0 && hours >= -12 && hours <= 14 && hours != 0)
        return "Etc/GMT" + QByteArray(hours > 0 ? "-" : "+") + QByteArray::number(std::abs(hours));
    return QTimeZone(offsetSeconds).id();
}

const IcsTimeZoneRules* IcsTimeZones::definition(const QString& tzid) const {
    for (const IcsTimeZoneRules& rules : m_definitions) {
        if (rules.tzid() == tzid)
            return &rules;
    }
    const QString trimmed = tzid.trimmed();
    for (const IcsTimeZoneRules& rules : m_definitions) {
        if (rules.tzid().compare(trimmed, Qt::CaseInsensitive) == 0)
            return &rules;
    }
    return nullptr;
}

const IcsZone& IcsTimeZones::resolve(const QString& tzid) {
    const auto cached = m_resolved.constFind(tzid);
    if (cached != m_resolved.constEnd())
        return *cached;
    IcsZone zone;
    if (std::optional<IcsZone> named = resolveByName(tzid)) {
        zone = std::move(*named);
    } else if (const IcsTimeZoneRules* rules = definition(tzid)) {
        QList<qint64> uses;
        for (const qint64 local : m_uses.value(tzid))
            uses.append(rules->toUtc(local));
        zone = resolveByDefinition(*rules, uses);
    } else {
        zone.problem = IcsZone::Problem::Unknown;
    }
    return *m_resolved.insert(tzid, zone);
}

IcsZone IcsTimeZones::resolveByDefinition(const IcsTimeZoneRules& rules, const QList<qint64>& uses) const {
    if (!rules.hasOnsets()) {
        const QList<QByteArray> named = IcsZoneMatch::namedIn(rules.tzid());
        if (!named.isEmpty())
            return {IcsZone::Kind::Zoned, named.front(), IcsZone::Problem::NoChanges, 0};
        return fixedOffset(rules.offsetAt(0));
    }
    const QList<qint64> instants = uses.isEmpty() ? QList<qint64>{0} : uses;
    const std::optional<IcsZoneMatch::Match> match = IcsZoneMatch::find(rules, instants);
    if (!match)
        return fixedOffset(rules.offsetAt(instants.front()));
    return {IcsZone::Kind::Zoned, match->ianaId,
            match->disagreements > 0 ? IcsZone::Problem::OtherDates : IcsZone::Problem::None, 0};
}

IcsZone IcsTimeZones::fixedOffset(int offsetSeconds) {
    if (offsetSeconds == 0)
        return {IcsZone::Kind::Utc, {}, IcsZone::Problem::FixedOffset, 0};
    return {IcsZone::Kind::Zoned, fixedOffsetZone(offsetSeconds), IcsZone::Problem::FixedOffset, offsetSeconds};
}

} // namespace Fieldbook
