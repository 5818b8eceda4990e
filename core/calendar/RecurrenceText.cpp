#include "RecurrenceText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

enum Part : unsigned {
    ByDay = 1,
    ByMonthDay = 2,
    ByYearDay = 4,
    ByWeekNo = 8,
    ByMonth = 16,
    BySetPos = 32,
    ByTime = 64, ///< BYHOUR, BYMINUTE or BYSECOND saying more than DTSTART's time of day
};

constexpr unsigned kWorkweek = 0b0111110; // bits 1 (Monday) to 5 (Friday)

/// The locale's long date format without the weekday ("d MMMM yyyy", "MMMM d, yyyy", "yyyy年M月d日").
QString dateFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(u"^\\s*d{4}[,\\s]*|[,\\s]*d{4}"_s);
    return format.remove(weekday).trimmed();
}

/// Also without the year ("d MMMM", "MMMM d", "M月d日"), with the words that belong to the year
/// ("'de' yyyy", "yyyy 'г'.", "yyyy年").
QString dayMonthFormat(const QLocale& locale) {
    QString format = dateFormat(locale);
    static const QRegularExpression year(u"(\\s*'[^']*')?[\\s,]*y+\\s*('[^']*'\\.?)?[年년]?\\s*"_s);
    format.remove(year);
    static const QRegularExpression edges(u"^[\\s,]+|[\\s,]+$"_s);
    return format.remove(edges);
}

unsigned partsOf(const RecurrenceRule& rule, const CalendarTime& start) {
    const auto part = [](const auto& list, Part which) {
        return list.isEmpty() ? 0u : unsigned(which);
    };
    unsigned parts = part(rule.byDay, ByDay) | part(rule.byMonthDay, ByMonthDay) | part(rule.byYearDay, ByYearDay) |
                     part(rule.byWeekNo, ByWeekNo) | part(rule.byMonth, ByMonth) | part(rule.bySetPos, BySetPos);
    if (start.isAllDay()) // a DATE series has no time of day (docs/recurrence.md)
        return parts;
    const bool subDaily = rule.frequency < Frequency::Daily;
    const auto saysMore = [subDaily](const QList<int>& values, int fromStart) {
        return !values.isEmpty() && (subDaily || values != QList<int>{fromStart});
    };
    if (saysMore(rule.byHour, start.time.hour()) || saysMore(rule.byMinute, start.time.minute()) ||
        saysMore(rule.bySecond, start.time.second()))
        parts |= ByTime;
    return parts;
}

/// Builds the sentence from whole translatable phrases; std::nullopt where no phrase says the rule.
class RecurrenceText final {
    Q_DECLARE_TR_FUNCTIONS(Fieldbook::RecurrenceText)

public:
    RecurrenceText(const RecurrenceRule& rule, const CalendarTime& start, const QLocale& locale)
        : m_rule(rule)
        , m_start(start)
        , m_locale(locale)
        , m_parts(partsOf(rule, start))
        , m_interval(rule.interval) {}

    QString describe() const;

private:
    bool has(unsigned part) const { return (m_parts & part) != 0; }
    bool only(unsigned allowed) const { return (m_parts & ~allowed) == 0; }
    std::optional<QString> pattern() const;
    std::optional<QString> subDaily() const;
    std::optional<QString> daily() const;
    std::optional<QString> weekly() const;
    std::optional<QString> monthly() const;
    std::optional<QString> monthlyByDay() const;
    std::optional<QString> monthlySetPos() const;
    std::optional<QString> yearly() const;
    std::optional<QString> yearlyDates() const;
    std::optional<QString> yearlyByDay() const;
    std::optional<QString> yearDays() const;
    QString withEnd(const QString& pattern) const;
    QString everyDays(unsigned days) const;
    QString weekdays(unsigned days) const;
    std::optional<unsigned> plainDays() const;
    std::optional<QString> ordinal(int ordinal, const QString& noun) const;
    std::optional<QString> ordinalDays() const;
    std::optional<QString> monthDays() const;
    QString months() const;
    QDate untilDate() const;

