#pragma once

#include <QtGlobal>

namespace Fieldbook {

/// How much demo data to write. Counts of 0 write nothing of that type; contacts need accounts and
/// activities need contacts (they are spread over the ones of the same run).
struct DemoRequest {
    int users = 8;
    int accounts = 0;
    int contacts = 0;
    int activities = 0;
    quint64 seed = 1;
    qint64 nowMs = 0; ///< the generator's "now"; 0: the start of the current UTC day (same seed, same day: same data)
};

/// How many records a generation wrote (inserted or, when run again with the same seed, updated).
struct DemoResult {
    int users = 0;
    int accounts = 0;
    int contacts = 0;
    int activities = 0;
};

} // namespace Fieldbook
