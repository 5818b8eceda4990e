#pragma once

#include "common/Error.h"
#include "sync/SyncEngine.h"

#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace Fieldbook {
class Database;
}

namespace Fieldbook::Bench {

/// Where and as whom the bench's devices sync.
struct SyncEndpoint {
    QUrl server;
    QString caFile;
    QString user;
    QString password;
};

/// How long the parts of one sync run took, split where the engine reports them (its checkpoint
/// after signing in, its progress report as it starts pulling).
struct SyncTiming {
    double totalMs = 0;   ///< the whole SyncEngine::run()
    double connectMs = 0; ///< hello, sign-in (password or refresh token), adopting the server's user id
    double pushMs = 0;    ///< sending the outbox until it is empty and recording the answers
    double pullMs = 0;    ///< every pulled page received and applied, to the end of the run
    double applyMs = 0;   ///< of pullMs, the time spent storing pulled pages (PullApplier)
};

/// One device of the sync phase: its own store and QNetworkAccessManager, synced through the real
/// SyncEngine. It signs in with the password once and then with the rotating refresh token, and
/// keeps its network access (and so its TLS connection) between runs, as the app's sync worker
/// does. Everything of one client happens on the thread that opened it.
class BenchSyncClient final {
public:
    BenchSyncClient(QString path, SyncEndpoint endpoint, const std::atomic<bool>* cancel = nullptr);
    ~BenchSyncClient();
    [[nodiscard]] const QString& path() const { return m_path; }
    Q_DISABLE_COPY_MOVE(BenchSyncClient)

    [[nodiscard]] Result<void> open();
    /// `count` new realistic records (a tenth accounts, the rest contacts at them) owned by this
    /// device's user, written through the repositories in one transaction like any edit, so each
    /// is one insert waiting in the outbox. `seed` makes the ids: different seeds, different records.
    [[nodiscard]] Result<void> addRecords(int count, quint64 seed);
    [[nodiscard]] Result<SyncSummary> sync(SyncTiming* timing = nullptr);
    /// A run that sends the whole outbox and is stopped (cancelled) as it starts pulling: the server
    /// would send this device's own records back, which is not what the push measures. The store
    /// stays consistent, as after any cancelled run. Returns the changes the server answered.
    [[nodiscard]] Result<int> push(SyncTiming& timing);
    /// Local changes the server rejected or left in conflict, plus those still unsent.
    [[nodiscard]] Result<int> unsettledChanges() const;
    /// Accounts and contacts in the store.
    [[nodiscard]] Result<int> recordCount() const;

private:
    [[nodiscard]] Result<SyncSummary> run(SyncTiming* timing, bool stopAtPull, int* pushed);

    QString m_path;
    SyncEndpoint m_endpoint;
    const std::atomic<bool>* m_cancel;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_refreshToken;
};

} // namespace Fieldbook::Bench
