#pragma once

#include "CalendarEntry.h"
#include "CalendarPeriod.h"

#include <QLocale>
#include <QString>

namespace Fieldbook {

/// The texts of the calendar views, translated and formatted by the locale.
class CalendarText final {
public:
    /// The navigation bar's title: the day, the range of the week, the month, the agenda's dates.
    static QString periodTitle(CalendarMode mode, QDate date, const QLocale& locale);
    /// The label of an hour row: "13:00" or "1:00 PM", as QLocale::timeFormat(ShortFormat) has it.
    static QString hourLabel(int hour, const QLocale& locale);
    /// A time of day as the locale writes it, without seconds (the C locale's short format has them).
    static QString clock(QTime time, const QLocale& locale);
    /// A day in the time grid's header: "Mon 7", "周一 7".
    static QString dayHeader(QDate date, const QLocale& locale);
    /// What an entry is called on screen: "Busy" for busy blocks, a placeholder for an empty title.
    static QString title(const CalendarEntry& entry);
    /// "10:00 – 11:30", "All day", or the dates of an entry over several days.
    static QString timeRange(const CalendarEntry& entry, const QLocale& locale);
    /// "All day".
    static QString allDay();
    /// The tooltip: title, time, location, owner, flags, and the overlap warning naming the other item.
    static QString toolTip(const CalendarEntry& entry, const QLocale& locale);
    /// "Overlaps with “Title”".
    static QString overlapWarning(const QString& other);
    /// The marker of entries that do not fit beside each other in the time grid: "+3".
    static QString moreMarker(int count, const QLocale& locale);
    /// The last line of a month cell that cannot show all its entries: "+3 more".
    static QString moreLine(int count);
    /// The accessible and switch names of the views.
    static QString modeName(CalendarMode mode);
};

} // namespace Fieldbook
