#pragma once

#include "calendar/CalendarItem.h"
#include "calendar/IcsTimeReader.h"

#include <QCoreApplication>

#include <optional>

namespace Fieldbook {

struct IcsComponent;
struct IcsContentLine;
class IcsIssues;

/// Reads one VEVENT or VTODO into a CalendarItem (docs/icalendar.md, Reading). What it cannot
/// represent is reported to `issues` with the line and property; an event without DTSTART is
/// skipped. X- properties and unknown ones are ignored.
class IcsItemReader final {
    Q_DECLARE_TR_FUNCTIONS(IcsItemReader)

public:
    IcsItemReader(IcsTimeReader& times, IcsIssues& issues);

    /// nullopt when the item is skipped (the issue says why).
    std::optional<CalendarItem> read(const IcsComponent& component);

private:
    void readTexts(const IcsComponent& component, CalendarItem& item);
    void readTimes(const IcsComponent& component, CalendarItem& item);
    void readEnd(const IcsComponent& component, CalendarItem& item);
    void checkEnd(const IcsContentLine& line, CalendarItem& item);
    void readRecurrence(const IcsComponent& component, CalendarItem& item);
    void readStates(const IcsComponent& component, CalendarItem& item);
    void readPeople(const IcsComponent& component, CalendarItem& item);
    void readAlarms(const IcsComponent& component, CalendarItem& item);
    std::optional<CalendarAlarm> readAlarm(const IcsComponent& valarm, const CalendarItem& item);
    std::optional<int> readNumber(const IcsComponent& component, QByteArrayView name, int low, int high);

    IcsTimeReader& m_times;
    IcsIssues& m_issues;
};

} // namespace Fieldbook
