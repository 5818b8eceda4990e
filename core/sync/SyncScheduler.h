#pragma once

#include "SyncWorker.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>

class QThread;

namespace Fieldbook {

class Database;

/// Where sync stands, for the status bar.
struct SyncStatus {
    enum class State {
        NotConnected, ///< never connected to a server
        Syncing,
        UpToDate,
        Waiting,     ///< local changes wait (the next run is scheduled)
        Offline,     ///< the server cannot be reached; retried with back-off
        NeedsSignIn, ///< the sign-in was refused or has expired
        Failed,      ///< anything else; see `message`
    };
    State state = State::NotConnected;
    int waiting = 0; ///< local changes not yet acknowledged
    int issues = 0;  ///< conflicts and rejected changes to decide
    SyncProgress progress;
    QString message; ///< the last error, translated
    qint64 lastSyncAt = 0;
    qint64 nextAttemptAt = 0;
    QString server;
    QString user;
};

/// Runs sync in the background for the app (docs/sync-protocol.md, A sync run): after edits
/// (debounced), on a timer, when the network comes back and on request, on a worker thread that
/// never blocks the UI; backs off after failures. Lives on the GUI thread next to its Database.
class SyncScheduler final : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int editDelayMs = 3'000;
        int periodMs = 5 * 60'000;
        int firstRetryMs = 5'000;
        int maxRetryMs = 10 * 60'000;
        SyncWorker::NetworkFactory network; ///< empty: a QNetworkAccessManager
    };
    explicit SyncScheduler(Database& db, QObject* parent = nullptr);
    SyncScheduler(Database& db, Timing timing, QObject* parent = nullptr);
    ~SyncScheduler() override;
    Q_DISABLE_COPY_MOVE(SyncScheduler)

    const SyncStatus& status() const { return m_status; }
    QString caFile() const;
    /// The server and user the store last tried to connect with (successfully or not), else the
    /// ones it syncs with: where a new sign-in starts from.
    QString lastServer() const;
    QString lastUser() const;
    bool isConnected() const { return !m_status.server.isEmpty(); }

    /// Signs in to `server` as `user` and syncs; the result comes as finished().
    void connectTo(const QUrl& server, const QString& user, const QString& password, const QString& caFile);
    void syncNow();
    void cancel();

signals:
    void statusChanged();
    /// A run ended; `error` is empty on success.
    void finished(const QString& error);
    /// Records arrived or changed: views reload.
    void storeChanged();

private:
    void start(SyncRequest request);
    void onFinished(const SyncOutcome& outcome);
    void onProgress(const SyncProgress& progress);
    void refreshCounts();
    void scheduleRetry();
    void watchConnectivity();

    Database& m_db;
    Timing m_timing;
    SyncStatus m_status;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_again = false; ///< a trigger came during a run: run once more afterwards
    int m_failures = 0;
    QTimer m_editTimer;
    QTimer m_periodTimer;
    QTimer m_retryTimer;
};

} // namespace Fieldbook
