#pragma once

#include <QByteArray>
#include <QStringList>

namespace Fieldbook {

/// Writes the VTIMEZONE of an IANA zone from Qt's transitions (docs/icalendar.md, Writing): the
/// changes from a year before `firstYear` on, and where the zone keeps a yearly rule (last Sunday
/// of March...) that rule as an open RRULE, so recurring events stay right in later years. Changes
/// that follow no rule are listed as RDATEs. A zone without changes has one STANDARD observance.
class IcsTimeZoneWriter final {
public:
    /// The content lines, unfolded and without line ends.
    static QStringList write(const QByteArray& ianaId, int firstYear, int lastYear);
};

} // namespace Fieldbook
