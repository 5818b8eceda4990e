#include "CommissionPlanImportWriter.h"

#include "CsvFieldFormat.h"
#include "ImportReferences.h"
#include "ImportRow.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

CommissionPlanImportWriter::CommissionPlanImportWriter(Database& db, ImportReferences& references)
    : m_repository(db)
    , m_references(references) {}

Result<CommissionPlan> CommissionPlanImportWriter::planOf(const ImportRow& row, QString* problem) {
    CommissionPlan plan;
    const QString user = row.value(u"user"_s);
    const QString team = row.value(u"team"_s);
    if (user.isEmpty() == team.isEmpty()) {
        *problem = user.isEmpty() ? tr("a commission plan needs the user or the team (its manager) it is for")
                                  : tr("give the user or the team of a commission plan, not both");
        return plan;
    }
    plan.team = !team.isEmpty();
    auto ids = m_references.users(plan.team ? team : user);
    if (!ids)
        return std::unexpected(ids.error());
    auto id = ImportReferences::single(*ids, plan.team ? u"team"_s : u"user"_s, plan.team ? team : user, true);
    if (!id) {
        *problem = id.error().message;
        return plan;
    }
    plan.userId = *id;
    auto from = CsvFieldFormat::parseDate(u"valid_from"_s, row.value(u"valid_from"_s));
    if (!from || !from->isValid()) {
        *problem = from ? tr("a commission plan needs the day it applies from (valid_from)") : from.error().message;
        return plan;
    }
    plan.validFrom = *from;
    const auto rate = CommissionText::parseRate(row.value(u"rate"_s));
    if (!rate) {
        *problem =
            tr("rate '%1' is not a percentage from 0 to 100 with at most two decimals").arg(row.value(u"rate"_s));
        return plan;
    }
    plan.rate = *rate;
    const auto families = CommissionText::parseFamilyRates(row.value(u"family_rates"_s), problem);
    if (!families)
        return plan;
    plan.familyRates = *families;
    const auto accelerator = CommissionText::parseAccelerator(row.value(u"accelerator"_s));
    if (!accelerator)
        *problem = tr("accelerator '%1' is not a multiplier from 1 to 10 with at most two decimals (such as 1.5)")
                       .arg(row.value(u"accelerator"_s));
    plan.accelerator = accelerator.value_or(0);
    return plan;
}

Result<ImportRowWriter::RowResult> CommissionPlanImportWriter::write(const ImportRow& row, bool) {
    QString problem;
    auto plan = planOf(row, &problem);
    if (!plan)
        return std::unexpected(plan.error());
    if (!problem.isEmpty())
        return rejected(problem);
    auto existing = m_repository.exists(plan->userId, plan->team, plan->validFrom);
    if (!existing)
        return std::unexpected(existing.error());
    auto stored = m_repository.set(*plan);
    if (!stored)
        return stored.error().code == ErrorCode::PermissionDenied ? rejected(stored.error().message)
                                                                  : rejectedOrFailed(stored.error());
    return saved(*existing);
}

} // namespace Fieldbook
