#pragma once

#include "common/Error.h"

#include <QStringList>

namespace Fieldbook {

class Database;

/// What a change of many leads did: how many changed, and the first refusal of those that did not.
struct LeadBatchResult {
    int done = 0;
    QString firstRefusal; ///< empty when every lead changed
};

/// Qualifies or disqualifies the selected leads (docs/workflows.md) in one transaction. A lead the
/// store refuses (converted, deleted meanwhile) is left as it was and the others change; a storage
/// failure changes none.
class LeadQualification final {
public:
    explicit LeadQualification(Database& db);

    [[nodiscard]] Result<LeadBatchResult> qualify(const QStringList& ids);
    /// Disqualifies with `reason` (why they are not worth pursuing).
    [[nodiscard]] Result<LeadBatchResult> disqualify(const QStringList& ids, const QString& reason);

private:
    Database& m_db;
};

} // namespace Fieldbook
