#pragma once

#include "common/Error.h"
#include "domain/CalendarEvent.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace Fieldbook {

class Database;

/// One occurrence of an event as calendars show it: a single event, one occurrence of a series, or
/// the record that changed one occurrence.
struct Occurrence {
    /// The values shown (the override's, for a changed occurrence), shared by a series' occurrences.
    std::shared_ptr<const CalendarEvent> event;
    QString seriesId;                         ///< the series it belongs to; empty for a single event
    std::optional<CalendarTime> recurrenceId; ///< which occurrence of the series it is
    QDateTime start;                          ///< UTC; an all-day event's first midnight in the viewer's zone
    QDateTime end;                            ///< UTC, exclusive
    bool allDay = false;

    QString keyText; ///< key(), made once where the occurrence is (empty: key() works it out)

    /// Unique among occurrences: "id" for a single event, "seriesId|recurrence-id text" otherwise.
    QString key() const;
};

/// Expands the stored events into the occurrences of a period (docs/calendar.md): series by their
/// rules, RDATEs and EXDATEs on the wall clock of their zone, with each changed occurrence in place
/// of the one it replaces. Cancelled occurrences are included (status Cancelled) for views that
/// show them struck through; skip them where they do not count.
class CalendarQuery final {
public:
    CalendarQuery(Database& db, QTimeZone viewer);

    /// Occurrences that overlap [from, to), ordered by start.
    [[nodiscard]] Result<QList<Occurrence>> between(const QDateTime& from, const QDateTime& to) const;

    /// The occurrences of already loaded `events` (series, singles and overrides) in [from, to),
    /// ordered by start. Pass the events by move where they are not needed after: each is shared by
    /// its occurrences, not copied into them (docs/calendar.md, Performance).
    static QList<Occurrence> expand(QList<CalendarEvent> events, const QDateTime& from, const QDateTime& to,
                                    const QTimeZone& viewer);

private:
    Database& m_db;
    QTimeZone m_viewer;
};

} // namespace Fieldbook
