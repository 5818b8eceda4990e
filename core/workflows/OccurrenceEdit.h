#pragma once

#include "OccurrenceEditLog.h"

#include <QDateTime>

#include <functional>

namespace Fieldbook {

class Database;

/// Which occurrences of a series an edit or a deletion changes.
enum class OccurrenceScope { This, ThisAndFollowing, All };

/// The occurrence an edit starts from, as the calendar showed it: the values shown (the series'
/// or its override's) and, for a series, which occurrence it is (services/CalendarQuery's
/// Occurrence carries the same three fields).
struct OccurrenceOf {
    CalendarEvent shown;
    QString seriesId;                         ///< empty for a single event
    std::optional<CalendarTime> recurrenceId; ///< set for an occurrence of a series

    bool inSeries() const { return recurrenceId.has_value() && !seriesId.isEmpty(); }
    /// The values of this occurrence itself: an occurrence the series generates carries the
    /// series' values, at the occurrence's own start and end. What the editor shows.
    CalendarEvent values() const;
};

/// Edits, moves and deletes events and occurrences of series (docs/calendar-section.md), each in
/// one transaction and one undo step that restores exactly the previous records:
/// - This: an override record for the occurrence (its id is the same on every device); deleting
///   it is an override with status Cancelled, so that two devices cancelling different occurrences
///   offline never touch the same record.
/// - This and following: the series ends before the occurrence (UNTIL; a COUNT becomes one) and a
///   new series starts there with the edited values (its COUNT reduced by the occurrences past);
///   later overrides move to it, or go when their occurrence is no longer in it.
/// - All: the series changes; a moved time shifts every occurrence, overrides and exceptions
///   move with it and stay while their occurrence exists. Deleting all deletes the series.
class OccurrenceEdit final {
public:
    explicit OccurrenceEdit(Database& db);

    /// Saves a new event or a single one (no series occurrence).
    [[nodiscard]] Result<EventChange> save(const CalendarEvent& event);
    /// Saves `edited` (the values the editor shows for `occurrence`, its rules for a series) for
    /// the occurrences of `scope`; a single event is saved whatever the scope.
    [[nodiscard]] Result<EventChange> edit(const OccurrenceOf& occurrence, const CalendarEvent& edited,
                                           OccurrenceScope scope);
    /// Moves `occurrence` to [start, end) (display zone, as the calendar's drag gives them); for a
    /// series, the occurrences of `scope` move by as much on their own clock.
    [[nodiscard]] Result<EventChange> move(const OccurrenceOf& occurrence, const QDateTime& start, const QDateTime& end,
                                           OccurrenceScope scope);
    /// Deletes the occurrences of `scope` (a single event: the event).
    [[nodiscard]] Result<EventChange> remove(const OccurrenceOf& occurrence, OccurrenceScope scope);

private:
    [[nodiscard]] Result<EventChange> run(const std::function<Result<void>(OccurrenceEditLog&)>& work);
    Database& m_db;
};

} // namespace Fieldbook
