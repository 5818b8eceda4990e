#include "IcsWriter.h"

#include "calendar/IcsContentLine.h"
#include "calendar/IcsText.h"
#include "calendar/IcsTimeZoneWriter.h"
#include "calendar/IcsValue.h"

#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The folded, CRLF-terminated lines of the calendar being written.
class Output {
public:
    void line(const QString& text) { m_bytes += IcsContentLines::fold(text.toUtf8()); }
    void text(const QString& name, const QString& value) {
        if (!value.isEmpty())
            line(name + u':' + IcsText::escape(value));
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QString timeLine(const QString& nameAndParameters, const CalendarTime& time) {
    switch (time.kind) {
    case CalendarTime::Kind::Date:
        return nameAndParameters + u";VALUE=DATE:"_s + IcsValue::formatDate(time.date);
    case CalendarTime::Kind::Utc:
        return nameAndParameters + u':' + IcsValue::formatDateTime(time.date, time.time, true);
    case CalendarTime::Kind::Zoned:
        return nameAndParameters + u";TZID="_s + IcsText::parameterValue(QString::fromLatin1(time.zone)) + u':' +
               IcsValue::formatDateTime(time.date, time.time, false);
    case CalendarTime::Kind::Floating:
        break;
    }
    return nameAndParameters + u':' + IcsValue::formatDateTime(time.date, time.time, false);
}

QString utcText(const QDateTime& instant) {
    const QDateTime utc = instant.toUTC();
    return IcsValue::formatDateTime(utc.date(), utc.time(), true);
}

/// A cal-address: mailto: unless the value already is another URI.
QString addressOf(const QString& email) {
    const qsizetype colon = email.indexOf(u':');
    const qsizetype at = email.indexOf(u'@');
    if (colon > 0 && (at < 0 || colon < at))
        return email;
    return u"mailto:"_s + email;
}

QString personLine(const QString& name, const CalendarPerson& person, bool attendee, IcsMethod method) {
    QString line = name;
    if (!person.name.isEmpty())
        line += u";CN="_s + IcsText::parameterValue(person.name);
    if (attendee && !person.role.isEmpty())
        line += u";ROLE="_s + IcsText::parameterValue(person.role);
    if (attendee && !person.status.isEmpty())
        line += u";PARTSTAT="_s + IcsText::parameterValue(person.status);
    if (attendee && method == IcsMethod::Request && (person.status.isEmpty() || person.status == u"NEEDS-ACTION"_s))
        line += u";RSVP=TRUE"_s;
    return line + u':' + addressOf(person.email);
}

/// Every zone the items use, with the first and last year it is used in.
QMap<QByteArray, std::pair<int, int>> zonesOf(const QList<CalendarItem>& items) {
    QMap<QByteArray, std::pair<int, int>> zones;
    const auto note = [&](const CalendarTime& time) {
        if (time.kind != CalendarTime::Kind::Zoned)
            return;
        const int year = time.date.year();
        auto found = zones.find(time.zone);
        if (found == zones.end())
            zones.insert(time.zone, {year, year});
        else
            *found = {std::min(found->first, year), std::max(found->second, year)};
    };
    for (const CalendarItem& item : items) {
        for (const std::optional<CalendarTime>& time : {item.start, item.end, item.recurrenceId}) {
            if (time)
                note(*time);
        }
        for (const CalendarTime& time : item.rdates + item.exdates)
            note(time);
    }
    return zones;
}

void writeTimes(Output& out, const CalendarItem& item) {
    const bool task = item.kind == CalendarItem::Kind::Task;
    if (item.start)
        out.line(timeLine(u"DTSTART"_s, *item.start));
    if (item.end)
        out.line(timeLine(task ? u"DUE"_s : u"DTEND"_s, *item.end));
    if (item.recurrenceId)
        out.line(timeLine(item.thisAndFuture ? u"RECURRENCE-ID;RANGE=THISANDFUTURE"_s : u"RECURRENCE-ID"_s,
                          *item.recurrenceId));
    for (const QString& rule : item.rrules)
        out.line(u"RRULE:"_s + rule);
    for (const CalendarTime& rdate : item.rdates)
        out.line(timeLine(u"RDATE"_s, rdate));
    for (const CalendarTime& exdate : item.exdates)
        out.line(timeLine(u"EXDATE"_s, exdate));
}

void writeStates(Output& out, const CalendarItem& item) {
    const bool task = item.kind == CalendarItem::Kind::Task;
    if (!item.status.isEmpty())
        out.line(u"STATUS:"_s + item.status);
    if (item.isPrivate)
        out.line(u"CLASS:PRIVATE"_s);
    if (!task)
        out.line(item.busy ? u"TRANSP:OPAQUE"_s : u"TRANSP:TRANSPARENT"_s);
    if (item.priority > 0)
        out.line(u"PRIORITY:"_s + QString::number(item.priority));
    if (task && item.percentComplete > 0)
        out.line(u"PERCENT-COMPLETE:"_s + QString::number(item.percentComplete));
    if (task && item.completed)
        out.line(u"COMPLETED:"_s + utcText(*item.completed));
    if (!item.categories.isEmpty()) {
        QStringList escaped;
        for (const QString& category : item.categories)
            escaped.append(IcsText::escape(category));
        out.line(u"CATEGORIES:"_s + escaped.join(u','));
    }
}

void writeAlarms(Output& out, const CalendarItem& item) {
    // A task's reminders count from its due time: RELATED=END (RFC 5545, 3.8.6.3).
    const bool fromDue = item.kind == CalendarItem::Kind::Task && item.end;
    const QString description = item.summary.isEmpty() ? IcsWriter::tr("Reminder") : item.summary;
    for (const CalendarAlarm& alarm : item.alarms) {
        out.line(u"BEGIN:VALARM"_s);
        out.line(u"ACTION:DISPLAY"_s);
        out.text(u"DESCRIPTION"_s, description);
        out.line((fromDue ? u"TRIGGER;RELATED=END:"_s : u"TRIGGER:"_s) +
                 IcsValue::formatDuration(-qint64(alarm.minutesBefore) * 60));
        out.line(u"END:VALARM"_s);
    }
}

void writeItem(Output& out, const CalendarItem& item, IcsMethod method) {
    const QString kind = item.kind == CalendarItem::Kind::Task ? u"VTODO"_s : u"VEVENT"_s;
    out.line(u"BEGIN:"_s + kind);
    out.text(u"UID"_s, item.uid);
    const bool modified = item.lastModified.isValid();
    out.line(u"DTSTAMP:"_s + utcText(modified ? item.lastModified : QDateTime::currentDateTimeUtc()));
    if (modified)
        out.line(u"LAST-MODIFIED:"_s + utcText(item.lastModified));
    out.line(u"SEQUENCE:"_s + QString::number(item.sequence));
    out.text(u"SUMMARY"_s, item.summary);
    out.text(u"LOCATION"_s, item.location);
    out.text(u"DESCRIPTION"_s, item.description);
    writeTimes(out, item);
    writeStates(out, item);
    if (item.organizer)
        out.line(personLine(u"ORGANIZER"_s, *item.organizer, false, method));
    for (const CalendarPerson& attendee : item.attendees)
        out.line(personLine(u"ATTENDEE"_s, attendee, true, method));
    writeAlarms(out, item);
    out.line(u"END:"_s + kind);
}

} // namespace

QByteArray IcsWriter::write(const QList<CalendarItem>& items, IcsMethod method, const QString& calendarName) {
    Output out;
    out.line(u"BEGIN:VCALENDAR"_s);
    out.line(u"VERSION:2.0"_s);
    out.line(u"PRODID:-//Fieldbook//Fieldbook//EN"_s);
    out.line(u"CALSCALE:GREGORIAN"_s);
    if (method == IcsMethod::Publish)
        out.line(u"METHOD:PUBLISH"_s);
    else if (method == IcsMethod::Request)
        out.line(u"METHOD:REQUEST"_s);
    out.text(u"X-WR-CALNAME"_s, calendarName);
    const QMap<QByteArray, std::pair<int, int>> zones = zonesOf(items);
    for (auto zone = zones.cbegin(); zone != zones.cend(); ++zone) {
        for (const QString& line : IcsTimeZoneWriter::write(zone.key(), zone->first, zone->second))
            out.line(line);
    }
    for (const CalendarItem& item : items)
        writeItem(out, item, method);
    out.line(u"END:VCALENDAR"_s);
    return out.bytes();
}

QByteArray writeIcs(const QList<CalendarItem>& items, IcsMethod method, const QString& calendarName) {
    return IcsWriter::write(items, method, calendarName);
}

} // namespace Fieldbook
