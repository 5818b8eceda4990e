#pragma once

#include "ImportRowWriter.h"
#include "analytics/FiscalCalendar.h"
#include "store/records/QuotaRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports quota rows `user period amount [currency]` (docs/forecast.md, Quotas): the user by
/// name, the period as "2027-04", "FY2027-Q1" or "FY2027" in the store's fiscal year, the amount
/// in `currency` (default: the reporting currency). A row for a user and period that has a quota
/// updates it.
class QuotaImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(QuotaImportWriter)

public:
    QuotaImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    Database& m_db;
    QuotaRepository m_repository;
    ImportReferences& m_references;
    FiscalCalendar m_calendar;
    QString m_reportingCurrency;
};

} // namespace Fieldbook
