#pragma once

#include "domain/Activity.h"
#include "models/TimelineEntries.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace Fieldbook {

/// Icons of activity kinds and durations as people read them; the kinds' and call outcomes'
/// names are the core's (activityKindLabel(), callOutcomeName()).
class ActivityText final {
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
public:
    static QIcon kindIcon(ActivityKind kind);
    /// "1 h 30 min", "45 min".
    static QString durationText(int minutes);
    /// What a timeline entry says of itself: "Upcoming", "Overdue", "Logged", "open", "Done",
    /// "Cancelled"; empty for what simply took place.
    static QString stateText(TimelineEntry::State state);
};

} // namespace Fieldbook
