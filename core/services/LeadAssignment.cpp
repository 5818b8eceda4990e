#include "LeadAssignment.h"

#include "store/db/Database.h"
#include "store/records/LeadRepository.h"
#include "store/records/UserRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// The round-robin order: name ignoring case, then id (names may repeat).
bool before(const User& a, const User& b) {
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

bool isRep(const User& u) {
    return !u.deleted && u.active && u.role == UserRole::Rep;
}

bool sameTeam(const QString& a, const QString& b) {
    return QString::compare(a.trimmed(), b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

LeadAssignment::LeadAssignment(Database& db)
    : m_db(db) {}

QString LeadAssignment::lastAssigneeKey(const QString& team) {
    return u"leads/round_robin/"_s + team.trimmed().toCaseFolded();
}

Result<QStringList> LeadAssignment::teams() const {
    auto users = UserRepository(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    QStringList teams;
    for (const User& u : std::as_const(*users)) {
        const QString team = u.team.trimmed();
        if (isRep(u) && !team.isEmpty() &&
            std::none_of(teams.cbegin(), teams.cend(), [&](const QString& t) { return sameTeam(t, team); }))
            teams.append(team);
    }
    std::sort(teams.begin(), teams.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    return teams;
}

Result<QList<User>> LeadAssignment::members(const QString& team) const {
    auto users = UserRepository(m_db).all();
    if (!users)
        return std::unexpected(users.error());
    QList<User> members;
    for (const User& u : std::as_const(*users))
        if (isRep(u) && sameTeam(u.team, team))
            members.append(u);
    std::sort(members.begin(), members.end(), before);
    return members;
}

Result<QList<User>> LeadAssignment::inTurn(const QString& team) const {
    auto reps = members(team);
    if (!reps || reps->isEmpty())
        return reps;
    const qsizetype next = nextPosition(*reps, m_db.setting(lastAssigneeKey(team)));
    QList<User> order = reps->mid(next);
    order += reps->first(next);
    return order;
}

Result<void> LeadAssignment::assign(const QStringList& leadIds, const QString& userId) {
    return LeadRepository(m_db).assign(leadIds, userId);
}

qsizetype LeadAssignment::nextPosition(const QList<User>& members, const QString& lastId) const {
    if (lastId.isEmpty())
        return 0;
    for (qsizetype i = 0; i < members.size(); ++i)
        if (members.at(i).id == lastId)
            return (i + 1) % members.size();
    // The last one left the team (or became inactive): the turn passes to whoever sorts after them.
    auto last = UserRepository(m_db).get(lastId);
    if (!last)
        return 0;
    const auto next = std::upper_bound(members.cbegin(), members.cend(), *last, before);
    return next == members.cend() ? 0 : next - members.cbegin();
}

Result<QList<LeadAssignmentEntry>> LeadAssignment::assignRoundRobin(const QStringList& leadIds, const QString& team) {
    QList<LeadAssignmentEntry> entries;
    if (leadIds.isEmpty())
        return entries;
    auto reps = members(team);
    if (!reps)
        return std::unexpected(reps.error());
    if (reps->isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("The team “%1” has no active reps to give leads to; check the users’ team and role.")
                        .arg(team.trimmed()));
    auto ok = m_db.transaction([&]() -> Result<void> {
        const QString key = lastAssigneeKey(team);
        qsizetype position = nextPosition(*reps, m_db.setting(key));
        LeadRepository leads(m_db);
        for (const QString& leadId : leadIds) {
            const User& rep = reps->at(position);
            if (auto r = leads.assign({leadId}, rep.id); !r)
                return r;
            entries.append({leadId, rep.id});
            position = (position + 1) % reps->size();
        }
        return m_db.setSetting(key, entries.constLast().userId);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return entries;
}

} // namespace Fieldbook
