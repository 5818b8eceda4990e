#pragma once

#include "analytics/CommissionPlan.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

namespace Fieldbook {

class Database;

/// The commission plans of the users in this store's scope (docs/forecast.md, Commission). Only
/// managers and admins set them (the server refuses a rep's change too).
class CommissionPlanRepository final {
    Q_DECLARE_TR_FUNCTIONS(CommissionPlanRepository)

public:
    explicit CommissionPlanRepository(Database& db);

    /// The one id of a user's (or a team's) plan from a day: two managers setting it offline
    /// change one record.
    [[nodiscard]] static QString idFor(const QString& userId, bool team, QDate validFrom);

    /// Every live plan, by user, kind and first day (`user` is left at -1).
    [[nodiscard]] Result<QList<CommissionPlan>> all() const;
    /// Sets the plan of the user (or team) from its first day (these decide which record). Checks
    /// that the local user may, that the user exists (and, for a team plan, that someone reports
    /// to them), the day and the rates.
    [[nodiscard]] Result<CommissionPlan> set(CommissionPlan plan);
    /// Whether a live plan of the user (or team) starts on the day.
    [[nodiscard]] Result<bool> exists(const QString& userId, bool team, QDate validFrom) const;
    [[nodiscard]] Result<void> remove(const QString& userId, bool team, QDate validFrom);

private:
    [[nodiscard]] Result<void> checkAllowed() const;
    [[nodiscard]] Result<void> check(const CommissionPlan& plan) const;

    Database& m_db;
};

} // namespace Fieldbook
