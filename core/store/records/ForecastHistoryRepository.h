#pragma once

#include "common/Error.h"
#include "domain/ForecastAdjustment.h"

#include <QCoreApplication>
#include <QList>

namespace Fieldbook {

class Database;

/// Manager adjustments and forecast snapshots (docs/forecast.md, Adjustments and Snapshots): both
/// are written once and kept, so they are the forecast's history.
class ForecastHistoryRepository final {
    Q_DECLARE_TR_FUNCTIONS(ForecastHistoryRepository)

public:
    explicit ForecastHistoryRepository(Database& db);

    /// Every live adjustment, oldest first.
    [[nodiscard]] Result<QList<ForecastAdjustment>> adjustments() const;
    /// Adds an adjustment made now by the local user, who must be a manager or an admin, of
    /// someone in their part of the team. Amounts may not be negative; Best case is at least Commit.
    [[nodiscard]] Result<ForecastAdjustment> adjust(ForecastAdjustment adjustment);

    /// Every live snapshot, by subject and day.
    [[nodiscard]] Result<QList<ForecastSnapshot>> snapshots() const;
    /// Stores a weekly snapshot (one per subject, scope, period and week: its id is made from them)
    /// or a submission (each kept).
    [[nodiscard]] Result<ForecastSnapshot> keep(ForecastSnapshot snapshot);
    /// The id of the weekly snapshot of a subject, scope, period and week.
    [[nodiscard]] static QString weeklyId(const ForecastSnapshot& snapshot);

private:
    Database& m_db;
};

} // namespace Fieldbook
