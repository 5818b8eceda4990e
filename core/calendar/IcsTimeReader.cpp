#include "IcsTimeReader.h"

#include "calendar/IcsComponent.h"
#include "calendar/IcsIssue.h"
#include "calendar/IcsTimeZones.h"

#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kDaySeconds = 86400;

QStringList listItems(const IcsContentLine& line) {
    QStringList items;
    for (const QString& item : line.value.split(u',')) {
        const QString start = item.section(u'/', 0, 0).trimmed(); // a PERIOD gives its start
        if (!start.isEmpty())
            items.append(start);
    }
    return items;
}

bool isTimeProperty(QByteArrayView name) {
    return name == "DTSTART" || name == "DTEND" || name == "DUE" || name == "RECURRENCE-ID" || name == "RDATE" ||
           name == "EXDATE";
}

QString offsetText(int seconds) {
    const int magnitude = std::abs(seconds);
    return u"UTC"_s + (seconds < 0 ? u'-' : u'+') +
           QString::asprintf("%02d:%02d", magnitude / 3600, magnitude / 60 % 60);
}

} // namespace

QString IcsTimeReader::zoneProblem(int line, const QString& tzid, const IcsZone& zone) {
    const QString id = QString::fromLatin1(zone.ianaId);
    switch (zone.problem) {
    case IcsZone::Problem::Unknown:
        return tr("Line %1: the time zone \"%2\" is neither known nor defined in the file (no VTIMEZONE); its times "
                  "were read as floating times, in the viewer's own zone.")
            .arg(line)
            .arg(tzid);
    case IcsZone::Problem::NoChanges:
        return tr("Line %1: the VTIMEZONE of \"%2\" gives no dates for its changes (no DTSTART); it was read as %3, "
                  "the zone its name gives.")
            .arg(line)
            .arg(tzid, id);
    case IcsZone::Problem::OtherDates:
        return tr("Line %1: the time zone \"%2\" was read as %3, which gives the file's times as its VTIMEZONE does "
                  "but differs from it on other dates of the same years.")
            .arg(line)
            .arg(tzid, id);
    case IcsZone::Problem::FixedOffset:
        if (zone.kind == IcsZone::Kind::Utc)
            return tr("Line %1: the time zone \"%2\" matches no known zone; its times were read as UTC.")
                .arg(line)
                .arg(tzid);
        return tr("Line %1: the time zone \"%2\" matches no known zone; its times were read at the fixed offset %3 "
                  "(%4), without daylight saving time.")
            .arg(line)
            .arg(tzid, offsetText(zone.offset), id);
    case IcsZone::Problem::None:
        break;
    }
    return {};
}

IcsTimeReader::IcsTimeReader(IcsTimeZones& zones, IcsIssues& issues)
    : m_zones(zones)
    , m_issues(issues) {}

void IcsTimeReader::noteUses(const IcsComponent& component, IcsTimeZones& zones) {
    for (const IcsContentLine& line : component.properties) {
        const QString tzid = line.parameter("TZID");
        if (tzid.isEmpty() || !isTimeProperty(line.name))
            continue;
        for (const QString& item : listItems(line)) {
            const std::optional<IcsValue::DateTime> value = IcsValue::parseDateTime(item);
            if (value && !value->isDate && !value->isUtc)
                zones.noteUse(tzid, value->date, value->time);
        }
    }
}

std::optional<CalendarTime> IcsTimeReader::read(const IcsContentLine& line) {
    const QStringList items = listItems(line);
    if (items.isEmpty()) {
        m_issues.add(
            line.line,
            tr("Line %1: %2 has no value; it was ignored.").arg(line.line).arg(QString::fromLatin1(line.name)));
        return std::nullopt;
    }
    return readValue(line, items.front());
}

QList<CalendarTime> IcsTimeReader::readList(const IcsContentLine& line) {
    QList<CalendarTime> times;
    for (const QString& item : listItems(line)) {
        if (std::optional<CalendarTime> time = readValue(line, item))
            times.append(*time);
    }
    return times;
}

