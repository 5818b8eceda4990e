#include "IcsItemReader.h"

#include "calendar/IcsComponent.h"
#include "calendar/IcsIssue.h"
#include "calendar/IcsText.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <climits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kDaySeconds = 86400;

QString textOf(const IcsComponent& component, QByteArrayView name) {
    const IcsContentLine* line = component.property(name);
    return line ? IcsText::unescape(line->value) : QString();
}

QString upperOf(const IcsComponent& component, QByteArrayView name) {
    const IcsContentLine* line = component.property(name);
    return line ? line->value.trimmed().toUpper() : QString();
}

/// A UID made from the component's content, so importing the same file again finds the same item.
QString generatedUid(const IcsComponent& component) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const IcsContentLine& line : component.properties) {
        hash.addData(line.name);
        hash.addData(line.value.toUtf8());
        hash.addData("\n");
    }
    return u"fieldbook-import-"_s + QString::fromLatin1(hash.result().toHex().left(32));
}

/// The rule without blanks and empty parts; nullopt when it has no FREQ that RFC 5545 names.
std::optional<QString> normalizedRule(const QString& value) {
    static const QStringList frequencies = {u"SECONDLY"_s, u"MINUTELY"_s, u"HOURLY"_s, u"DAILY"_s,
                                            u"WEEKLY"_s,   u"MONTHLY"_s,  u"YEARLY"_s};
    QString compact = value;
    compact.removeIf([](QChar c) { return c.isSpace(); });
    QStringList parts = compact.split(u';', Qt::SkipEmptyParts);
    bool hasFrequency = false;
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return std::nullopt;
        if (part.first(equals).compare(u"FREQ"_s, Qt::CaseInsensitive) == 0)
            hasFrequency = frequencies.contains(part.sliced(equals + 1).toUpper());
    }
    if (!hasFrequency)
        return std::nullopt;
    return parts.join(u';');
}

CalendarPerson personOf(const IcsContentLine& line) {
    QString address = line.value.trimmed();
    if (address.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        address = address.sliced(7);
    return CalendarPerson{line.parameter("CN").trimmed(), address, line.parameter("ROLE").trimmed().toUpper(),
                          line.parameter("PARTSTAT").trimmed().toUpper()};
}

} // namespace

IcsItemReader::IcsItemReader(IcsTimeReader& times, IcsIssues& issues)
    : m_times(times)
    , m_issues(issues) {}

std::optional<CalendarItem> IcsItemReader::read(const IcsComponent& component) {
    CalendarItem item;
    item.kind = component.name == "VTODO" ? CalendarItem::Kind::Task : CalendarItem::Kind::Event;
    readTexts(component, item);
    if (!component.closed)
        m_issues.add(component.line, tr("Line %1: %2 has no END:%2; it was read up to the end of the file.")
                                         .arg(component.line)
                                         .arg(QString::fromLatin1(component.name)));
    readTimes(component, item);
    if (item.kind == CalendarItem::Kind::Event && !item.start) {
        m_issues.add(component.line,
                     tr("Line %1: the event has no readable DTSTART; it was skipped.").arg(component.line), true);
        return std::nullopt;
    }
    readRecurrence(component, item);
    readStates(component, item);
    readPeople(component, item);
    readAlarms(component, item);
    return item;
}

void IcsItemReader::readTexts(const IcsComponent& component, CalendarItem& item) {
    item.uid = textOf(component, "UID").trimmed();
    item.summary = textOf(component, "SUMMARY");
    item.location = textOf(component, "LOCATION");
    item.description = textOf(component, "DESCRIPTION");
    m_issues.setItem(item.uid, item.summary);
    if (item.uid.isEmpty()) {
        item.uid = generatedUid(component);
        m_issues.setItem(item.uid, item.summary);
        m_issues.add(component.line, tr("Line %1: %2 has no UID; it was given %3.")
                                         .arg(component.line)
                                         .arg(QString::fromLatin1(component.name), item.uid));
    }
    for (const IcsContentLine* line : component.propertiesNamed("CATEGORIES")) {
        for (const QString& part : IcsText::splitList(line->value)) {
            const QString category = IcsText::unescape(part).trimmed();
            if (!category.isEmpty())
                item.categories.append(category);
        }
    }
}

