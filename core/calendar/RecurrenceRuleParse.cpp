// RecurrenceRule::parse: the RRULE value grammar of RFC 5545, 3.3.10, read leniently where real
// producers deviate (docs/recurrence.md, Reading rules).

#include "RecurrenceRule.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

struct Range {
    int low;
    int high;
    bool signedToo; ///< -high..-low are allowed as well (counted from the end)
};

std::optional<int> readInteger(QStringView text) {
    if (text.startsWith(u'+'))
        text = text.mid(1);
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && !text.isEmpty() && text.front() != u'+' ? std::optional<int>(value) : std::nullopt;
}

std::optional<Qt::DayOfWeek> readWeekday(QStringView code) {
    static const char16_t* const codes[] = {u"MO", u"TU", u"WE", u"TH", u"FR", u"SA", u"SU"};
    for (int i = 0; i < 7; ++i) {
        if (code == QStringView(codes[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

std::optional<Frequency> readFrequency(QStringView name) {
    static const char16_t* const names[] = {u"SECONDLY", u"MINUTELY", u"HOURLY", u"DAILY",
                                            u"WEEKLY",   u"MONTHLY",  u"YEARLY"};
    for (int i = 0; i < 7; ++i) {
        if (name == QStringView(names[i]))
            return Frequency(i);
    }
    return std::nullopt;
}

std::optional<CalendarTime> readUntil(QStringView text) {
    const QDate date = QDate::fromString(text.left(8).toString(), u"yyyyMMdd"_s);
    if (!date.isValid() || (text.size() != 8 && text.size() != 15 && text.size() != 16))
        return std::nullopt;
    if (text.size() == 8)
        return CalendarTime::ofDate(date);
    const QTime time = QTime::fromString(text.mid(9, 6).toString(), u"HHmmss"_s);
    if (text.at(8) != u'T' || !time.isValid())
        return std::nullopt;
    if (text.size() == 15)
        return CalendarTime::floating(date, time);
    if (text.at(15) != u'Z')
        return std::nullopt;
    return CalendarTime{CalendarTime::Kind::Utc, date, time, {}};
}

/// Reads one rule part after another into a rule; the first wrong part ends the reading.
class RuleReader final {
    Q_DECLARE_TR_FUNCTIONS(Fieldbook::RecurrenceRule)

public:
    explicit RuleReader(QString text)
        : m_text(std::move(text)) {}

    Result<RecurrenceRule> read();

private:
    std::optional<Error> readPart(QStringView name, QStringView value);
    std::optional<Error> readNumber(QStringView name, QStringView value, int& into);
    std::optional<Error> readList(QStringView name, QStringView value, Range range, QList<int>& into);
    std::optional<Error> readByDay(QStringView value);
    std::optional<Error> readListPart(QStringView name, QStringView value);
    Error invalid(QString message) const { return Error{ErrorCode::InvalidInput, std::move(message), m_text}; }

    QString m_text;
    RecurrenceRule m_rule;
};

Result<RecurrenceRule> RuleReader::read() {
    QStringView text = QStringView(m_text).trimmed();
    if (text.startsWith(u"RRULE:", Qt::CaseInsensitive))
        text = text.mid(6);
    const QString upper = text.toString().toUpper();
    QSet<QString> seen;
    for (QStringView part : QStringView(upper).split(u';')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        const QStringView name = part.left(std::max<qsizetype>(equals, 0)).trimmed();
        if (equals <= 0 || name.isEmpty())
            return std::unexpected(
                invalid(tr("The recurrence rule has a part “%1” that is not NAME=VALUE.").arg(part)));
        if (seen.contains(name.toString()))
            return std::unexpected(invalid(tr("The recurrence rule sets %1 more than once.").arg(name)));
        seen.insert(name.toString());
        if (std::optional<Error> error = readPart(name, part.mid(equals + 1).trimmed()))
            return std::unexpected(*error);
    }
    if (!seen.contains(u"FREQ"_s))
        return std::unexpected(invalid(tr("The recurrence rule has no frequency (FREQ).")));
    if (m_rule.count > 0 && m_rule.until)
        return std::unexpected(invalid(tr("The recurrence rule sets both COUNT and UNTIL; only one is allowed.")));
    return m_rule;
}

std::optional<Error> RuleReader::readPart(QStringView name, QStringView value) {
    if (value.isEmpty())
        return invalid(tr("The recurrence rule's %1 has no value.").arg(name));
    if (name == u"FREQ") {
        const std::optional<Frequency> frequency = readFrequency(value);
        if (!frequency)
            return invalid(tr("The recurrence rule's FREQ is “%1”, which is not one of SECONDLY, MINUTELY, HOURLY, "
                              "DAILY, WEEKLY, MONTHLY and YEARLY.")
                               .arg(value));
        m_rule.frequency = *frequency;
        return std::nullopt;
    }
    if (name == u"INTERVAL")
        return readNumber(name, value, m_rule.interval);
    if (name == u"COUNT")
        return readNumber(name, value, m_rule.count);
    if (name == u"UNTIL") {
        m_rule.until = readUntil(value);
        if (!m_rule.until)
            return invalid(tr("The recurrence rule's UNTIL is “%1”, which is not a date (20270630) or a date and "
                              "time (20270630T170000Z).")
                               .arg(value));
        return std::nullopt;
    }
    if (name == u"WKST") {
        const std::optional<Qt::DayOfWeek> day = readWeekday(value);
        if (!day)
            return invalid(tr("The recurrence rule's WKST is “%1”, which is not a weekday (MO to SU).").arg(value));
        m_rule.weekStart = *day;
        return std::nullopt;
    }
    if (name == u"RSCALE" || name == u"SKIP")
        return Error{ErrorCode::Unsupported,
                     tr("The recurrence rule uses %1 (calendars other than the Gregorian, RFC 7529), which "
                        "Fieldbook does not support.")
                         .arg(name),
                     m_text};
    return readListPart(name, value);
}

std::optional<Error> RuleReader::readListPart(QStringView name, QStringView value) {
    if (name == u"BYDAY")
        return readByDay(value);
    if (name == u"BYSECOND")
        return readList(name, value, {0, 60, false}, m_rule.bySecond);
    if (name == u"BYMINUTE")
        return readList(name, value, {0, 59, false}, m_rule.byMinute);
    if (name == u"BYHOUR")
        return readList(name, value, {0, 23, false}, m_rule.byHour);
    if (name == u"BYMONTHDAY")
        return readList(name, value, {1, 31, true}, m_rule.byMonthDay);
    if (name == u"BYYEARDAY")
        return readList(name, value, {1, 366, true}, m_rule.byYearDay);
    if (name == u"BYWEEKNO")
        return readList(name, value, {1, 53, true}, m_rule.byWeekNo);
    if (name == u"BYMONTH")
        return readList(name, value, {1, 12, false}, m_rule.byMonth);
    if (name == u"BYSETPOS")
        return readList(name, value, {1, 366, true}, m_rule.bySetPos);
    if (name.startsWith(u"X-"))
        return std::nullopt; // experimental parts (RFC 5545, 3.3.10: x-name) carry nothing we expand
    return invalid(tr("The recurrence rule has an unknown part %1.").arg(name));
}

std::optional<Error> RuleReader::readNumber(QStringView name, QStringView value, int& into) {
    const std::optional<int> number = readInteger(value);
    if (!number || *number < 1)
        return invalid(
            tr("The recurrence rule's %1 is “%2”, which is not a whole number of 1 or more.").arg(name, value));
    into = *number;
    return std::nullopt;
}

std::optional<Error> RuleReader::readList(QStringView name, QStringView value, Range range, QList<int>& into) {
    for (const QStringView item : value.split(u',')) {
        const std::optional<int> number = readInteger(item.trimmed());
        const bool inRange = number && ((*number >= range.low && *number <= range.high) ||
                                        (range.signedToo && *number <= -range.low && *number >= -range.high));
        if (inRange) {
            into.append(*number);
            continue;
        }
        if (range.signedToo)
            return invalid(tr("The recurrence rule's %1 holds “%2”, which is not a number from 1 to %3 or from -%3 "
                              "to -1.")
                               .arg(name, item.trimmed(), QString::number(range.high)));
        return invalid(tr("The recurrence rule's %1 holds “%2”, which is not a number from %3 to %4.")
                           .arg(name, item.trimmed(), QString::number(range.low), QString::number(range.high)));
    }
    return std::nullopt;
}

std::optional<Error> RuleReader::readByDay(QStringView value) {
    for (QStringView item : value.split(u',')) {
        item = item.trimmed();
        const std::optional<Qt::DayOfWeek> day = readWeekday(item.right(2));
        const QStringView ordinalText = item.left(std::max<qsizetype>(item.size() - 2, 0)).trimmed();
        const std::optional<int> ordinal = ordinalText.isEmpty() ? std::optional<int>(0) : readInteger(ordinalText);
        if (!day || !ordinal || *ordinal > 53 || *ordinal < -53 || (*ordinal == 0 && !ordinalText.isEmpty()))
            return invalid(tr("The recurrence rule's BYDAY holds “%1”, which is not a weekday such as MO, 2TU or "
                              "-1FR.")
                               .arg(item));
        m_rule.byDay.append(WeekdayNum{*ordinal, *day});
    }
    return std::nullopt;
}

} // namespace

Result<RecurrenceRule> RecurrenceRule::parse(QStringView rrule) {
    return RuleReader(rrule.toString()).read();
}

} // namespace Fieldbook