    const RecurrenceRule& m_rule;
    const CalendarTime& m_start;
    const QLocale& m_locale;
    unsigned m_parts;
    int m_interval;
};

QString RecurrenceText::describe() const {
    const std::optional<QString> text = m_start.date.isValid() ? pattern() : std::nullopt;
    if (!text)
        return tr("custom recurrence: %1").arg(m_rule.toText());
    return withEnd(*text);
}

std::optional<QString> RecurrenceText::pattern() const {
    switch (m_rule.frequency) {
    case Frequency::Daily:
        return daily();
    case Frequency::Weekly:
        return weekly();
    case Frequency::Monthly:
        return monthly();
    case Frequency::Yearly:
        return yearly();
    default:
        return subDaily();
    }
}

QString RecurrenceText::withEnd(const QString& pattern) const {
    if (m_rule.count == 1)
        return tr("%1, once").arg(pattern);
    if (m_rule.count > 1)
        return tr("%1, %n times", nullptr, m_rule.count).arg(pattern);
    if (m_rule.until && m_rule.until->isValid())
        return tr("%1 until %2").arg(pattern, m_locale.toString(untilDate(), dateFormat(m_locale)));
    return pattern;
}

/// UNTIL's date as the series sees it: a UTC UNTIL on a zoned series in that zone.
QDate RecurrenceText::untilDate() const {
    const CalendarTime& until = *m_rule.until;
    if (m_start.kind != CalendarTime::Kind::Zoned || until.kind == CalendarTime::Kind::Date ||
        until.kind == CalendarTime::Kind::Floating)
        return until.date;
    const QTimeZone zone(m_start.zone);
    return until.toDateTime(zone).toTimeZone(zone).date();
}

std::optional<QString> RecurrenceText::subDaily() const {
    if (!only(0))
        return std::nullopt;
    const int n = m_interval;
    switch (m_rule.frequency) {
    case Frequency::Secondly:
        return n == 1 ? tr("every second") : tr("every %n seconds", nullptr, n);
    case Frequency::Minutely:
        return n == 1 ? tr("every minute") : tr("every %n minutes", nullptr, n);
    default:
        return n == 1 ? tr("hourly") : tr("every %n hours", nullptr, n);
    }
}

std::optional<QString> RecurrenceText::daily() const {
    if (only(0))
        return m_interval == 1 ? tr("daily") : tr("every %n days", nullptr, m_interval);
    const std::optional<unsigned> days = plainDays();
    if (only(ByDay) && m_interval == 1 && days)
        return everyDays(*days);
    return std::nullopt;
}

std::optional<QString> RecurrenceText::weekly() const {
    const std::optional<unsigned> days = plainDays();
    if (!only(ByDay) || !days)
        return std::nullopt;
    if (m_interval == 1)
        return *days == kWorkweek ? tr("every weekday") : tr("weekly on %1").arg(weekdays(*days));
    return tr("every %n weeks on %1", nullptr, m_interval).arg(weekdays(*days));
}

std::optional<QString> RecurrenceText::monthly() const {
    if (only(ByMonthDay)) {
        const std::optional<QString> days = monthDays();
        if (!days)
            return std::nullopt;
        return m_interval == 1 ? tr("monthly on %1").arg(*days)
                               : tr("every %n months on %1", nullptr, m_interval).arg(*days);
    }
    if (only(ByDay))
        return monthlyByDay();
    if (only(ByDay | ByMonthDay) && m_interval == 1) { // every Friday the 13th
        const std::optional<unsigned> days = plainDays();
        const std::optional<QString> monthDayList = monthDays();
        if (days && monthDayList)
            return tr("every %1 that falls on %2").arg(weekdays(*days), *monthDayList);
        return std::nullopt;
    }
    if (only(ByDay | BySetPos) && has(ByDay | BySetPos))
        return monthlySetPos();
    return std::nullopt;
}

