#pragma once

#include "common/Error.h"
#include "services/WorkProgress.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QSemaphore;
class QThread;

namespace Fieldbook {

class Database;

/// Runs one piece of long work (import, export, demo data) on a worker thread so that the GUI never
/// blocks. Progress arrives on the GUI thread (coalesced: the GUI never lags behind a flood of
/// updates); cancel() makes the work's ProgressFn return false, after which the core services write
/// nothing. The worker opens its own Database: SQLite connections belong to one thread.
class LongTask final : public QObject {
    Q_OBJECT
public:
    using Job = std::function<Result<void>(const ProgressFn& progress)>;
    using DatabaseJob = std::function<Result<void>(Database& db, const ProgressFn& progress)>;

    explicit LongTask(QObject* parent = nullptr);
    /// Cancels work still running and waits for the worker to stop.
    ~LongTask() override;
    Q_DISABLE_COPY_MOVE(LongTask)

    /// Runs `job` on a new worker thread; false (and nothing happens) while a run is under way.
    bool start(Job job);
    /// Opens `dbPath` on the worker thread, runs `job` with that connection and closes it there.
    bool start(const QString& dbPath, DatabaseJob job);

    /// After a successful run, announce `tables` as reset through `guiDb` (which must live on the GUI
    /// thread), so that models fed by its StoreEvents reload what the worker's connection wrote.
    void setTablesToRefresh(Database* guiDb, const QStringList& tables);

    /// Asks the work to stop; `finished` follows once it has.
    void cancel();
    /// Test hook: while set, every worker waits for one `gate` permit before it runs its job, so a
    /// test can act (cancel) while the job is known not to have finished. nullptr: no gate.
    static void setStartGateForTests(QSemaphore* gate);
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_cancel.load(); }

    /// The outcome of the last run, once `finished` has been emitted.
    bool hasOutcome() const { return m_outcome.has_value(); }
    bool succeeded() const { return m_outcome && m_outcome->has_value(); }
    /// The run ended because the user cancelled it (nothing was written).
    bool wasCancelled() const;
    /// The failure of the last run (translated message), or an empty Error.
    Error error() const;

signals:
    void started();
    /// cancel() was called while the work ran; `finished` follows once the worker has stopped.
    void cancelling();
    void progressed(const Fieldbook::WorkProgress& progress);
    /// The worker has ended; outcome accessors are valid. Always emitted on the GUI thread.
    void finished();

private:
    bool reportFromWorker(const WorkProgress& progress);
    void deliverProgress();
    void onThreadFinished();

    QThread* m_thread = nullptr;
    static inline std::atomic<QSemaphore*> s_startGate = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_progressPending = false;
    mutable QMutex m_progressMutex;
    WorkProgress m_latest;
    std::optional<Result<void>> m_workerOutcome; ///< written by the worker, read after it joined
    std::optional<Result<void>> m_outcome;
    Database* m_refreshDb = nullptr;
    QStringList m_refreshTables;
};

} // namespace Fieldbook
