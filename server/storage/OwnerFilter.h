#pragma once

#include <QStringList>

namespace Fieldbook::Server {

/// Whose records a read covers: every owner's, or only those of `owners` (plus, for the reads that
/// say so, the organisation's records).
struct OwnerFilter {
    bool everyone = false;
    QStringList owners;
};

} // namespace Fieldbook::Server
