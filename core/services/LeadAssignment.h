#pragma once

#include "common/Error.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fieldbook {

class Database;

/// Who a lead went to in a round-robin assignment.
struct LeadAssignmentEntry {
    QString leadId;
    QString userId;
    friend bool operator==(const LeadAssignmentEntry&, const LeadAssignmentEntry&) = default;
};

/// Gives leads to reps: by hand, or round-robin within a team.
///
/// Round-robin: the team's members are its live, active users with the rep role, in a fixed order
/// (name ignoring case, then id). The leads are dealt out in the order given, one each, starting
/// after the member who got the team's previous lead; that member is remembered in the store's
/// local settings ("leads/round_robin/<team>") in the same transaction as the assignment, so that
/// the next batch continues where this one stopped. A remembered member who left the team is
/// placed by their name, so the turn passes to whoever sorts after them. The settings are per
/// device: two devices that deal out leads for one team each keep their own turn.
class LeadAssignment final {
    Q_DECLARE_TR_FUNCTIONS(LeadAssignment)

public:
    explicit LeadAssignment(Database& db);

    /// Teams that have at least one active rep, sorted.
    [[nodiscard]] Result<QStringList> teams() const;
    /// The active reps of `team` in round-robin order.
    [[nodiscard]] Result<QList<User>> members(const QString& team) const;
    /// The same reps in the order the next leads will go to them (whose turn it is first).
    [[nodiscard]] Result<QList<User>> inTurn(const QString& team) const;
    /// Gives every lead to `userId` (see LeadRepository::assign).
    [[nodiscard]] Result<void> assign(const QStringList& leadIds, const QString& userId);
    /// Deals the leads out round-robin among the active reps of `team`, in one transaction.
    [[nodiscard]] Result<QList<LeadAssignmentEntry>> assignRoundRobin(const QStringList& leadIds, const QString& team);

    /// The settings key that remembers the last member of `team` who got a lead.
    static QString lastAssigneeKey(const QString& team);

private:
    /// Position in `members` of the member who follows the remembered one.
    [[nodiscard]] qsizetype nextPosition(const QList<User>& members, const QString& lastId) const;
    Database& m_db;
};

} // namespace Fieldbook
