#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Fieldbook {

class Database;

/// One request to the sync worker.
struct SyncRequest {
    QUrl server;
    QString user;
    QString caFile;
    QString password; ///< empty: use the kept sign-in
};

/// How a run ended.
struct SyncOutcome {
    std::optional<SyncSummary> summary;
    std::optional<Error> error;
};

/// Runs SyncEngine on the sync thread with that thread's own Database connection and network
/// access, keeping the sign-in in the TokenStore. Lives in the thread it was moved to; results
/// come back through the callbacks, which it posts to the thread of `receiver`.
class SyncWorker final : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(const SyncProgress&)>;
    using Finished = std::function<void(const SyncOutcome&)>;
    /// Makes the worker's network access on its own thread (tests put a fake network here).
    using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

    SyncWorker(QString databasePath, const std::atomic<bool>* cancel, QObject* receiver, Progress progress,
               Finished finished, NetworkFactory network = {});
    ~SyncWorker() override;
    Q_DISABLE_COPY_MOVE(SyncWorker)

    /// Call through QMetaObject::invokeMethod so that it runs on the worker's thread.
    void run(const SyncRequest& request);

private:
    [[nodiscard]] Result<SyncSummary> runOnce(const SyncRequest& request);
    QString m_path;
    const std::atomic<bool>* m_cancel;
    QPointer<QObject> m_receiver;
    Progress m_progress;
    Finished m_finished;
    NetworkFactory m_networkFactory;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_lastWarning;
};

} // namespace Fieldbook
