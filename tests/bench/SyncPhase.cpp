#include "SyncPhase.h"

#include "BenchServer.h"
#include "BenchSyncClient.h"
#include "BenchTimer.h"
#include "ConcurrentSync.h"
#include "ScratchPostgres.h"
#include "SignInStorm.h"
#include "SqlReplay.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

const QString kPusher = u"bench"_s; ///< the user of the push, initial sync and no-op measurements
const QString kCrowd = u"crowd"_s;  ///< the user of the concurrent clients, so they see only their records
const QString kPassword = u"bench-password-7f3a"_s;
constexpr quint64 kSeed = 42;
constexpr int kNoopRuns = 5;

/// Copies a closed store, with its write-ahead log should one be left.
Result<void> copyStore(const QString& from, const QString& to) {
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return fail(ErrorCode::Io, u"cannot copy %1 to %2"_s.arg(from + suffix, to + suffix));
    }
    return {};
}

/// The records every backend's push sends, written once: a store that has never synced, as after
/// working offline before connecting. Each backend pushes from a copy.
Result<QString> writeRecordsStore(const SyncPhaseOptions& options) {
    const QString path = QDir(options.dir).filePath(u"sync-records.sqlite"_s);
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    BenchSyncClient store(path, {});
    if (auto ok = store.open(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store.addRecords(options.records, kSeed); !ok)
        return std::unexpected(ok.error());
    return path;
}

/// One backend's measurements against one server; every failure names the step and shows the
/// end of the server's log.
class BackendBench final {
public:
    BackendBench(const SyncPhaseOptions& options, QString recordsStore, QString name, const QString& databaseUrl)
        : m_options(options)
        , m_recordsStore(std::move(recordsStore))
        , m_name(std::move(name))
        , m_dir(QDir(options.dir).filePath(u"sync-"_s + m_name))
        , m_server(QDir(m_dir).filePath(u"server"_s), databaseUrl) {}

    Result<QJsonObject> run() {
        QDir(m_dir).removeRecursively();
        if (auto ok = startServer(); !ok)
            return std::unexpected(ok.error());
        const SyncEndpoint endpoint{m_server.url(), m_server.caFile(), kPusher, kPassword};
        if (auto ok = measurePush(endpoint); !ok)
            return std::unexpected(ok.error());
        if (auto ok = measureInitialAndNoop(endpoint); !ok)
            return std::unexpected(ok.error());
        measureConcurrent({m_server.url(), m_server.caFile(), kCrowd, kPassword});
        // Last: its wrong passwords leave loopback throttled for a while.
        measureSignInStorm({m_server.url(), m_server.caFile(), kCrowd, kPassword});
        if (!m_server.stop())
            std::fprintf(stderr, "fieldbook-bench: the %s server did not end cleanly on SIGTERM\n", qPrintable(m_name));
        return m_metrics;
    }

private:
    void put(const QString& metric, double value) { m_metrics.insert(metric + u'_' + m_name, value); }

    std::unexpected<Error> failed(const QString& step, const Error& error) const {
        QString message = u"sync (%1): %2: %3"_s.arg(m_name, step, error.message);
        if (!error.detail.isEmpty())
            message += u" ("_s + error.detail + u')';
        const QString log = m_server.logTail().trimmed();
        if (!log.isEmpty())
            message += u"\nend of the server's log:\n"_s + log;
        return std::unexpected(Error{error.code, message, {}});
    }
    std::unexpected<Error> failed(const QString& step, const QString& why) const {
        return failed(step, Error{ErrorCode::ServerFailure, why, {}});
    }

    Result<void> startServer() {
        if (auto ok = m_server.prepare(); !ok)
            return failed(u"setting up fieldbook-server"_s, ok.error());
        for (const QString& user : {kPusher, kCrowd})
            if (auto ok = m_server.addUser(user, u"rep"_s, kPassword); !ok)
                return failed(u"adding a user"_s, ok.error());
        if (auto ok = m_server.start(); !ok)
            return failed(u"starting fieldbook-server"_s, ok.error());
        return {};
    }

    /// A copy of the records' store connects for the first time (its records pass to the server's
    /// user) and sends its whole outbox; the run is stopped as it starts pulling.
    Result<void> measurePush(const SyncEndpoint& endpoint) {
        const QString path = QDir(m_dir).filePath(u"pusher.sqlite"_s);
        if (auto ok = copyStore(m_recordsStore, path); !ok)
            return failed(u"copying the records to push"_s, ok.error());
        BenchSyncClient pusher(path, endpoint);
        if (auto ok = pusher.open(); !ok)
            return failed(u"opening the pushing store"_s, ok.error());
        SyncTiming timing;
        auto pushed = pusher.push(timing);
        if (!pushed)
            return failed(u"pushing"_s, pushed.error());
        auto unsettled = pusher.unsettledChanges();
        if (!unsettled)
            return failed(u"pushing"_s, unsettled.error());
        if (*pushed != m_options.records || *unsettled > 0)
            return failed(u"pushing"_s, u"%1 of %2 changes answered, %3 rejected, in conflict or unsent"_s.arg(*pushed)
                                            .arg(m_options.records)
                                            .arg(*unsettled));
        put(u"push_mutations_per_s"_s, *pushed / (timing.pushMs / 1000.0));
        return {};
    }

    /// A new device's first run pulls everything; then runs with nothing to do.
    Result<void> measureInitialAndNoop(const SyncEndpoint& endpoint) {
        BenchSyncClient fresh(QDir(m_dir).filePath(u"fresh.sqlite"_s), endpoint);
        if (auto ok = fresh.open(); !ok)
            return failed(u"opening the new store"_s, ok.error());
        SyncTiming timing;
        auto first = fresh.sync(&timing);
        if (!first)
            return failed(u"initial sync"_s, first.error());
        auto held = fresh.recordCount();
        if (!held)
            return failed(u"counting pulled records"_s, held.error());
        if (*held != m_options.records)
            return failed(u"initial sync"_s,
                          u"the new store holds %1 records, expected %2"_s.arg(*held).arg(m_options.records));
        put(u"initial_sync_100k_s"_s, timing.totalMs / 1000.0);
        put(u"pull_rows_per_s"_s, first->pulled / (timing.pullMs / 1000.0));
        const double applyRate = first->pulled / (timing.applyMs / 1000.0);
        put(u"pull_apply_rows_per_s"_s, applyRate);

        Samples noop;
        for (int i = 0; i < kNoopRuns; ++i) {
            auto again = fresh.sync(&timing);
            if (!again)
                return failed(u"sync with nothing to do"_s, again.error());
            if (again->pushed != 0 || again->pulled != 0)
                return failed(u"sync with nothing to do"_s,
                              u"it sent %1 and received %2 changes"_s.arg(again->pushed).arg(again->pulled));
            noop.add(timing.totalMs);
        }
        put(u"noop_sync_ms"_s, noop.percentile(50));

        // What SQLite alone needs for the rows that initial sync wrote, committed in the same batches.
        const QString floorStore = QDir(m_dir).filePath(u"pull-floor.sqlite"_s);
        QString error = createStore(floorStore);
        const double floorRate = error.isEmpty()
                                     ? replayRowsPerSecond(fresh.path(), floorStore, {u"accounts"_s, u"contacts"_s},
                                                           {.rowsPerTransaction = SyncEngine::kPullBatchRows}, &error)
                                     : -1;
        if (floorRate <= 0)
            return failed(u"replaying the pulled rows"_s, error);
        put(u"pull_sql_floor_rows_per_s"_s, floorRate);
        put(u"pull_vs_sql_floor_ratio"_s, applyRate / floorRate);
        return {};
    }

    void measureConcurrent(const SyncEndpoint& endpoint) {
        const QString dir = QDir(m_dir).filePath(u"concurrent"_s);
        QDir().mkpath(dir);
        const ConcurrentSyncResult result =
            runConcurrentSync(dir, endpoint, m_server, m_options.concurrentClients, m_options.recordsPerClient);
        for (const QString& failure : result.failures)
            std::fprintf(stderr, "fieldbook-bench: sync (%s), concurrent clients: %s\n", qPrintable(m_name),
                         qPrintable(failure));
        put(u"server_concurrent_clients_ok"_s, result.ok ? 1 : 0);
        put(u"server_concurrent_clients_s"_s, result.seconds);
    }

    void measureSignInStorm(const SyncEndpoint& endpoint) {
        const QString dir = QDir(m_dir).filePath(u"storm"_s);
        QDir().mkpath(dir);
        const SignInStormResult result = runSignInStorm(dir, endpoint, m_options.stormDevices, m_options.stormSignIns);
        for (const QString& failure : result.failures)
            std::fprintf(stderr, "fieldbook-bench: sync (%s), sign-in storm: %s\n", qPrintable(m_name),
                         qPrintable(failure));
        if (!result.failures.isEmpty())
            return;
        put(u"noop_sync_under_signin_storm_p99_ms"_s, result.noopP99Ms);
        put(u"noop_sync_under_signin_storm_p50_ms"_s, result.noopP50Ms);
        put(u"noop_sync_under_signin_storm_runs"_s, result.noopRuns);
        put(u"signin_storm_s"_s, result.stormSeconds);
        put(u"signin_storm_accepted"_s, result.accepted);
        put(u"signin_storm_refused"_s, result.refused);
        put(u"signin_storm_busy_retries"_s, result.busyRetries);
    }

    const SyncPhaseOptions& m_options;
    QString m_recordsStore;
    QString m_name;
    QString m_dir;
    BenchServer m_server;
    QJsonObject m_metrics;
};

} // namespace

