#pragma once

#include "calendar/CalendarItem.h"
#include "calendar/IcsIssue.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Fieldbook {

/// What an iCalendar file holds: its events and tasks in file order, what could not be
/// represented, and the calendar's name (X-WR-CALNAME or NAME).
struct IcsReadResult {
    QList<CalendarItem> items;
    QList<IcsIssue> issues; ///< in line order
    QString calendarName;
};

/// Reads iCalendar (RFC 5545) as real producers write it (docs/icalendar.md, Reading).
class IcsReader final {
    Q_DECLARE_TR_FUNCTIONS(IcsReader)

public:
    /// Fails only when the bytes are not iCalendar at all (no BEGIN:VCALENDAR and no bare VEVENT or
    /// VTODO), with a message naming the file; everything else is read with issues. Never throws.
    [[nodiscard]] static Result<IcsReadResult> read(const QByteArray& bytes, const QString& fileName);
};

/// The entry point of import: IcsReader::read.
[[nodiscard]] Result<IcsReadResult> readIcs(const QByteArray& bytes, const QString& fileName);

} // namespace Fieldbook
