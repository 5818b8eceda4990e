#include "LeadWorkflow.h"

#include "AssignLeadsDialog.h"
#include "ConvertLeadDialog.h"
#include "common/Clock.h"
#include "common/ReasonDialog.h"
#include "services/LeadAssignment.h"
#include "store/records/AccountRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/UserRepository.h"
#include "workflows/LeadQualification.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// "Done for 3 leads." or, when some were refused, that plus the first refusal.
LeadWorkflow::Outcome tally(int done, const QString& doneText, const QString& firstError) {
    if (firstError.isEmpty())
        return {doneText, MessageBanner::Type::Positive, {}, {}};
    if (done == 0)
        return {firstError, MessageBanner::Type::Error, {}, {}};
    return {
        LeadWorkflow::tr("%1 Some were refused: %2").arg(doneText, firstError), MessageBanner::Type::Warning, {}, {}};
}

} // namespace

LeadWorkflow::LeadWorkflow(Database& db, QWidget* dialogParent)
    : m_db(db)
    , m_parent(dialogParent) {}

QString LeadWorkflow::describe(const QStringList& ids) const {
    if (ids.size() != 1)
        return tr("%n lead(s)", "", int(ids.size()));
    auto lead = LeadRepository(m_db).get(ids.constFirst());
    return lead ? tr("“%1”").arg(lead->displayName()) : tr("the lead");
}

std::optional<LeadWorkflow::Outcome> LeadWorkflow::qualify(const QStringList& ids) {
    if (ids.isEmpty())
        return std::nullopt;
    const QString what = describe(ids);
    auto result = LeadQualification(m_db).qualify(ids);
    if (!result)
        return failure(result.error().message);
    return tally(result->done,
                 ids.size() == 1 ? tr("%1 is qualified.").arg(what) : tr("%n lead(s) qualified.", "", result->done),
                 result->firstRefusal);
}

std::optional<LeadWorkflow::Outcome> LeadWorkflow::disqualify(const QStringList& ids) {
    if (ids.isEmpty())
        return std::nullopt;
    const QString what = describe(ids);
    auto first = LeadRepository(m_db).get(ids.constFirst());
    const auto reason =
        ReasonDialog::askDisqualify(m_parent, first ? first->displayName() : QString(), int(ids.size()));
    if (!reason)
        return std::nullopt;
    auto result = LeadQualification(m_db).disqualify(ids, *reason);
    if (!result)
        return failure(result.error().message);
    return tally(result->done,
                 ids.size() == 1 ? tr("%1 is disqualified: %2").arg(what, *reason)
                                 : tr("%n lead(s) disqualified: %1", "", result->done).arg(*reason),
                 result->firstRefusal);
}

std::optional<LeadWorkflow::Outcome> LeadWorkflow::convert(const QString& id) {
    if (id.isEmpty())
        return std::nullopt;
    auto lead = LeadRepository(m_db).get(id);
    if (!lead)
        return failure(lead.error().message);
    if (lead->status == LeadStatus::Converted)
        return failure(tr("“%1” was already converted.").arg(lead->displayName()));
    if (lead->status == LeadStatus::Disqualified)
        return failure(tr("“%1” is disqualified; set its status back to working or qualified to convert it.")
                           .arg(lead->displayName()));
    const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).date();
    auto plan = LeadConversion(m_db).plan(id, today);
    if (!plan)
        return failure(plan.error().message);
    ConvertLeadDialog dialog(m_db, *plan, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const LeadConversionResult& made = dialog.result();
    m_converted = made;
    const auto stored = AccountRepository(m_db).get(made.accountId);
    const QString account = stored ? stored->name : QString();
    const QString text =
        made.accountCreated
            ? tr("“%1” is converted; the new account “%2” was created.").arg(lead->displayName(), account)
            : tr("“%1” is converted into the existing account “%2”.").arg(lead->displayName(), account);
    return Outcome{text, MessageBanner::Type::Positive, u"accounts"_s, made.accountId};
}

std::optional<LeadWorkflow::Outcome> LeadWorkflow::assign(const QStringList& ids) {
    if (ids.isEmpty())
        return std::nullopt;
    const auto userId = AssignLeadsDialog::ask(m_parent, m_db, AssignLeadsDialog::Mode::Person, int(ids.size()));
    if (!userId)
        return std::nullopt;
    if (auto done = LeadAssignment(m_db).assign(ids, *userId); !done)
        return failure(done.error().message);
    const auto user = UserRepository(m_db).get(*userId);
    const QString name = user ? user->name : QString();
    return Outcome{tr("%1 assigned to %2.").arg(describe(ids), name), MessageBanner::Type::Positive, {}, {}};
}

std::optional<LeadWorkflow::Outcome> LeadWorkflow::assignRoundRobin(const QStringList& ids) {
    if (ids.isEmpty())
        return std::nullopt;
    auto teams = LeadAssignment(m_db).teams();
    if (!teams)
        return failure(teams.error().message);
    if (teams->isEmpty())
        return failure(tr("No team has active reps yet. Give users a team and the rep role (for example by "
                          "importing users with a team column), then assign again."));
    const auto team = AssignLeadsDialog::ask(m_parent, m_db, AssignLeadsDialog::Mode::RoundRobin, int(ids.size()));
    if (!team)
        return std::nullopt;
    auto dealt = LeadAssignment(m_db).assignRoundRobin(ids, *team);
    if (!dealt)
        return failure(dealt.error().message);
    QStringList names;
    UserRepository users(m_db);
    for (const LeadAssignmentEntry& e : std::as_const(*dealt)) {
        const auto user = users.get(e.userId);
        const QString name = user ? user->name : e.userId;
        if (!names.contains(name))
            names.append(name);
    }
    return Outcome{tr("%n lead(s) assigned in turn to %1.", "", int(dealt->size())).arg(names.join(u", "_s)),
                   MessageBanner::Type::Positive,
                   {},
                   {}};
}

} // namespace Fieldbook