void IcsItemReader::readTimes(const IcsComponent& component, CalendarItem& item) {
    if (const IcsContentLine* start = component.property("DTSTART"))
        item.start = m_times.read(*start);
    if (const IcsContentLine* recurrenceId = component.property("RECURRENCE-ID")) {
        item.recurrenceId = m_times.read(*recurrenceId);
        const QString range = recurrenceId->parameter("RANGE").trimmed().toUpper();
        item.thisAndFuture = range == u"THISANDFUTURE"_s;
        if (range == u"THISANDPRIOR"_s)
            m_issues.add(recurrenceId->line,
                         tr("Line %1: RECURRENCE-ID with RANGE=THISANDPRIOR is not supported; the change applies to "
                            "this occurrence only.")
                             .arg(recurrenceId->line));
    }
    readEnd(component, item);
}

void IcsItemReader::readEnd(const IcsComponent& component, CalendarItem& item) {
    const bool task = item.kind == CalendarItem::Kind::Task;
    const IcsContentLine* end = component.property(task ? "DUE" : "DTEND");
    const IcsContentLine* duration = component.property("DURATION");
    if (end) {
        item.end = m_times.read(*end);
        if (duration)
            m_issues.add(duration->line, tr("Line %1: both %2 and DURATION are given; DURATION was ignored.")
                                             .arg(duration->line)
                                             .arg(QString::fromLatin1(end->name)));
        if (item.end && item.start)
            checkEnd(*end, item);
        return;
    }
    if (duration && item.start) {
        const std::optional<IcsValue::Duration> length = IcsValue::parseDuration(duration->value);
        bool approximated = false;
        if (!length || length->isNegative()) {
            m_issues.add(duration->line, tr("Line %1: DURATION \"%2\" is not a positive duration; it was ignored.")
                                             .arg(duration->line)
                                             .arg(duration->value));
        } else {
            item.end = IcsTimeReader::add(*item.start, *length, approximated);
        }
        if (approximated)
            m_issues.add(duration->line,
                         tr("Line %1: the all-day item lasts %2 (DURATION); it was rounded up to whole days.")
                             .arg(duration->line)
                             .arg(duration->value));
    }
    if (!item.end && item.start && !task) { // RFC 5545, 3.6.1: a day for a date, else no length
        bool unused = false;
        item.end = IcsTimeReader::add(*item.start, {item.start->isAllDay() ? 1 : 0, 0}, unused);
    }
}

void IcsItemReader::checkEnd(const IcsContentLine& line, CalendarItem& item) {
    const QString name = QString::fromLatin1(line.name);
    if (item.start->isAllDay() != item.end->isAllDay()) {
        const CalendarTime written = *item.end;
        if (item.start->isAllDay()) {
            const bool midnight = written.time == QTime(0, 0);
            item.end = CalendarTime::ofDate(written.date.addDays(midnight ? 0 : 1));
        } else {
            item.end = item.start->withDate(written.date);
        }
        m_issues.add(line.line, tr("Line %1: %2 %3 is not of the same kind as DTSTART %4; it was read as %5.")
                                    .arg(line.line)
                                    .arg(name, written.toText(), item.start->toText(), item.end->toText()));
    }
    if (IcsTimeReader::secondsBetween(*item.start, *item.end) < 0) {
        bool unused = false;
        item.end = IcsTimeReader::add(*item.start, {item.start->isAllDay() ? 1 : 0, 0}, unused);
        m_issues.add(
            line.line,
            item.start->isAllDay()
                ? tr("Line %1: %2 is before DTSTART; the all-day item now lasts one day.").arg(line.line).arg(name)
                : tr("Line %1: %2 is before DTSTART; the item now ends when it starts.").arg(line.line).arg(name));
    }
}

void IcsItemReader::readRecurrence(const IcsComponent& component, CalendarItem& item) {
    for (const IcsContentLine* line : component.propertiesNamed("RRULE")) {
        if (const std::optional<QString> rule = normalizedRule(line->value))
            item.rrules.append(*rule);
        else
            m_issues.add(
                line->line,
                tr("Line %1: RRULE \"%2\" has no valid FREQ; the rule was dropped.").arg(line->line).arg(line->value));
    }
    for (const IcsContentLine* line : component.propertiesNamed("EXRULE"))
        m_issues.add(line->line, tr("Line %1: EXRULE (removed from iCalendar by RFC 5545) is not supported; it "
                                    "was ignored.")
                                     .arg(line->line));
    for (const IcsContentLine* line : component.propertiesNamed("RDATE")) {
        if (line->parameter("VALUE").compare(u"PERIOD"_s, Qt::CaseInsensitive) == 0 || line->value.contains(u'/'))
            m_issues.add(line->line, tr("Line %1: RDATE periods keep only their start; those occurrences last as "
                                        "long as the others.")
                                         .arg(line->line));
        item.rdates.append(m_times.readList(*line));
    }
    for (const IcsContentLine* line : component.propertiesNamed("EXDATE"))
        item.exdates.append(m_times.readList(*line));
}

