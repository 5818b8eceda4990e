#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Fieldbook {

struct IcsComponent;

/// The offsets a VTIMEZONE defines (RFC 5545, 3.6.5): its STANDARD and DAYLIGHT observances with
/// their onsets from DTSTART, RDATE and a yearly RRULE (BYMONTH, BYDAY with ordinals, BYMONTHDAY,
/// UNTIL, COUNT, INTERVAL: what time-zone rules use). Times are seconds since 1970 on the UTC scale;
/// a wall clock is the same count read as if it were UTC ("local seconds").
class IcsTimeZoneRules final {
public:
    static IcsTimeZoneRules fromComponent(const IcsComponent& vtimezone);

    /// The TZID, with TEXT escapes removed (`(UTC+07:00) Bangkok\, Hanoi` names a parameter
    /// `"(UTC+07:00) Bangkok, Hanoi"`).
    const QString& tzid() const { return m_tzid; }
    /// False when no observance has a DTSTART (Apple iCal 1.5 writes only TZOFFSETTO).
    bool hasOnsets() const;
    /// The offset from UTC in seconds at a UTC instant.
    int offsetAt(qint64 utc) const;
    /// The UTC instant of a wall clock: one that occurs twice is the earlier instant, one that a
    /// change skips moves forward by the gap (as CalendarTime does).
    qint64 toUtc(qint64 local) const;
    /// Every offset an observance names, ascending.
    QList<int> offsets() const;
    /// The UTC instants of the changes in one year.
    QList<qint64> onsetsIn(int year) const;

    struct Rule {
        QList<int> months;
        QList<std::pair<int, int>> weekdays; ///< (ordinal, 1 = Monday .. 7); ordinal 0 is every one
        QList<int> monthDays;
        std::optional<qint64> untilUtc;
        std::optional<qint64> untilLocal;
        int interval = 1;
    };
    struct Observance {
        bool daylight = false;
        std::optional<qint64> start; ///< local seconds
        int offsetFrom = 0;
        int offsetTo = 0;
        std::optional<Rule> rule;
        QList<qint64> rdates; ///< local seconds
    };

private:
    std::optional<qint64> latestOnset(const Observance& observance, qint64 utc) const;

    QString m_tzid;
    QList<Observance> m_observances;
};

} // namespace Fieldbook
