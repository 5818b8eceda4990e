#pragma once

#include "calendar/CalendarItem.h"

#include <QByteArray>
#include <QList>

namespace Fieldbook::CalendarImportLines {

/// The line of each item's BEGIN:VEVENT or BEGIN:VTODO in `bytes`, for `items` as readIcs() returned
/// them (the reader's items carry no line); 0 where it cannot be told. Import names items by these
/// lines in its report.
QList<int> of(const QByteArray& bytes, const QList<CalendarItem>& items);

} // namespace Fieldbook::CalendarImportLines