std::optional<int> IcsItemReader::readNumber(const IcsComponent& component, QByteArrayView name, int low, int high) {
    const IcsContentLine* line = component.property(name);
    if (!line)
        return std::nullopt;
    bool ok = false;
    const int value = line->value.trimmed().toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    m_issues.add(line->line, tr("Line %1: %2 \"%3\" is not a whole number from %4 to %5; it was ignored.")
                                 .arg(line->line)
                                 .arg(QString::fromLatin1(line->name), line->value)
                                 .arg(low)
                                 .arg(high));
    return std::nullopt;
}

void IcsItemReader::readStates(const IcsComponent& component, CalendarItem& item) {
    item.status = upperOf(component, "STATUS");
    const QString access = upperOf(component, "CLASS");
    item.isPrivate = access == u"PRIVATE"_s || access == u"CONFIDENTIAL"_s;
    item.busy = upperOf(component, "TRANSP") != u"TRANSPARENT"_s;
    item.priority = readNumber(component, "PRIORITY", 0, 9).value_or(0);
    item.percentComplete = readNumber(component, "PERCENT-COMPLETE", 0, 100).value_or(0);
    item.sequence = readNumber(component, "SEQUENCE", 0, INT_MAX).value_or(0);
    if (const IcsContentLine* completed = component.property("COMPLETED"))
        item.completed = m_times.readInstant(*completed);
    const IcsContentLine* modified = component.property("LAST-MODIFIED");
    if (!modified)
        modified = component.property("DTSTAMP");
    if (modified)
        item.lastModified = m_times.readInstant(*modified).value_or(QDateTime());
}

void IcsItemReader::readPeople(const IcsComponent& component, CalendarItem& item) {
    if (const IcsContentLine* organizer = component.property("ORGANIZER"))
        item.organizer = personOf(*organizer);
    for (const IcsContentLine* attendee : component.propertiesNamed("ATTENDEE"))
        item.attendees.append(personOf(*attendee));
}

void IcsItemReader::readAlarms(const IcsComponent& component, CalendarItem& item) {
    for (const IcsComponent& child : component.children) {
        if (child.name != "VALARM")
            continue;
        if (const std::optional<CalendarAlarm> alarm = readAlarm(child, item))
            item.alarms.append(*alarm);
    }
}

std::optional<CalendarAlarm> IcsItemReader::readAlarm(const IcsComponent& valarm, const CalendarItem& item) {
    const bool task = item.kind == CalendarItem::Kind::Task;
    const IcsContentLine* trigger = valarm.property("TRIGGER");
    // The reference of minutesBefore: the start of an event, the due time of a task.
    const std::optional<CalendarTime> reference = task && item.end ? item.end : item.start ? item.start : item.end;
    const std::optional<IcsValue::Duration> duration = trigger ? IcsValue::parseDuration(trigger->value) : std::nullopt;
    std::optional<qint64> secondsBefore;
    if (trigger && reference && duration) {
        const bool relatedEnd = trigger->parameter("RELATED").compare(u"END"_s, Qt::CaseInsensitive) == 0;
        const std::optional<CalendarTime> anchor = relatedEnd ? item.end : task && item.start ? item.start : reference;
        const qint64 anchorAfterReference = anchor ? IcsTimeReader::secondsBetween(*reference, *anchor) : 0;
        secondsBefore = -(anchorAfterReference + duration->days * kDaySeconds + duration->seconds);
    } else if (trigger && reference && IcsValue::parseDateTime(trigger->value)) {
        if (const std::optional<CalendarTime> at = m_times.read(*trigger))
            secondsBefore = IcsTimeReader::secondsBetween(*at, *reference);
    }
    if (!secondsBefore) {
        const int line = trigger ? trigger->line : valarm.line;
        m_issues.add(line, tr("Line %1: the alarm's TRIGGER cannot be read or has nothing to refer to; the alarm "
                              "was dropped.")
                               .arg(line));
        return std::nullopt;
    }
    return CalendarAlarm{static_cast<int>(*secondsBefore / 60)};
}

} // namespace Fieldbook
