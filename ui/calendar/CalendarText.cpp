#include "CalendarText.h"

#include "CalendarDateFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
QString timeText(const QDateTime& value, const QLocale& locale) {
    return CalendarText::clock(value.time(), locale);
}
} // namespace

QString CalendarText::periodTitle(CalendarMode mode, QDate date, const QLocale& locale) {
    const CalendarDateFormat format(locale);
    switch (mode) {
    case CalendarMode::Day:
        return locale.toString(date, QLocale::LongFormat);
    case CalendarMode::Month:
        return format.monthYear(date);
    case CalendarMode::WorkWeek:
    case CalendarMode::Week:
    case CalendarMode::Agenda: {
        const CalendarRange range = CalendarPeriod::range(mode, date, locale);
        return format.range(range.first, range.lastExclusive.addDays(-1));
    }
    }
    return {};
}

QString CalendarText::hourLabel(int hour, const QLocale& locale) {
    return clock(QTime(hour, 0), locale);
}

QString CalendarText::clock(QTime time, const QLocale& locale) {
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

QString CalendarText::dayHeader(QDate date, const QLocale& locale) {
    return QCoreApplication::translate("Fieldbook::CalendarText", "%1 %2", "weekday, day of the month: Mon 7")
        .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), locale.toString(date.day()));
}

QString CalendarText::title(const CalendarEntry& entry) {
    if (entry.kind == CalendarEntry::Kind::Busy)
        return QCoreApplication::translate("Fieldbook::CalendarText", "Busy",
                                           "a colleague's time shown without details");
    if (entry.title.trimmed().isEmpty())
        return QCoreApplication::translate("Fieldbook::CalendarText", "(No title)");
    return entry.title;
}

QString CalendarText::timeRange(const CalendarEntry& entry, const QLocale& locale) {
    const QDate lastDate = entry.lastDateExclusive().addDays(-1);
    if (entry.allDay) {
        if (lastDate <= entry.firstDate())
            return allDay();
        return CalendarDateFormat(locale).range(entry.firstDate(), lastDate);
    }
    if (entry.start.date() == lastDate)
        return QCoreApplication::translate("Fieldbook::CalendarText", "%1 – %2", "start and end time")
            .arg(timeText(entry.start, locale), timeText(entry.end, locale));
    return QCoreApplication::translate("Fieldbook::CalendarText", "%1 – %2", "start and end time")
        .arg(locale.toString(entry.start.date(), QLocale::ShortFormat) + u' ' + clock(entry.start.time(), locale),
             locale.toString(entry.end.date(), QLocale::ShortFormat) + u' ' + clock(entry.end.time(), locale));
}

QString CalendarText::toolTip(const CalendarEntry& entry, const QLocale& locale) {
    QStringList lines{title(entry), timeRange(entry, locale)};
    if (entry.kind != CalendarEntry::Kind::Busy) {
        if (!entry.location.isEmpty())
            lines.append(entry.location);
        if (!entry.ownerName.isEmpty())
            lines.append(entry.ownerName);
        if (entry.recurring)
            lines.append(QCoreApplication::translate("Fieldbook::CalendarText", "Recurring"));
        if (entry.isPrivate)
            lines.append(QCoreApplication::translate("Fieldbook::CalendarText", "Private"));
        if (entry.tentative)
            lines.append(QCoreApplication::translate("Fieldbook::CalendarText", "Tentative"));
        if (entry.cancelled)
            lines.append(QCoreApplication::translate("Fieldbook::CalendarText", "Cancelled"));
    }
    if (!entry.conflictWith.isEmpty())
        lines.append(overlapWarning(entry.conflictWith));
    return lines.join(u'\n');
}

QString CalendarText::allDay() {
    return QCoreApplication::translate("Fieldbook::CalendarText", "All day");
}

QString CalendarText::overlapWarning(const QString& other) {
    return QCoreApplication::translate("Fieldbook::CalendarText", "Overlaps with “%1”").arg(other);
}

QString CalendarText::moreMarker(int count, const QLocale& locale) {
    return QCoreApplication::translate("Fieldbook::CalendarText", "+%1", "entries that do not fit beside the others")
        .arg(locale.toString(count));
}

QString CalendarText::moreLine(int count) {
    return QCoreApplication::translate("Fieldbook::CalendarText", "+%n more", "entries a month cell cannot show",
                                       count);
}

QString CalendarText::modeName(CalendarMode mode) {
    switch (mode) {
    case CalendarMode::Day:
        return QCoreApplication::translate("Fieldbook::CalendarText", "Day");
    case CalendarMode::WorkWeek:
        return QCoreApplication::translate("Fieldbook::CalendarText", "Work week");
    case CalendarMode::Week:
        return QCoreApplication::translate("Fieldbook::CalendarText", "Week");
    case CalendarMode::Month:
        return QCoreApplication::translate("Fieldbook::CalendarText", "Month");
    case CalendarMode::Agenda:
        return QCoreApplication::translate("Fieldbook::CalendarText", "Agenda");
    }
    return {};
}

} // namespace Fieldbook
