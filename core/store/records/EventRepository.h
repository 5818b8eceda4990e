#pragma once

#include "common/Error.h"
#include "domain/CalendarEvent.h"

namespace Fieldbook {

class Database;
struct StoredRecord;

/// Reads and writes calendar events: single events, recurring series and the records that change
/// or cancel one occurrence of a series (docs/calendar.md). Expanding series into occurrences is
/// the calendar service's work; this class stores and finds records.
class EventRepository final {
public:
    explicit EventRepository(Database& db);

    [[nodiscard]] Result<CalendarEvent> get(const QString& id) const;
    /// Live events and series that may have an occurrence between `fromMs` and `toMs` (UTC), and
    /// every live override of those series (an override moved out of the period still hides the
    /// occurrence it replaces). In no particular order.
    [[nodiscard]] Result<QList<CalendarEvent>> inRange(qint64 fromMs, qint64 toMs) const;
    /// The live overrides of a series.
    [[nodiscard]] Result<QList<CalendarEvent>> overridesOf(const QString& seriesId) const;
    /// Live events (series, overrides, singles) with the iCalendar UID `uid`.
    [[nodiscard]] Result<QList<CalendarEvent>> withUid(const QString& uid) const;
    /// Live events linked to a record through the reference field `field` ("account_id").
    [[nodiscard]] Result<QList<CalendarEvent>> linkedTo(const QString& field, const QString& id, int limit = 500) const;
    [[nodiscard]] Result<int> count() const;

    /// Validates and stores `event`; a new override gets the id its series and occurrence name, so
    /// that two devices changing one occurrence offline change one record.
    [[nodiscard]] Result<CalendarEvent> save(CalendarEvent event);
    /// Deletes an event; deleting a series deletes its overrides with it. Returns the ids deleted
    /// (the event first), which restore() takes to undo it.
    [[nodiscard]] Result<QStringList> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QStringList& ids);

    /// The id of the override of `seriesId` for the occurrence `occurrence`, the same on every device.
    static QString overrideId(const QString& seriesId, const CalendarTime& occurrence);

private:
    [[nodiscard]] Result<CalendarEvent> validate(CalendarEvent event) const;
    [[nodiscard]] Result<void> checkLinks(const CalendarEvent& event) const;
    [[nodiscard]] Result<CalendarEvent> write(CalendarEvent event, const std::optional<StoredRecord>& previous);
    [[nodiscard]] Result<QList<CalendarEvent>> list(const QString& where, const QVariantList& values) const;
    Database& m_db;
};

} // namespace Fieldbook
