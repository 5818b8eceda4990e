#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTimeZone>

namespace Fieldbook {

/// Writes the VTIMEZONE of an IANA zone from Qt's transitions (docs/icalendar.md, Writing): the
/// changes from a year before `firstYear` on, and where the zone keeps a yearly rule (last Sunday
/// of March...) that rule as an open RRULE, so recurring events stay right in later years. Changes
/// that follow no rule are listed as RDATEs. A zone without changes has one STANDARD observance.
class IcsTimeZoneWriter final {
public:
    /// The content lines, unfolded and without line ends.
    static QStringList write(const QByteArray& ianaId, int firstYear, int lastYear);
    /// The zone's changes in [from, to). QTimeZone::transitions() of Qt 6.4 stops at the end of the
    /// tz file's table (2037) when `from` is before it, and so does nextTransition() from the table's
    /// last change; stepping a second past each change goes on with the zone's rule.
    static QList<QTimeZone::OffsetData> transitions(const QTimeZone& zone, const QDateTime& from, const QDateTime& to);
};

} // namespace Fieldbook
