#include "StatsService.h"

#include "store/write/Outbox.h"
#include "store/write/RecordKind.h"
#include "store/write/RecordRows.h"

namespace Fieldbook {

Result<StoreStats> StatsService::collect(Database& db) {
    StoreStats stats;
    for (const RecordKind* kind : RecordKind::all()) {
        if (kind->statsKey.isEmpty())
            continue;
        auto count = countLive(db, *kind->type);
        if (!count)
            return std::unexpected(count.error());
        stats.records.append({kind->statsKey, *count});
    }
    auto pending = Outbox(db).pendingCount();
    if (!pending)
        return std::unexpected(pending.error());
    stats.outboxPending = *pending;
    return stats;
}

} // namespace Fieldbook
