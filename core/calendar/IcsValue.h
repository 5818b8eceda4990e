#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Fieldbook::IcsValue {

/// A DATE or DATE-TIME value as written (RFC 5545, 3.3.4 and 3.3.5), before any TZID is applied.
struct DateTime {
    QDate date;
    QTime time; ///< invalid for a DATE
    bool isDate = false;
    bool isUtc = false;
    /// Read leniently from a form the RFC does not allow (`20131210Z`, no seconds, ISO dashes,
    /// second 60): the caller reports it.
    bool approximated = false;
};

/// A DURATION (RFC 5545, 3.3.6): nominal days (weeks included) and exact seconds, both signed.
struct Duration {
    int days = 0;
    qint64 seconds = 0;

    bool isNegative() const { return days < 0 || seconds < 0; }
};

std::optional<DateTime> parseDateTime(QStringView text);
std::optional<Duration> parseDuration(QStringView text);
/// A UTC-OFFSET (+HHMM, +HHMMSS; also without its sign) in seconds.
std::optional<int> parseUtcOffset(QStringView text);

QString formatDate(QDate date);
QString formatDateTime(QDate date, QTime time, bool utc);
/// `-PT15M`, `-P1D`, `-PT1H30M`, `PT0S`: the largest units that divide the value exactly.
QString formatDuration(qint64 seconds);
QString formatUtcOffset(int seconds);

} // namespace Fieldbook::IcsValue
