#pragma once

#include "common/Error.h"
#include "domain/Activity.h"

#include <functional>

namespace Fieldbook {

class Database;

/// Reads and writes activities (calls, meetings, visits, e-mails, notes, tasks) of contacts,
/// accounts, leads and opportunities.
class ActivityRepository final {
public:
    explicit ActivityRepository(Database& db);

    [[nodiscard]] Result<Activity> get(const QString& id) const;
    /// Live activities of a contact, newest first.
    [[nodiscard]] Result<QList<Activity>> forContact(const QString& contactId, int limit = 500) const;
    /// Live activities of an account and of its contacts, newest first.
    [[nodiscard]] Result<QList<Activity>> forAccount(const QString& accountId, int limit = 500) const;
    /// Live activities logged for a lead, newest first (also after it was converted).
    [[nodiscard]] Result<QList<Activity>> forLead(const QString& leadId, int limit = 500) const;
    /// Live activities logged for an opportunity, newest first.
    [[nodiscard]] Result<QList<Activity>> forOpportunity(const QString& opportunityId, int limit = 500) const;
    [[nodiscard]] Result<int> count() const;

    /// `elsewhere`: ids of linked records that exist though this device does not hold them (a call
    /// list entry assigned to this user names a colleague's contact): not looked up here.
    [[nodiscard]] Result<Activity> save(Activity activity, const QStringList& elsewhere = {});
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);

    /// Re-links every activity of `fromContactId` to `toContactId` (and its account); for merges.
    [[nodiscard]] Result<int> moveToContact(const QString& fromContactId, const QString& toContactId,
                                            const QString& toAccountId);
    [[nodiscard]] Result<int> moveToAccount(const QString& fromAccountId, const QString& toAccountId);
    /// Links the activities of a converted lead to the contact (and account) it became, so they
    /// show there too; they stay the lead's. For LeadConversion, inside its transaction.
    [[nodiscard]] Result<int> linkLeadToContact(const QString& leadId, const QString& contactId,
                                                const QString& accountId);

private:
    /// The contact, account and lead an activity names must be live.
    [[nodiscard]] Result<void> checkLinks(const Activity& activity, const QStringList& elsewhere) const;
    [[nodiscard]] Result<QList<Activity>> list(const QString& where, const QVariantList& values, int limit) const;
    /// Applies `change` to every activity matching `where` and saves each, in one transaction.
    [[nodiscard]] Result<int> rewrite(const QString& where, const QVariantList& values,
                                      const std::function<void(Activity&)>& change);
    Database& m_db;
};

} // namespace Fieldbook
