#pragma once

#include "StoreStats.h"
#include "common/Error.h"

namespace Fieldbook {

class Database;

/// Counts what a store holds, for `fieldbook-cli stats` and the status bar.
class StatsService final {
public:
    [[nodiscard]] static Result<StoreStats> collect(Database& db);
};

} // namespace Fieldbook
