#pragma once

#include "CalendarQuery.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Fieldbook {

/// The other occurrence one overlaps: what the overlap warning names ("Overlaps with “Pipeline
/// review” 14:00–15:00").
struct CalendarOverlap {
    QString otherKey; ///< Occurrence::key() of the other
    QString otherTitle;
    QDateTime otherStart;      ///< UTC
    QDateTime otherEnd;        ///< UTC, exclusive
    bool otherPrivate = false; ///< the other is private: people other than its owner see only "Busy"
    QString otherOwnerId;

    friend bool operator==(const CalendarOverlap&, const CalendarOverlap&) = default;
};

/// Overlaps between occurrences of the same person (docs/calendar-section.md): the person is the
/// owner of an event or a colleague who attends it. Cancelled, free (busy = false), all-day and
/// zero-length occurrences take no time; one ending when the other starts does not overlap it.
class CalendarConflicts final {
public:
    /// For each occurrence that takes time, the other occurrence of one of its people that it
    /// overlaps and that starts first; keyed by Occurrence::key(). n log n per person.
    [[nodiscard]] static QHash<QString, CalendarOverlap> find(const QList<Occurrence>& occurrences);

    /// The first (by start) of `occurrences` that takes time of one of `people` and overlaps
    /// [start, end), other than those keyed in `ignore`: what a new or edited event would collide
    /// with.
    [[nodiscard]] static std::optional<CalendarOverlap> firstOverlap(const QList<Occurrence>& occurrences,
                                                                     const QStringList& people, const QDateTime& start,
                                                                     const QDateTime& end,
                                                                     const QSet<QString>& ignore = {});

    /// The people whose time `event` takes: its owner and its colleague attendees, each once.
    [[nodiscard]] static QStringList peopleOf(const CalendarEvent& event);
    /// Whether the occurrence blocks its people's time at all.
    [[nodiscard]] static bool takesTime(const Occurrence& occurrence);
};

} // namespace Fieldbook
