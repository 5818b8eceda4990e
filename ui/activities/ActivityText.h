#pragma once

#include "domain/Activity.h"

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
};

} // namespace Fieldbook
