#pragma once

#include "ImportRowWriter.h"
#include "store/records/AccountRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports account rows. A row updates the account with its external_id; without one, the live
/// account with exactly that name (ignoring case); otherwise it creates one. `owner` is matched
/// against user names, `parent` against account names (including accounts later in the file).
class AccountImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(AccountImportWriter)

public:
    AccountImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    [[nodiscard]] Result<std::optional<Account>> match(const ImportRow& row, QString* reason);
    /// Sets the account's own fields from the row: a reason to reject it, or empty.
    QString applyFields(const ImportRow& row, Account& a);
    /// Sets the parent account (by `parent_external_id`, else by `parent` name); a result when the
    /// row is rejected or deferred instead.
    [[nodiscard]] Result<std::optional<RowResult>> setParent(const ImportRow& row, Account& a, bool mayDefer);

    AccountRepository m_repository;
    ImportReferences& m_references;
};

} // namespace Fieldbook
