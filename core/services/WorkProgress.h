#pragma once

#include <QtGlobal>

#include <functional>

namespace Fieldbook {

/// How far long work (import, export, demo data) is; unknown totals are -1.
struct WorkProgress {
    qint64 done = 0;        ///< rows or records processed
    qint64 total = -1;      ///< records to process, when known
    qint64 bytesRead = 0;   ///< imports: bytes of the file consumed
    qint64 totalBytes = -1; ///< imports: size of the file
};

/// Called now and then during long work; returning false cancels it, and nothing is written.
using ProgressFn = std::function<bool(const WorkProgress&)>;

} // namespace Fieldbook
