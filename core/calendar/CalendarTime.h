#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

class QTimeZone;

namespace Fieldbook {

/// A calendar value as iCalendar has them (RFC 5545, 3.3.4 and 3.3.5): a date (all-day), a
/// wall-clock time in a named IANA zone, a UTC instant, or a floating time that is read in the
/// viewer's zone. Recurrence works on the wall clock of `zone`, so a weekly 09:00 in Europe/Berlin
/// stays at 09:00 Berlin time across DST changes; instants are derived, never stored alone.
struct CalendarTime {
    enum class Kind { Date, Zoned, Utc, Floating };

    Kind kind = Kind::Floating;
    QDate date;
    QTime time;      ///< invalid for a Date
    QByteArray zone; ///< IANA id, only for Zoned

    static CalendarTime ofDate(QDate date);
    static CalendarTime zoned(QDate date, QTime time, QByteArray ianaId);
    static CalendarTime utc(const QDateTime& instant);
    static CalendarTime floating(QDate date, QTime time);

    bool isValid() const;
    bool isAllDay() const { return kind == Kind::Date; }
    /// The wall clock as a QDateTime in the value's own zone (UTC for Utc; `viewer` for Floating
    /// and Date, a Date at 00:00). A wall-clock time that a DST gap skips is moved forward by the
    /// gap (RFC 5545, 3.3.5); one that occurs twice is the first (the earlier instant).
    QDateTime toDateTime(const QTimeZone& viewer) const;
    /// The instant of toDateTime() as ms since the epoch, from a per-thread table of the zone's
    /// offsets (RecurrenceClock): what calendars use for thousands of values (docs/recurrence.md).
    qint64 toMSecsSinceEpoch(const QTimeZone& viewer) const;
    /// The instant `msecs` as a date and time on `zone`'s wall clock at that instant's offset, from
    /// the same table: the same date(), time() and instant as QDateTime::toTimeZone(), several times
    /// faster, for views that show thousands (docs/calendar.md, Performance).
    static QDateTime wallClockAt(qint64 msecs, const QTimeZone& zone);
    /// The same wall clock on another date, in the same zone and kind (what recurrence needs).
    CalendarTime withDate(QDate other) const;

    /// Storage and wire form: "2027-03-01", "2027-03-01T09:00:00[Europe/Berlin]",
    /// "2027-03-01T08:00:00Z", "2027-03-01T09:00:00" (floating). Seconds always written.
    QString toText() const;
    static std::optional<CalendarTime> fromText(QStringView text);

    friend bool operator==(const CalendarTime&, const CalendarTime&) = default;
};

} // namespace Fieldbook
