#include "IcsTimeZoneRules.h"

#include "calendar/IcsComponent.h"
#include "calendar/IcsText.h"
#include "calendar/IcsValue.h"

#include <algorithm>

namespace Fieldbook {

namespace {

constexpr qint64 kDaySeconds = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 localSeconds(QDate date, QTime time = QTime(0, 0)) {
    return (date.toJulianDay() - kUnixEpochJulianDay) * kDaySeconds + time.msecsSinceStartOfDay() / 1000;
}

QDate dateOf(qint64 seconds) {
    return QDate::fromJulianDay(kUnixEpochJulianDay +
                                (seconds >= 0 ? seconds : seconds - kDaySeconds + 1) / kDaySeconds);
}

std::optional<qint64> parseLocal(QStringView text) {
    const std::optional<IcsValue::DateTime> value = IcsValue::parseDateTime(text);
    if (!value)
        return std::nullopt;
    return localSeconds(value->date, value->isDate ? QTime(0, 0) : value->time);
}

std::optional<std::pair<int, int>> parseWeekday(QStringView text) {
    static const QStringView names[] = {u"MO", u"TU", u"WE", u"TH", u"FR", u"SA", u"SU"};
    if (text.size() < 2)
        return std::nullopt;
    const auto found = std::find(std::begin(names), std::end(names), text.last(2));
    if (found == std::end(names))
        return std::nullopt;
    const QStringView ordinal = text.first(text.size() - 2);
    bool ok = true;
    const int n = ordinal.isEmpty() ? 0 : ordinal.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return std::pair{n, static_cast<int>(found - std::begin(names)) + 1};
}

void parseRulePart(IcsTimeZoneRules::Rule& rule, QStringView key, QStringView value) {
    const QList<QStringView> items = value.split(u',');
    if (key == u"BYMONTH") {
        for (const QStringView item : items)
            rule.months.append(item.toInt());
    } else if (key == u"BYMONTHDAY") {
        for (const QStringView item : items)
            rule.monthDays.append(item.toInt());
    } else if (key == u"BYDAY") {
        for (const QStringView item : items) {
            if (const auto weekday = parseWeekday(item))
                rule.weekdays.append(*weekday);
        }
    } else if (key == u"INTERVAL") {
        rule.interval = std::max(1, value.toInt());
    } else if (key == u"UNTIL") {
        if (const std::optional<IcsValue::DateTime> until = IcsValue::parseDateTime(value)) {
            if (until->isUtc)
                rule.untilUtc = localSeconds(until->date, until->time);
            else
                rule.untilLocal = localSeconds(until->date, until->isDate ? QTime(23, 59, 59) : until->time);
        }
    }
}

/// A yearly RRULE; COUNT is unrolled into RDATEs by the caller. Other frequencies give nothing.
std::optional<IcsTimeZoneRules::Rule> parseRule(const QString& text, int& count) {
    QString compact = text;
    compact.remove(u' ');
    IcsTimeZoneRules::Rule rule;
    bool yearly = false;
    for (const QStringView part : QStringView(compact).toString().toUpper().split(u';')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0)
            continue;
        const QStringView key = part.first(equals);
        const QStringView value = part.sliced(equals + 1);
        if (key == u"FREQ")
            yearly = value == u"YEARLY";
        else if (key == u"COUNT")
            count = value.toInt();
        else
            parseRulePart(rule, key, value);
    }
    if (!yearly)
        return std::nullopt;
    return rule;
}

int resolveMonthDay(int day, int daysInMonth) {
    return day < 0 ? daysInMonth + day + 1 : day;
}

QList<int> weekdayDays(const IcsTimeZoneRules::Rule& rule, QDate first) {
    const int days = first.daysInMonth();
    const int lastWeekday = first.addDays(days - 1).dayOfWeek();
    QList<int> found;
    for (const auto& [ordinal, weekday] : rule.weekdays) {
        const int firstDay = 1 + (weekday - first.dayOfWeek() + 7) % 7;
        if (ordinal > 0) {
            found.append(firstDay + (ordinal - 1) * 7);
        } else if (ordinal < 0) {
            found.append(days - (lastWeekday - weekday + 7) % 7 + (ordinal + 1) * 7);
        } else {
            for (int day = firstDay; day <= days; day += 7)
                found.append(day);
        }
    }
    if (!rule.monthDays.isEmpty()) {
        found.removeIf([&](int day) {
            return std::none_of(rule.monthDays.begin(), rule.monthDays.end(),
                                [&](int wanted) { return resolveMonthDay(wanted, days) == day; });
        });
    }
    return found;
}

/// The dates a yearly rule gives in one year, before DTSTART, UNTIL and INTERVAL are applied.
QList<QDate> ruleDates(const IcsTimeZoneRules::Rule& rule, int year, QDate start) {
    QList<QDate> dates;
    const QList<int> months = rule.months.isEmpty() ? QList<int>{start.month()} : rule.months;
    for (const int month : months) {
        const QDate first(year, month, 1);
        if (!first.isValid())
            continue;
        QList<int> days;
        if (!rule.weekdays.isEmpty()) {
            days = weekdayDays(rule, first);
        } else if (!rule.monthDays.isEmpty()) {
            for (const int day : rule.monthDays)
                days.append(resolveMonthDay(day, first.daysInMonth()));
        } else {
            days.append(start.day());
        }
        for (const int day : days) {
            if (day >= 1 && day <= first.daysInMonth())
                dates.append(QDate(year, month, day));
        }
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

/// The rule's onsets in one year as local seconds, DTSTART, UNTIL and INTERVAL applied.
QList<qint64> ruleOnsets(const IcsTimeZoneRules::Observance& observance, int year) {
    QList<qint64> onsets;
    const qint64 start = *observance.start;
    const IcsTimeZoneRules::Rule& rule = *observance.rule;
    const QDate startDate = dateOf(start);
    if (year < startDate.year() || (year - startDate.year()) % rule.interval != 0)
        return onsets;
    const qint64 timeOfDay = start - localSeconds(startDate);
    for (const QDate& date : ruleDates(rule, year, startDate)) {
        const qint64 local = localSeconds(date) + timeOfDay;
        if (local < start || (rule.untilLocal && local > *rule.untilLocal) ||
            (rule.untilUtc && local - observance.offsetFrom > *rule.untilUtc))
            continue;
        onsets.append(local);
    }
    return onsets;
}

std::optional<IcsTimeZoneRules::Observance> parseObservance(const IcsComponent& component) {
    IcsTimeZoneRules::Observance observance;
    observance.daylight = component.name == "DAYLIGHT";
    const IcsContentLine* to = component.property("TZOFFSETTO");
    const std::optional<int> offsetTo = to ? IcsValue::parseUtcOffset(to->value) : std::nullopt;
    if (!offsetTo)
        return std::nullopt;
    observance.offsetTo = *offsetTo;
    const IcsContentLine* from = component.property("TZOFFSETFROM");
    observance.offsetFrom = from ? IcsValue::parseUtcOffset(from->value).value_or(*offsetTo) : *offsetTo;
    if (const IcsContentLine* start = component.property("DTSTART"))
        observance.start = parseLocal(start->value);
    for (const IcsContentLine* rdate : component.propertiesNamed("RDATE")) {
        for (const QString& item : rdate->value.split(u',')) {
            if (const std::optional<qint64> local = parseLocal(item.section(u'/', 0, 0)))
                observance.rdates.append(*local);
        }
    }
    const IcsContentLine* rrule = component.property("RRULE");
    if (rrule && observance.start) {
        int count = 0;
        observance.rule = parseRule(rrule->value, count);
        if (observance.rule && count > 0) { // unrolled: COUNT needs every onset from DTSTART
            const IcsTimeZoneRules::Observance counted = observance;
            observance.rule.reset();
            for (int year = dateOf(*counted.start).year(); count > 0 && year < 10000; ++year) {
                for (const qint64 onset : ruleOnsets(counted, year)) {
                    if (count-- > 0)
                        observance.rdates.append(onset);
                }
            }
        }
    }
    return observance;
}

} // namespace

IcsTimeZoneRules IcsTimeZoneRules::fromComponent(const IcsComponent& vtimezone) {
    IcsTimeZoneRules rules;
    if (const IcsContentLine* tzid = vtimezone.property("TZID"))
        rules.m_tzid = IcsText::unescape(tzid->value).trimmed();
    for (const IcsComponent& child : vtimezone.children) {
        if (child.name != "STANDARD" && child.name != "DAYLIGHT")
            continue;
        if (std::optional<Observance> observance = parseObservance(child))
            rules.m_observances.append(std::move(*observance));
    }
    return rules;
}

bool IcsTimeZoneRules::hasOnsets() const {
    return std::any_of(m_observances.begin(), m_observances.end(),
                       [](const Observance& o) { return o.start.has_value() || !o.rdates.isEmpty(); });
}

std::optional<qint64> IcsTimeZoneRules::latestOnset(const Observance& observance, qint64 utc) const {
    std::optional<qint64> best;
    const auto consider = [&](qint64 local) {
        const qint64 onset = local - observance.offsetFrom;
        if (onset <= utc && (!best || onset > *best))
            best = onset;
    };
    if (observance.start)
        consider(*observance.start);
    for (const qint64 rdate : observance.rdates)
        consider(rdate);
    if (!observance.rule || !observance.start)
        return best;
    int lastYear = dateOf(utc).year() + 1;
    if (observance.rule->untilUtc)
        lastYear = std::min(lastYear, dateOf(*observance.rule->untilUtc).year() + 1);
    if (observance.rule->untilLocal)
        lastYear = std::min(lastYear, dateOf(*observance.rule->untilLocal).year() + 1);
    for (int year = lastYear; year >= dateOf(*observance.start).year(); --year) {
        const QList<qint64> onsets = ruleOnsets(observance, year);
        const bool found = std::any_of(onsets.begin(), onsets.end(),
                                       [&](qint64 local) { return local - observance.offsetFrom <= utc; });
        for (const qint64 local : onsets)
            consider(local);
        if (found)
            break;
    }
    return best;
}

int IcsTimeZoneRules::offsetAt(qint64 utc) const {
    std::optional<qint64> latest;
    const Observance* current = nullptr;
    for (const Observance& observance : m_observances) {
        const std::optional<qint64> onset = latestOnset(observance, utc);
        if (onset && (!latest || *onset > *latest)) {
            latest = onset;
            current = &observance;
        }
    }
    if (current)
        return current->offsetTo;
    // Before every onset: the offset the earliest one changes from.
    const Observance* earliest = nullptr;
    for (const Observance& observance : m_observances) {
        if (observance.start && (!earliest || *observance.start < *earliest->start))
            earliest = &observance;
    }
    if (earliest)
        return earliest->offsetFrom;
    for (const Observance& observance : m_observances) {
        if (!observance.daylight)
            return observance.offsetTo;
    }
    return m_observances.isEmpty() ? 0 : m_observances.front().offsetTo;
}

qint64 IcsTimeZoneRules::toUtc(qint64 local) const {
    // As CalendarTime resolves a wall clock: a repeated one is the earlier instant, a skipped one
    // moves forward by the gap.
    const int before = offsetAt(local - kDaySeconds);
    const int after = offsetAt(local + kDaySeconds);
    for (const int offset : {std::max(before, after), std::min(before, after)}) {
        if (offsetAt(local - offset) == offset)
            return local - offset;
    }
    return local - before;
}

QList<int> IcsTimeZoneRules::offsets() const {
    QList<int> all;
    for (const Observance& observance : m_observances)
        all << observance.offsetFrom << observance.offsetTo;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

QList<qint64> IcsTimeZoneRules::onsetsIn(int year) const {
    QList<qint64> onsets;
    for (const Observance& observance : m_observances) {
        QList<qint64> locals = observance.rdates;
        if (observance.start)
            locals.append(*observance.start);
        if (observance.rule && observance.start)
            locals.append(ruleOnsets(observance, year));
        for (const qint64 local : locals) {
            if (dateOf(local).year() == year)
                onsets.append(local - observance.offsetFrom);
        }
    }
    std::sort(onsets.begin(), onsets.end());
    return onsets;
}

} // namespace Fieldbook
