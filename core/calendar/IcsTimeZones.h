#pragma once

#include "calendar/IcsTimeZoneRules.h"

#include <QDate>
#include <QHash>
#include <QTime>

#include <optional>

namespace Fieldbook {

/// How the times of one TZID are read.
struct IcsZone {
    enum class Kind { Zoned, Utc, Floating };
    /// What was approximated; None when the reading is exact.
    enum class Problem {
        None,
        Unknown,     ///< neither known nor defined: read as floating
        NoChanges,   ///< the VTIMEZONE has no DTSTART: read as the zone its name gives
        OtherDates,  ///< the zone agrees where the file's times are, not on other dates of those years
        FixedOffset, ///< no zone agrees: read at a fixed offset (`offset`)
    };

    Kind kind = Kind::Floating;
    QByteArray ianaId; ///< for Zoned: an IANA id (or a fixed-offset id such as Etc/GMT-7)
    Problem problem = Problem::None;
    int offset = 0; ///< seconds east of UTC, for FixedOffset
};

/// Resolves the TZIDs of one file to IANA zones (docs/icalendar.md, Time zones): UTC names; IANA
/// ids as they are, also behind prefixes such as `/mozilla.org/20050126_1/`; Windows names through
/// CLDR; anything else through the file's VTIMEZONE, matched against IANA zones at the instants the
/// file uses. Deterministic: the same file always gives the same zones.
class IcsTimeZones final {
public:
    explicit IcsTimeZones(QList<IcsTimeZoneRules> definitions);

    /// Remembers a wall clock the file uses with this TZID; call for all of them before resolve().
    void noteUse(const QString& tzid, QDate date, QTime time);
    /// How the TZID is read (resolved once, then cached).
    const IcsZone& resolve(const QString& tzid);

    /// UTC names, IANA ids (also behind a prefix) and Windows names; nullopt for anything else.
    static std::optional<IcsZone> resolveByName(QStringView tzid);
    /// The zone of a constant offset: Etc/GMT-7 for +07:00 (POSIX signs), UTC+05:30 where no Etc
    /// zone exists.
    static QByteArray fixedOffsetZone(int offsetSeconds);

private:
    const IcsTimeZoneRules* definition(const QString& tzid) const;
    IcsZone resolveByDefinition(const IcsTimeZoneRules& rules, const QList<qint64>& uses) const;
    static IcsZone fixedOffset(int offsetSeconds);

    QList<IcsTimeZoneRules> m_definitions;
    QHash<QString, QList<qint64>> m_uses; ///< local seconds, per TZID
    QHash<QString, IcsZone> m_resolved;
};

} // namespace Fieldbook