std::optional<CalendarTime> IcsTimeReader::readValue(const IcsContentLine& line, QStringView text) {
    const QString name = QString::fromLatin1(line.name);
    std::optional<IcsValue::DateTime> value = IcsValue::parseDateTime(text);
    if (!value) {
        m_issues.add(line.line, tr("Line %1: %2 \"%3\" is not a date or a time; it was ignored.")
                                    .arg(line.line)
                                    .arg(name, text.toString()));
        return std::nullopt;
    }
    if (line.parameter("VALUE").compare(u"DATE"_s, Qt::CaseInsensitive) == 0 && !value->isDate) {
        value->isDate = true;
        value->approximated = true;
    }
    CalendarTime time = value->isDate  ? CalendarTime::ofDate(value->date)
                        : value->isUtc ? CalendarTime::utc(QDateTime(value->date, value->time, QTimeZone::utc()))
                                       : inZone(line, value->date, value->time);
    if (value->approximated)
        m_issues.add(line.line, tr("Line %1: %2 \"%3\" is not written as RFC 5545 asks; it was read as %4.")
                                    .arg(line.line)
                                    .arg(name, text.toString(), time.toText()));
    return time;
}

CalendarTime IcsTimeReader::inZone(const IcsContentLine& line, QDate date, QTime time) {
    const QString tzid = line.parameter("TZID");
    if (tzid.isEmpty())
        return CalendarTime::floating(date, time);
    const IcsZone& zone = m_zones.resolve(tzid);
    if (zone.problem != IcsZone::Problem::None && !m_reportedZones.contains(tzid)) {
        m_reportedZones.insert(tzid);
        m_issues.add(line.line, zoneProblem(line.line, tzid, zone));
    }
    switch (zone.kind) {
    case IcsZone::Kind::Zoned:
        return CalendarTime::zoned(date, time, zone.ianaId);
    case IcsZone::Kind::Utc:
        return CalendarTime::utc(QDateTime(date, time, QTimeZone::utc()));
    case IcsZone::Kind::Floating:
        break;
    }
    return CalendarTime::floating(date, time);
}

std::optional<QDateTime> IcsTimeReader::readInstant(const IcsContentLine& line) {
    const std::optional<IcsValue::DateTime> value = IcsValue::parseDateTime(line.value);
    if (value && value->isUtc && !value->approximated)
        return QDateTime(value->date, value->time, QTimeZone::utc());
    const std::optional<CalendarTime> time = read(line);
    if (!time)
        return std::nullopt;
    if (time->kind != CalendarTime::Kind::Utc)
        m_issues.add(line.line, tr("Line %1: %2 should be in UTC; it was read as %3.")
                                    .arg(line.line)
                                    .arg(QString::fromLatin1(line.name), time->toText()));
    return time->toDateTime(QTimeZone::utc()).toUTC();
}

CalendarTime IcsTimeReader::add(const CalendarTime& start, const IcsValue::Duration& duration, bool& approximated) {
    if (start.kind == CalendarTime::Kind::Date) {
        qint64 days = duration.days + duration.seconds / kDaySeconds;
        if (duration.seconds % kDaySeconds != 0) {
            approximated = true;
            days += duration.seconds > 0 ? 1 : 0;
        }
        return CalendarTime::ofDate(start.date.addDays(days));
    }
    CalendarTime moved = start.withDate(start.date.addDays(duration.days));
    if (duration.seconds == 0)
        return moved;
    switch (start.kind) {
    case CalendarTime::Kind::Zoned: {
        const QTimeZone zone(start.zone);
        const QDateTime end = moved.toDateTime(zone).addSecs(duration.seconds).toTimeZone(zone);
        return CalendarTime::zoned(end.date(), end.time(), start.zone);
    }
    case CalendarTime::Kind::Utc:
        return CalendarTime::utc(moved.toDateTime(QTimeZone::utc()).addSecs(duration.seconds));
    default: {
        const QDateTime end = QDateTime(moved.date, moved.time, QTimeZone::utc()).addSecs(duration.seconds);
        return CalendarTime::floating(end.date(), end.time());
    }
    }
}

qint64 IcsTimeReader::secondsBetween(const CalendarTime& from, const CalendarTime& to) {
    const QTimeZone utc = QTimeZone::utc();
    return from.toDateTime(utc).secsTo(to.toDateTime(utc));
}

} // namespace Fieldbook
