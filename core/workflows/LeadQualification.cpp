#include "LeadQualification.h"

#include "store/db/Database.h"
#include "store/records/LeadRepository.h"

#include <functional>

namespace Fieldbook {

namespace {

/// Whether `error` is the store refusing one lead (nothing written), not a storage failure.
bool isRefusal(const Error& error) {
    return error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound;
}

Result<LeadBatchResult> changeEach(Database& db, const QStringList& ids,
                                   const std::function<Result<Lead>(LeadRepository&, const QString&)>& change) {
    LeadBatchResult result;
    auto ok = db.transaction([&]() -> Result<void> {
        LeadRepository leads(db);
        for (const QString& id : ids) {
            auto changed = change(leads, id);
            if (changed)
                ++result.done;
            else if (!isRefusal(changed.error()))
                return std::unexpected(changed.error());
            else if (result.firstRefusal.isEmpty())
                result.firstRefusal = changed.error().message;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace

LeadQualification::LeadQualification(Database& db)
    : m_db(db) {}

Result<LeadBatchResult> LeadQualification::qualify(const QStringList& ids) {
    return changeEach(m_db, ids, [](LeadRepository& leads, const QString& id) { return leads.qualify(id); });
}

Result<LeadBatchResult> LeadQualification::disqualify(const QStringList& ids, const QString& reason) {
    return changeEach(m_db, ids,
                      [&reason](LeadRepository& leads, const QString& id) { return leads.disqualify(id, reason); });
}

} // namespace Fieldbook
