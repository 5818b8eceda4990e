#include "IcsValue.h"

#include <cstdlib>

namespace Fieldbook::IcsValue {

namespace {

constexpr qint64 kDaySeconds = 86400;

bool allDigits(QStringView text) {
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    return !text.isEmpty();
}

int number(QStringView text) {
    return text.toInt();
}

std::optional<QTime> parseTime(QStringView text, bool& approximated) {
    if (!allDigits(text) || (text.size() != 6 && text.size() != 4))
        return std::nullopt;
    approximated = approximated || text.size() == 4;
    const int hour = number(text.first(2));
    const int minute = number(text.sliced(2, 2));
    int second = text.size() == 6 ? number(text.sliced(4, 2)) : 0;
    if (second == 60) { // a leap second: the RFC allows it, QTime does not
        second = 59;
        approximated = true;
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace

std::optional<DateTime> parseDateTime(QStringView text) {
    QString compact = text.trimmed().toString().toUpper();
    DateTime value;
    if (compact.contains(u'-') || compact.contains(u':')) {
        compact.remove(u'-').remove(u':');
        value.approximated = true;
    }
    if (compact.endsWith(u'Z')) {
        value.isUtc = true;
        compact.chop(1);
    }
    if (compact.size() < 8 || !allDigits(QStringView(compact).first(8)))
        return std::nullopt;
    value.date = QDate(number(QStringView(compact).first(4)), number(QStringView(compact).sliced(4, 2)),
                       number(QStringView(compact).sliced(6, 2)));
    if (!value.date.isValid())
        return std::nullopt;
    if (compact.size() == 8) {
        value.isDate = true;
        value.approximated = value.approximated || value.isUtc; // Google's RDATE:20131210Z
        value.isUtc = false;
        return value;
    }
    if (compact.at(8) != u'T')
        return std::nullopt;
    const std::optional<QTime> time = parseTime(QStringView(compact).sliced(9), value.approximated);
    if (!time)
        return std::nullopt;
    value.time = *time;
    return value;
}

std::optional<Duration> parseDuration(QStringView text) {
    QStringView rest = text.trimmed();
    int sign = 1;
    if (rest.startsWith(u'-') || rest.startsWith(u'+')) {
        sign = rest.front() == u'-' ? -1 : 1;
        rest = rest.sliced(1);
    }
    if (!rest.startsWith(u'P', Qt::CaseInsensitive) || rest.size() < 3)
        return std::nullopt;
    Duration duration;
    bool inTime = false;
    qsizetype start = 1;
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QChar unit = rest.at(i).toUpper();
        if (unit == u'T') {
            inTime = true;
            start = i + 1;
            continue;
        }
        if (rest.at(i).isDigit())
            continue;
        bool ok = false;
        const qint64 amount = rest.sliced(start, i - start).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (unit == u'W' && !inTime)
            duration.days += static_cast<int>(amount * 7);
        else if (unit == u'D' && !inTime)
            duration.days += static_cast<int>(amount);
        else if (unit == u'H' && inTime)
            duration.seconds += amount * 3600;
        else if (unit == u'M' && inTime)
            duration.seconds += amount * 60;
        else if (unit == u'S' && inTime)
            duration.seconds += amount;
        else
            return std::nullopt;
        start = i + 1;
    }
    if (start != rest.size())
        return std::nullopt;
    duration.days *= sign;
    duration.seconds *= sign;
    return duration;
}

std::optional<int> parseUtcOffset(QStringView text) {
    QStringView rest = text.trimmed();
    int sign = 1;
    if (rest.startsWith(u'-') || rest.startsWith(u'+')) {
        sign = rest.front() == u'-' ? -1 : 1;
        rest = rest.sliced(1);
    }
    if (!allDigits(rest) || (rest.size() != 4 && rest.size() != 6))
        return std::nullopt;
    const int hours = number(rest.first(2));
    const int minutes = number(rest.sliced(2, 2));
    const int seconds = rest.size() == 6 ? number(rest.sliced(4, 2)) : 0;
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60 + seconds);
}

QString formatDate(QDate date) {
    return date.toString(u"yyyyMMdd");
}

QString formatDateTime(QDate date, QTime time, bool utc) {
    const QString text = formatDate(date) + u'T' + time.toString(u"HHmmss");
    return utc ? text + u'Z' : text;
}

QString formatDuration(qint64 seconds) {
    if (seconds == 0)
        return QStringLiteral("PT0S");
    QString text = seconds < 0 ? QStringLiteral("-P") : QStringLiteral("P");
    qint64 rest = std::abs(seconds);
    if (rest % kDaySeconds == 0)
        return text + QString::number(rest / kDaySeconds) + u'D';
    text += u'T';
    if (rest >= 3600)
        text += QString::number(rest / 3600) + u'H';
    rest %= 3600;
    if (rest >= 60)
        text += QString::number(rest / 60) + u'M';
    if (rest % 60 != 0)
        text += QString::number(rest % 60) + u'S';
    return text;
}

QString formatUtcOffset(int seconds) {
    const int magnitude = std::abs(seconds);
    QString text = (seconds < 0 ? u"-" : u"+") + QString::asprintf("%02d%02d", magnitude / 3600, magnitude / 60 % 60);
    if (magnitude % 60 != 0)
        text += QString::asprintf("%02d", magnitude % 60);
    return text;
}

} // namespace Fieldbook::IcsValue
