#pragma once

#include "ImportRowWriter.h"
#include "store/records/CommissionPlanRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports commission plan rows `user|team valid_from rate [family_rates] [accelerator]`
/// (docs/forecast.md, Commission): the user the plan is for, or the manager whose team it is for,
/// by name; the first day; the rate in percent ("5.5"); family rates as "Hardware=5;Services=8";
/// the accelerator as a multiplier ("1.5"). A row for a user (or team) and day that has a plan
/// updates it.
class CommissionPlanImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(CommissionPlanImportWriter)

public:
    CommissionPlanImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    /// The plan the row describes, or why it cannot be one (`problem`).
    [[nodiscard]] Result<CommissionPlan> planOf(const ImportRow& row, QString* problem);

    CommissionPlanRepository m_repository;
    ImportReferences& m_references;
};

} // namespace Fieldbook
