#include "RecurrenceRule.h"

#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString frequencyName(Frequency frequency) {
    switch (frequency) {
    case Frequency::Secondly:
        return u"SECONDLY"_s;
    case Frequency::Minutely:
        return u"MINUTELY"_s;
    case Frequency::Hourly:
        return u"HOURLY"_s;
    case Frequency::Daily:
        return u"DAILY"_s;
    case Frequency::Weekly:
        return u"WEEKLY"_s;
    case Frequency::Monthly:
        return u"MONTHLY"_s;
    case Frequency::Yearly:
        break;
    }
    return u"YEARLY"_s;
}

/// UNTIL as RFC 5545 writes it: a DATE, a UTC DATE-TIME, or a floating one. A zoned value is
/// written in UTC, the form RFC 5545 requires when DTSTART has a zone.
QString untilText(const CalendarTime& until) {
    if (until.kind == CalendarTime::Kind::Date)
        return until.date.toString(u"yyyyMMdd"_s);
    if (until.kind == CalendarTime::Kind::Zoned) {
        const QDateTime utc = until.toDateTime(QTimeZone::utc()).toUTC();
        return utc.date().toString(u"yyyyMMdd"_s) + u'T' + utc.time().toString(u"HHmmss"_s) + u'Z';
    }
    const QString text = until.date.toString(u"yyyyMMdd"_s) + u'T' + until.time.toString(u"HHmmss"_s);
    return until.kind == CalendarTime::Kind::Utc ? text + u'Z' : text;
}

void appendList(QStringList& parts, const char* name, const QList<int>& values) {
    if (values.isEmpty())
        return;
    QStringList items;
    items.reserve(values.size());
    for (const int value : values)
        items.append(QString::number(value));
    parts.append(QLatin1StringView(name) + u'=' + items.join(u','));
}

QString byDayText(const QList<WeekdayNum>& days) {
    QStringList items;
    items.reserve(days.size());
    for (const WeekdayNum& day : days)
        items.append((day.ordinal != 0 ? QString::number(day.ordinal) : QString()) + weekdayCode(day.day));
    return u"BYDAY="_s + items.join(u',');
}

} // namespace

QString weekdayCode(Qt::DayOfWeek day) {
    static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::fromLatin1(codes[int(day) - 1]);
}

QString RecurrenceRule::toText() const {
    QStringList parts{u"FREQ="_s + frequencyName(frequency)};
    if (interval != 1)
        parts.append(u"INTERVAL="_s + QString::number(interval));
    if (count > 0)
        parts.append(u"COUNT="_s + QString::number(count));
    if (until)
        parts.append(u"UNTIL="_s + untilText(*until));
    appendList(parts, "BYSECOND", bySecond);
    appendList(parts, "BYMINUTE", byMinute);
    appendList(parts, "BYHOUR", byHour);
    if (!byDay.isEmpty())
        parts.append(byDayText(byDay));
    appendList(parts, "BYMONTHDAY", byMonthDay);
    appendList(parts, "BYYEARDAY", byYearDay);
    appendList(parts, "BYWEEKNO", byWeekNo);
    appendList(parts, "BYMONTH", byMonth);
    appendList(parts, "BYSETPOS", bySetPos);
    if (weekStart != Qt::Monday)
        parts.append(u"WKST="_s + weekdayCode(weekStart));
    return parts.join(u';');
}

} // namespace Fieldbook
