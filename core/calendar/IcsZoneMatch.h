#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Fieldbook {

class IcsTimeZoneRules;

/// Finds the IANA zone a VTIMEZONE describes (docs/icalendar.md, Time zones). A candidate must give
/// the VTIMEZONE's offset at every instant the file uses. Among those wins the one that agrees most
/// often twice a month through the years used, then a zone the TZID text names (the earlier in the
/// text, the better), then the zone CLDR gives for its Windows zone, then the one that agrees most
/// often an hour either side of each change, then the id in alphabetical order.
class IcsZoneMatch final {
public:
    struct Match {
        QByteArray ianaId;
        int disagreements = 0; ///< sampled instants where the zone and the VTIMEZONE differ
    };

    /// `uses` are UTC seconds; nullopt when no candidate agrees at all of them.
    static std::optional<Match> find(const IcsTimeZoneRules& rules, const QList<qint64>& uses);
    /// IANA zones the TZID text names, in the order they appear: the text itself with '/' for '-'
    /// (`US-Eastern`), an id inside it (`custom_America/New_York`), or a city
    /// (`(UTC+07:00) Bangkok, Hanoi, Jakarta`).
    static QList<QByteArray> namedIn(const QString& tzid);
    /// A name Qt knows as a zone: listed, or a valid id of the tz database's form (backward links
    /// such as US/Eastern are valid without being listed). Qt also accepts POSIX TZ strings, so the
    /// form is checked first.
    static bool isIanaId(QStringView name);
    /// The listed zone a valid but unlisted id (a backward link) stands for: the one with the same
    /// changes from 1970 to 2037, the CLDR zone first. The id itself when none is found, and for the
    /// fixed-offset zones Etc/GMT-7 and the like.
    static QByteArray canonical(const QByteArray& id);
};

} // namespace Fieldbook