std::optional<QString> RecurrenceText::monthlyByDay() const {
    if (const std::optional<unsigned> days = plainDays()) {
        if (m_interval == 1)
            return everyDays(*days);
        return tr("every %1 of every %n months", nullptr, m_interval).arg(weekdays(*days));
    }
    const std::optional<QString> days = ordinalDays();
    if (!days)
        return std::nullopt;
    return m_interval == 1 ? tr("every %1 of the month").arg(*days)
                           : tr("the %1 of every %n months", nullptr, m_interval).arg(*days);
}

/// One BYSETPOS over weekdays: "the last weekday of every month"; also Mulberry's form
/// BYDAY=-1MO,-1TU,-1WE,-1TH,-1FR;BYSETPOS=-1, whose ordinals say the same.
std::optional<QString> RecurrenceText::monthlySetPos() const {
    if (m_rule.bySetPos.size() != 1 || m_rule.byDay.isEmpty())
        return std::nullopt;
    const int position = m_rule.bySetPos.front();
    unsigned days = 0;
    for (const WeekdayNum& entry : m_rule.byDay) {
        if (entry.ordinal != 0 && !(entry.ordinal == position && std::abs(position) == 1))
            return std::nullopt;
        days |= 1u << int(entry.day);
    }
    QString noun;
    if (days == kWorkweek)
        noun = tr("weekday");
    else if (std::has_single_bit(days))
        noun = m_locale.dayName(std::countr_zero(days));
    const std::optional<QString> phrase = noun.isEmpty() ? std::nullopt : ordinal(position, noun);
    if (!phrase)
        return std::nullopt;
    return m_interval == 1 ? tr("the %1 of every month").arg(*phrase)
                           : tr("the %1 of every %n months", nullptr, m_interval).arg(*phrase);
}

std::optional<QString> RecurrenceText::yearly() const {
    if (has(ByMonthDay) && !has(ByMonth)) // every month's day: the disputed reading shows the rule
        return std::nullopt;
    if (only(ByMonth | ByMonthDay))
        return yearlyDates();
    if (only(ByDay | ByMonth))
        return yearlyByDay();
    if (only(ByYearDay))
        return yearDays();
    return std::nullopt;
}

std::optional<QString> RecurrenceText::yearlyDates() const {
    const QList<int> months = has(ByMonth) ? m_rule.byMonth : QList<int>{m_start.date.month()};
    const QList<int> days = has(ByMonthDay) ? m_rule.byMonthDay : QList<int>{m_start.date.day()};
    QStringList dates;
    for (const int month : months) {
        for (const int day : days) {
            const QDate inLeapYear(2000, month, day); // 29 February is a date, in leap years
            if (day < 1 || !inLeapYear.isValid())
                return std::nullopt;
            const QString text = m_locale.toString(inLeapYear, dayMonthFormat(m_locale));
            if (!dates.contains(text))
                dates.append(text);
        }
    }
    if (dates.size() > 6)
        return std::nullopt;
    const QString list = m_locale.createSeparatedList(dates);
    return m_interval == 1 ? tr("every year on %1").arg(list)
                           : tr("every %n years on %1", nullptr, m_interval).arg(list);
}

std::optional<QString> RecurrenceText::yearlyByDay() const {
    const std::optional<unsigned> plain = plainDays();
    if (plain && m_interval == 1)
        return has(ByMonth) ? tr("every %1 in %2").arg(weekdays(*plain), months()) : everyDays(*plain);
    const std::optional<QString> days = plain ? std::nullopt : ordinalDays();
    if (!days || (!has(ByMonth) && m_interval != 1))
        return std::nullopt;
    if (!has(ByMonth))
        return tr("the %1 of every year").arg(*days);
    return m_interval == 1 ? tr("every year on the %1 of %2").arg(*days, months())
                           : tr("every %n years on the %1 of %2", nullptr, m_interval).arg(*days, months());
}

