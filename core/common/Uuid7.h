#pragma once

#include <QString>

namespace Fieldbook {

/// Time-ordered UUIDv7 (RFC 9562) as lower-case text; generated on the device that creates a record.
QString createUuid7();

/// Same, at a given instant (milliseconds since the epoch, UTC); used by deterministic demo data.
QString createUuid7(qint64 msSinceEpoch, quint64 randomBits);

} // namespace Fieldbook
