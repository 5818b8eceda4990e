#pragma once

#include "ImportRowWriter.h"
#include "store/records/UserRepository.h"

#include <QCoreApplication>

namespace Fieldbook {

/// Imports user rows. Users have no external id: a row updates the live user with the same name
/// (ignoring case), otherwise it creates one. `manager` is matched against user names, including
/// users later in the same file.
class UserImportWriter final : public ImportRowWriter {
    Q_DECLARE_TR_FUNCTIONS(UserImportWriter)

public:
    UserImportWriter(Database& db, ImportReferences& references);
    [[nodiscard]] Result<RowResult> write(const ImportRow& row, bool mayDefer) override;

private:
    UserRepository m_repository;
    ImportReferences& m_references;
};

} // namespace Fieldbook