std::optional<QString> RecurrenceText::yearDays() const {
    QStringList numbers;
    for (const int day : m_rule.byYearDay) {
        if (day < 1)
            return std::nullopt;
        numbers.append(m_locale.toString(day));
    }
    const QString list = m_locale.createSeparatedList(numbers);
    if (numbers.size() > 1)
        return m_interval == 1 ? std::optional<QString>(tr("every year on days %1 of the year").arg(list))
                               : std::nullopt;
    return m_interval == 1 ? tr("every year on day %1 of the year").arg(list)
                           : tr("every %n years on day %1 of the year", nullptr, m_interval).arg(list);
}

QString RecurrenceText::everyDays(unsigned days) const {
    return days == kWorkweek ? tr("every weekday") : tr("every %1").arg(weekdays(days));
}

/// The weekdays (bit d for Qt::DayOfWeek d) in the order of the locale's week, as a list.
QString RecurrenceText::weekdays(unsigned days) const {
    QStringList names;
    const int first = int(m_locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i) {
        const int day = (first - 1 + i) % 7 + 1;
        if (days & (1u << day))
            names.append(m_locale.dayName(day));
    }
    return m_locale.createSeparatedList(names);
}

/// BYDAY without ordinals as weekday bits (DTSTART's weekday when there is no BYDAY).
std::optional<unsigned> RecurrenceText::plainDays() const {
    if (m_rule.byDay.isEmpty())
        return 1u << m_start.date.dayOfWeek();
    unsigned days = 0;
    for (const WeekdayNum& entry : m_rule.byDay) {
        if (entry.ordinal != 0)
            return std::nullopt;
        days |= 1u << int(entry.day);
    }
    return days;
}

std::optional<QString> RecurrenceText::ordinal(int ordinal, const QString& noun) const {
    switch (ordinal) {
    case 1:
        return tr("first %1").arg(noun);
    case 2:
        return tr("second %1").arg(noun);
    case 3:
        return tr("third %1").arg(noun);
    case 4:
        return tr("fourth %1").arg(noun);
    case 5:
        return tr("fifth %1").arg(noun);
    case -1:
        return tr("last %1").arg(noun);
    case -2:
        return tr("second-to-last %1").arg(noun);
    default:
        return std::nullopt;
    }
}

/// "second Tuesday and last Friday", when every BYDAY entry has an ordinal a phrase exists for.
std::optional<QString> RecurrenceText::ordinalDays() const {
    QStringList phrases;
    for (const WeekdayNum& entry : m_rule.byDay) {
        const std::optional<QString> phrase =
            entry.ordinal == 0 ? std::nullopt : ordinal(entry.ordinal, m_locale.dayName(int(entry.day)));
        if (!phrase)
            return std::nullopt;
        phrases.append(*phrase);
    }
    return phrases.isEmpty() ? std::nullopt : std::optional<QString>(m_locale.createSeparatedList(phrases));
}

/// "day 1 and the last day" (DTSTART's day of the month when there is no BYMONTHDAY).
std::optional<QString> RecurrenceText::monthDays() const {
    const QList<int> days = has(ByMonthDay) ? m_rule.byMonthDay : QList<int>{m_start.date.day()};
    QStringList phrases;
    for (const int day : days) {
        if (day > 0)
            phrases.append(tr("day %1").arg(m_locale.toString(day)));
        else if (day == -1)
            phrases.append(tr("the last day"));
        else if (day == -2)
            phrases.append(tr("the second-to-last day"));
        else
            phrases.append(tr("day %1 from the end").arg(m_locale.toString(-day)));
    }
    phrases.removeDuplicates();
    return m_locale.createSeparatedList(phrases);
}

QString RecurrenceText::months() const {
    QStringList names;
    for (const int month : m_rule.byMonth)
        names.append(m_locale.standaloneMonthName(month));
    names.removeDuplicates();
    return m_locale.createSeparatedList(names);
}

} // namespace

QString describeRecurrence(const RecurrenceRule& rule, const CalendarTime& start, const QLocale& locale) {
    return RecurrenceText(rule, start, locale).describe();
}

} // namespace Fieldbook
