#pragma once

#include "domain/CalendarEvent.h"
#include "domain/CalendarTask.h"
#include "store/write/RecordRows.h"

namespace Fieldbook::CalendarRows {

/// Events and tasks as stored (resources/migrations/0013_calendar.sql) and back.
CalendarEvent toEvent(const RecordRow& row);
RecordValues valuesOf(const CalendarEvent& event);
CalendarTask toTask(const RecordRow& row);
RecordValues valuesOf(const CalendarTask& task);

/// JSON of calendar values ["2027-03-01T09:00:00[Europe/Berlin]", ...]; unreadable entries are left out.
QString encodeTimes(const QList<CalendarTime>& times);
QList<CalendarTime> decodeTimes(const QString& json);
QString encodeMinutes(const QList<int>& minutes);
QList<int> decodeMinutes(const QString& json);
QString encodeAttendees(const QList<EventAttendee>& attendees);
QList<EventAttendee> decodeAttendees(const QString& json);

} // namespace Fieldbook::CalendarRows
