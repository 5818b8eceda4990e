#include "IcsReader.h"

#include "calendar/IcsComponent.h"
#include "calendar/IcsContentLine.h"
#include "calendar/IcsItemReader.h"
#include "calendar/IcsText.h"
#include "calendar/IcsTimeReader.h"
#include "calendar/IcsTimeZones.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

bool isItem(const IcsComponent& component) {
    return component.name == "VEVENT" || component.name == "VTODO";
}

bool isSkipped(const IcsComponent& component) {
    return component.name == "VJOURNAL" || component.name == "VFREEBUSY";
}

/// The calendars of the file; components outside any VCALENDAR (a bare VEVENT) form one more.
QList<IcsComponent> calendarsOf(QList<IcsComponent> top) {
    QList<IcsComponent> calendars;
    IcsComponent bare{"VCALENDAR", 1, true, {}, {}};
    for (IcsComponent& component : top) {
        if (component.name == "VCALENDAR")
            calendars.append(std::move(component));
        else if (isItem(component) || isSkipped(component) || component.name == "VTIMEZONE")
            bare.children.append(std::move(component));
    }
    const bool hasItems = std::any_of(bare.children.begin(), bare.children.end(),
                                      [](const IcsComponent& c) { return isItem(c) || isSkipped(c); });
    if (hasItems)
        calendars.append(std::move(bare));
    return calendars;
}

/// All-day series whose overrides name the occurrence by a midnight in some zone (Exchange does):
/// the RECURRENCE-ID becomes the date, the form the series' occurrences have.
void alignOverrides(QList<CalendarItem>& items) {
    QSet<QString> allDaySeries;
    for (const CalendarItem& item : items) {
        if (!item.isOverride() && item.isAllDay())
            allDaySeries.insert(item.uid);
    }
    for (CalendarItem& item : items) {
        if (item.recurrenceId && !item.recurrenceId->isAllDay() && allDaySeries.contains(item.uid) &&
            item.recurrenceId->time == QTime(0, 0))
            item.recurrenceId = CalendarTime::ofDate(item.recurrenceId->date);
    }
}

/// The file's VTIMEZONEs, told every wall clock the items use with each TZID.
IcsTimeZones zonesOf(const QList<IcsComponent>& calendars) {
    QList<IcsTimeZoneRules> definitions;
    for (const IcsComponent& calendar : calendars) {
        for (const IcsComponent& child : calendar.children) {
            if (child.name == "VTIMEZONE")
                definitions.append(IcsTimeZoneRules::fromComponent(child));
        }
    }
    IcsTimeZones zones(std::move(definitions));
    for (const IcsComponent& calendar : calendars) {
        for (const IcsComponent& child : calendar.children) {
            if (isItem(child))
                IcsTimeReader::noteUses(child, zones);
        }
    }
    return zones;
}

void reportSkipped(const IcsComponent& component, IcsIssues& issues) {
    const IcsContentLine* uid = component.property("UID");
    const IcsContentLine* summary = component.property("SUMMARY");
    issues.setItem(uid ? IcsText::unescape(uid->value) : QString(),
                   summary ? IcsText::unescape(summary->value) : QString());
    if (component.name == "VJOURNAL")
        issues.add(component.line,
                   IcsReader::tr("Line %1: VJOURNAL (a journal entry) cannot be imported; it was skipped.")
                       .arg(component.line),
                   true);
    else
        issues.add(component.line,
                   IcsReader::tr("Line %1: VFREEBUSY (free/busy times) cannot be imported; it was skipped.")
                       .arg(component.line),
                   true);
}

void reportLines(const IcsContentLines::Parsed& parsed, IcsIssues& issues) {
    for (const int line : parsed.unreadable)
        issues.add(line,
                   IcsReader::tr("Line %1 is not an iCalendar content line (NAME:value); it was ignored.").arg(line));
    for (const int line : parsed.notUtf8)
        issues.add(line, IcsReader::tr("Line %1 is not UTF-8; it was read as Latin-1.").arg(line));
}

QString calendarName(const IcsComponent& calendar) {
    const IcsContentLine* name = calendar.property("X-WR-CALNAME");
    if (!name)
        name = calendar.property("NAME");
    return name ? IcsText::unescape(name->value).trimmed() : QString();
}

} // namespace

Result<IcsReadResult> IcsReader::read(const QByteArray& bytes, const QString& fileName) {
    const IcsContentLines::Parsed parsed = IcsContentLines::parse(bytes);
    const QList<IcsComponent> calendars = calendarsOf(IcsComponent::build(parsed.lines));
    if (calendars.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not an iCalendar file: it has no BEGIN:VCALENDAR.").arg(fileName));
    IcsReadResult result;
    IcsIssues issues(result.issues);
    reportLines(parsed, issues);
    IcsTimeZones zones = zonesOf(calendars);
    IcsTimeReader times(zones, issues);
    IcsItemReader reader(times, issues);
    for (const IcsComponent& calendar : calendars) {
        if (result.calendarName.isEmpty())
            result.calendarName = calendarName(calendar);
        for (const IcsComponent& child : calendar.children) {
            issues.setItem({}, {});
            if (isSkipped(child))
                reportSkipped(child, issues);
            else if (!isItem(child))
                continue;
            else if (std::optional<CalendarItem> item = reader.read(child))
                result.items.append(std::move(*item));
        }
    }
    alignOverrides(result.items);
    std::stable_sort(result.issues.begin(), result.issues.end(),
                     [](const IcsIssue& a, const IcsIssue& b) { return a.line < b.line; });
    return result;
}

Result<IcsReadResult> readIcs(const QByteArray& bytes, const QString& fileName) {
    return IcsReader::read(bytes, fileName);
}

} // namespace Fieldbook
