#pragma once

#include "calendar/CalendarTime.h"
#include "calendar/IcsValue.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <optional>

namespace Fieldbook {

struct IcsComponent;
struct IcsContentLine;
struct IcsZone;
class IcsIssues;
class IcsTimeZones;

/// Reads the DATE and DATE-TIME values of one file into CalendarTime, with their TZIDs resolved
/// (IcsTimeZones), and reports what it approximates.
class IcsTimeReader final {
    Q_DECLARE_TR_FUNCTIONS(IcsTimeReader)

public:
    IcsTimeReader(IcsTimeZones& zones, IcsIssues& issues);

    /// The properties of VEVENT and VTODO components whose wall clocks decide their TZID's zone.
    static void noteUses(const IcsComponent& component, IcsTimeZones& zones);

    /// One DATE or DATE-TIME (VALUE and TZID applied); nullopt, reported, when unreadable.
    std::optional<CalendarTime> read(const IcsContentLine& line);
    /// A list property (RDATE, EXDATE): comma lists; PERIOD values give their start.
    QList<CalendarTime> readList(const IcsContentLine& line);
    /// A UTC DATE-TIME (COMPLETED, LAST-MODIFIED, DTSTAMP); other forms are converted.
    std::optional<QDateTime> readInstant(const IcsContentLine& line);

    /// `start` plus a DURATION: days on the wall clock, the rest exact. A date plus hours is rounded
    /// up to whole days (`approximated` is then set).
    static CalendarTime add(const CalendarTime& start, const IcsValue::Duration& duration, bool& approximated);
    /// The seconds from `from` to `to`; dates and floating times are read in UTC for it.
    static qint64 secondsBetween(const CalendarTime& from, const CalendarTime& to);

private:
    std::optional<CalendarTime> readValue(const IcsContentLine& line, QStringView text);
    CalendarTime inZone(const IcsContentLine& line, QDate date, QTime time);
    static QString zoneProblem(int line, const QString& tzid, const IcsZone& zone);

    IcsTimeZones& m_zones;
    IcsIssues& m_issues;
    QSet<QString> m_reportedZones;
};

} // namespace Fieldbook
