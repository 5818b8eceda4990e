#pragma once

#include "DemoRequest.h"
#include "WorkProgress.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Fieldbook {

class Database;

/// Writes DemoGenerator records through the repositories (so the outbox, search index and match
/// keys are filled as for any edit). The whole run is one transaction: a cancelled or failed run
/// leaves nothing behind. Records have ids derived from the seed, so running it again with the
/// same seed and day updates the same records instead of adding new ones.
class DemoDataService final {
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    [[nodiscard]] static Result<DemoResult> generate(Database& db, const DemoRequest& request,
                                                     const ProgressFn& progress = {});

private:
    /// Refuses counts that cannot make sense together (contacts without accounts ...).
    [[nodiscard]] static Result<void> check(const DemoRequest& request);
};

} // namespace Fieldbook
