#pragma once

#include "BenchSyncClient.h"

#include <QStringList>

namespace Fieldbook::Bench {

class BenchServer;

/// What the concurrent-clients run found.
struct ConcurrentSyncResult {
    bool ok = false;
    double seconds = 0;   ///< from the common start to the end of every client's second run
    QStringList failures; ///< why ok is false, one line per finding
};

/// `clients` devices, each on its own thread with its own store, network access and event loop
/// (SyncEngine blocks, one per thread), all signed in as `endpoint.user`. Each signs in first
/// (the password hash is not what is measured), adds `recordsEach` records, then all sync at the
/// same moment; once every one is done all sync again to pull the others' records. ok: every run
/// succeeded without rejections or conflicts, the server holds exactly clients x recordsEach
/// records of that user, and every client holds all of them.
ConcurrentSyncResult runConcurrentSync(const QString& dir, const SyncEndpoint& endpoint, const BenchServer& server,
                                       int clients, int recordsEach);

} // namespace Fieldbook::Bench
