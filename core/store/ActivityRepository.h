#pragma once

#include "common/Error.h"
#include "domain/Activity.h"

namespace Fieldbook {

class Database;

/// Reads and writes activities (calls, meetings, visits, e-mails, notes, tasks).
class ActivityRepository final {
public:
    explicit ActivityRepository(Database& db);

    [[nodiscard]] Result<Activity> get(const QString& id) const;
    /// Live activities of a contact, newest first.
    [[nodiscard]] Result<QList<Activity>> forContact(const QString& contactId, int limit = 500) const;
    /// Live activities of an account and of its contacts, newest first.
    [[nodiscard]] Result<QList<Activity>> forAccount(const QString& accountId, int limit = 500) const;
    [[nodiscard]] Result<int> count() const;

    [[nodiscard]] Result<Activity> save(Activity activity);
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

    /// Re-links every activity of `fromContactId` to `toContactId` (and its account); for merges.
    [[nodiscard]] Result<int> moveToContact(const QString& fromContactId, const QString& toContactId,
                                            const QString& toAccountId);
    [[nodiscard]] Result<int> moveToAccount(const QString& fromAccountId, const QString& toAccountId);

private:
    [[nodiscard]] Result<QList<Activity>> list(const QString& where, const QVariantList& values, int limit) const;
    Database& m_db;
};

} // namespace Fieldbook
