#include "StatsService.h"

#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/AttachmentRepository.h"
#include "store/ContactRepository.h"
#include "store/Outbox.h"
#include "store/RecordRows.h"
#include "store/UserRepository.h"

namespace Fieldbook {

Result<StoreStats> StatsService::collect(Database& db) {
    StoreStats stats;
    for (auto [target, count] : {std::pair{&stats.accounts, AccountRepository(db).count()},
                                 std::pair{&stats.contacts, ContactRepository(db).count()},
                                 std::pair{&stats.activities, ActivityRepository(db).count()},
                                 std::pair{&stats.attachments, AttachmentRepository(db).count()},
                                 std::pair{&stats.leads, countLive(db, RecordType::leads())},
                                 std::pair{&stats.opportunities, countLive(db, RecordType::opportunities())},
                                 std::pair{&stats.products, countLive(db, RecordType::products())},
                                 std::pair{&stats.quotes, countLive(db, RecordType::quotes())},
                                 std::pair{&stats.outboxPending, Outbox(db).pendingCount()}}) {
        if (!count)
            return std::unexpected(count.error());
        *target = *count;
    }
    auto users = UserRepository(db).all();
    if (!users)
        return std::unexpected(users.error());
    stats.users = int(users->size());
    return stats;
}

} // namespace Fieldbook
