#pragma once

#include "ImportRowWriter.h"
#include "store/records/ContactRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports contact rows. A row updates the contact with its external_id; without one, the live
/// contact that has the row's e-mail address; otherwise it creates one. `account` is matched
/// against account names and `owner` against user names; a name that matches nothing rejects the row.
class ContactImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(ContactImportWriter)

public:
    ContactImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    [[nodiscard]] Result<std::optional<Contact>> match(const ImportRow& row, QString* reason) const;
    /// Applies the row's account, owner and parsed values; returns a reason to reject, or empty.
    [[nodiscard]] Result<QString> applyReferencesAndValues(const ImportRow& row, Contact& c);

    ContactRepository m_repository;
    ImportReferences& m_references;
};

} // namespace Fieldbook
