#pragma once

#include "common/Error.h"

#include <QString>

namespace Fieldbook {

/// Why one card (or a stretch of text between cards) was skipped; `message` is translated and
/// starts with "Line N:", where N is the 1-based physical line in the file.
struct VCardProblem {
    int line = 0;
    ErrorCode code = ErrorCode::InvalidInput;
    QString message;
};

} // namespace Fieldbook
