#pragma once

#include "UndoStep.h"
#include "domain/CalendarEvent.h"

#include <QStringList>

#include <optional>

namespace Fieldbook {

class Database;

/// One event record as it stood: its values, or nothing when it was not there (never made, or
/// deleted).
struct EventState {
    QString id;
    std::optional<CalendarEvent> event;
};

/// What an edit of events wrote: the records it saved as stored, and the undo step that puts every
/// record it touched back as it was (and the redo that writes them again).
struct EventChange {
    QList<CalendarEvent> saved;
    UndoStep undo;
};

/// Writes events for OccurrenceEdit and remembers each touched record as it was before its first
/// change, so that undo restores exactly the previous records (docs/calendar-section.md).
class OccurrenceEditLog final {
public:
    explicit OccurrenceEditLog(Database& db);

    /// Saves `event`; a new one gets its id here (an override its deterministic one).
    [[nodiscard]] Result<CalendarEvent> save(CalendarEvent event);
    /// Deletes `id` (a series with its overrides).
    [[nodiscard]] Result<void> remove(const QString& id);
    Database& database() const { return m_db; }
    /// The records as they are now and the undo step between then and now.
    [[nodiscard]] Result<EventChange> finish() const;

    /// Puts back the records of `states` in one transaction: those without values deleted first,
    /// then the others saved as they were.
    [[nodiscard]] static Result<void> restore(Database& db, const QList<EventState>& states);

private:
    [[nodiscard]] Result<void> remember(const QString& id);
    [[nodiscard]] static Result<EventState> stateOf(Database& db, const QString& id);

    Database& m_db;
    QList<EventState> m_before;
    QStringList m_saved;
};

} // namespace Fieldbook
