#pragma once

#include "calendar/CalendarItem.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fieldbook {

/// METHOD of an exported calendar (RFC 5546): none for a plain export, PUBLISH, or REQUEST for an
/// invitation (which needs each item's ORGANIZER).
enum class IcsMethod { None, Publish, Request };

/// Writes iCalendar (RFC 5545) that Google Calendar, Thunderbird and python-icalendar read back
/// unchanged (docs/icalendar.md, Writing).
class IcsWriter final {
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    /// A VCALENDAR with one VTIMEZONE per zone the items use, then the items in order. CRLF line
    /// ends, folded at 75 octets. DTSTAMP is the item's lastModified (now when it has none).
    static QByteArray write(const QList<CalendarItem>& items, IcsMethod method, const QString& calendarName = {});
};

/// The entry point of export: IcsWriter::write.
QByteArray writeIcs(const QList<CalendarItem>& items, IcsMethod method, const QString& calendarName = {});

} // namespace Fieldbook