SyncPhaseResult runSyncPhase(const SyncPhaseOptions& options) {
    // Every new store announces its migrations and every failed run is logged by the engine; the
    // phase reports what matters itself. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"fieldbook.store.info=false\nfieldbook.sync.info=false"_s);
    SyncPhaseResult result;
    result.metrics.insert(u"sync_records"_s, options.records);
    result.metrics.insert(u"sync_concurrent_clients"_s, options.concurrentClients);
    result.metrics.insert(u"sync_records_per_client"_s, options.recordsPerClient);
    auto measure = [&](BackendBench&& bench) {
        auto measured = bench.run();
        if (!measured) {
            result.errors.append(measured.error().message);
            return;
        }
        for (auto it = measured->begin(); it != measured->end(); ++it)
            result.metrics.insert(it.key(), it.value());
    };

    auto recordsStore = writeRecordsStore(options);
    if (!recordsStore) {
        result.errors.append(u"sync: cannot write the records to push: "_s + recordsStore.error().message);
        return result;
    }
    measure(BackendBench(options, *recordsStore, u"sqlite"_s, {}));
    if (options.postgresUrl.isEmpty())
        return result;
    ScratchPostgres database{QUrl(options.postgresUrl)};
    auto url = database.create();
    if (!url)
        result.errors.append(u"sync (postgres): cannot create a database: "_s + url.error().message);
    else
        measure(BackendBench(options, *recordsStore, u"postgres"_s, *url));
    return result;
}

} // namespace Fieldbook::Bench
