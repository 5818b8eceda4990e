#pragma once

#include "io/VCardEntry.h"
#include "io/VCardProblem.h"

#include <QList>

namespace Fieldbook {

/// The readable cards of a vCard file, in file order, and what was wrong with the others.
struct VCardParseResult {
    QList<VCardEntry> entries;
    QList<VCardProblem> problems;
};

} // namespace Fieldbook
