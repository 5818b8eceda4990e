#pragma once

#include "analytics/ForecastEngine.h"
#include "common/Error.h"
#include "domain/ForecastAdjustment.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// Keeps what the forecast said (docs/forecast.md, Snapshots): once a week for every user in the
/// store (their own deals, and for a manager their team) for the current quarter and year, and
/// when a user submits their forecast.
class ForecastSnapshots final {
    Q_DECLARE_TR_FUNCTIONS(ForecastSnapshots)

public:
    /// The Monday of `day`'s week: the day a weekly snapshot is filed under.
    [[nodiscard]] static QDate weekOf(QDate day);
    /// Takes this week's snapshots that are not taken yet (the first look in a week is what the
    /// week's snapshot keeps). Returns how many it took.
    [[nodiscard]] static Result<int> takeWeekly(Database& db, const ForecastEngine& engine, QDate today);
    /// Submits `userId`'s forecast (their own deals, or with `team` everyone below them) for the
    /// period holding `day` of kind `period`, with a note, as it stands today (zeros for someone
    /// without deals or a quota in it).
    [[nodiscard]] static Result<ForecastSnapshot> submit(Database& db, const ForecastEngine& engine,
                                                         const QString& userId, bool team, PeriodKind period, QDate day,
                                                         const QString& note);
};

} // namespace Fieldbook
