#pragma once

#include "common/Error.h"
#include "domain/Quota.h"

#include <QCoreApplication>
#include <QList>

namespace Fieldbook {

class Database;

/// The quotas of the users in this store's scope (docs/forecast.md, Quotas). Only managers and
/// admins set them (the server refuses a rep's change too).
class QuotaRepository final {
    Q_DECLARE_TR_FUNCTIONS(QuotaRepository)

public:
    explicit QuotaRepository(Database& db);

    /// The one id of a user's quota for a period: two managers setting it offline change one record.
    [[nodiscard]] static QString idFor(const QString& userId, const QString& periodKind, QDate periodStart);

    /// Every live quota, by user and first day.
    [[nodiscard]] Result<QList<Quota>> all() const;
    /// Sets the user's quota for the period (id, kind and first day decide which). Checks that the
    /// local user may, that the user exists, the kind, the currency and that the amount is not
    /// negative.
    [[nodiscard]] Result<Quota> set(Quota quota);
    /// Whether the user has a live quota for the period.
    [[nodiscard]] Result<bool> exists(const QString& userId, const QString& periodKind, QDate periodStart) const;
    /// Deletes the user's quota for the period (the quota grid's Delete), with the same checks.
    [[nodiscard]] Result<void> remove(const QString& userId, const QString& periodKind, QDate periodStart);

private:
    [[nodiscard]] Result<void> checkAllowed() const;
    [[nodiscard]] Result<void> check(const Quota& quota) const;

    Database& m_db;
};

} // namespace Fieldbook
