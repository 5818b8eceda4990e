#pragma once

#include <QStringList>

namespace Fieldbook::Server {

/// Whose records a read covers: every owner's, or only those of `owners` (plus, for the reads that
/// say so, the organisation's records).
struct OwnerFilter {
    bool everyone = false;
    QStringList owners;
    /// Owners whose records of the types shown to the team (RecordSharing::busyFields) are read too,
    /// to be sent in their busy view.
    QStringList team = {};
    /// The user reading: records that name them as a reader (RecordSharing::readersIn) are read too.
    QString reader = {};
    /// The managers above the user, transitively: their records of a type that shares them down
    /// (RecordSharing::downField) are read too, and kept only when their fields say so.
    QStringList above = {};
};

} // namespace Fieldbook::Server
