#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Fieldbook::Bench {

/// What the sync phase measures on.
struct SyncPhaseOptions {
    QString dir; ///< work folder: server stores, client stores
    int records = 100'000;
    QString postgresUrl; ///< a PostgreSQL server's maintenance database; empty: SQLite only
    int concurrentClients = 50;
    int recordsPerClient = 200;
    int stormDevices = 20; ///< devices syncing through the sign-in storm
    int stormSignIns = 50; ///< password sign-ins of the sign-in storm
};

/// The sync targets of docs/performance.md against the real fieldbook-server binary over loopback HTTPS,
/// on a fresh SQLite store and, when a PostgreSQL URL is given, a fresh PostgreSQL database; each
/// metric ends in _sqlite or _postgres.
/// - push_mutations_per_s: a store with `records` new records (each one insert in its outbox) that
///   has never synced connects to the empty server and sends them all: mutations / seconds from the
///   engine's checkpoint after signing in to its first pull request (where the run is stopped: the
///   pull would only bring the device's own records back).
/// - initial_sync_100k_s: a new device's whole first sync run (hello, password sign-in, pull of
///   all those records). pull_apply_rows_per_s: rows it received and applied / seconds from its
///   first pull request to the end of the run.
/// - noop_sync_ms: the median of 5 further runs of that device with nothing to do.
/// - server_concurrent_clients_ok / _s: see runConcurrentSync().
/// - noop_sync_under_signin_storm_p99_ms (and _p50_ms, _runs), signin_storm_s, _accepted, _refused,
///   _busy_retries: stormDevices devices syncing with nothing to do while stormSignIns password
///   sign-ins arrive at once; see runSignInStorm().
/// A backend whose server cannot be set up, or whose measured run fails, adds an error (with the end
/// of the server's log) and none of its metrics; the other backend is measured all the same.
struct SyncPhaseResult {
    QJsonObject metrics;
    QStringList errors;
};
SyncPhaseResult runSyncPhase(const SyncPhaseOptions& options);

} // namespace Fieldbook::Bench
