#pragma once

#include "ImportRowWriter.h"
#include "store/records/LeadRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports lead rows. A row updates the lead with its external_id; without one, the live lead
/// that has the row's e-mail; otherwise it creates one. `name` (a full name) fills first and last
/// name when the file has neither. `status` and `rating` take their keys or English names in any
/// case ("Working", "hot"); a lead cannot be imported as converted. `owner` is matched against
/// user names; a name that matches nothing rejects the row.
class LeadImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(LeadImportWriter)

public:
    LeadImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    [[nodiscard]] Result<std::optional<Lead>> match(const ImportRow& row, QString* reason) const;
    /// Applies status, rating and owner; returns a reason to reject, or empty.
    [[nodiscard]] Result<QString> applyPicklistsAndOwner(const ImportRow& row, Lead& lead);

    LeadRepository m_repository;
    ImportReferences& m_references;
};

} // namespace Fieldbook
