#include "LongTask.h"

#include "store/db/Database.h"

#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Fieldbook {

LongTask::LongTask(QObject* parent)
    : QObject(parent) {}

LongTask::~LongTask() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool LongTask::start(Job job) {
    if (m_thread)
        return false;
    m_cancel = false;
    m_outcome.reset();
    m_workerOutcome.reset();
    m_thread = QThread::create([this, job = std::move(job)] {
        const ProgressFn progress = [this](const WorkProgress& p) {
            return reportFromWorker(p);
        };
        if (QSemaphore* gate = s_startGate.load())
            gate->acquire(); // tests: hold the work until they have acted
        m_workerOutcome = job(progress);
    });
    m_thread->setObjectName(u"fieldbook-long-task"_s);
    // Emitted on the worker thread, so the slot runs queued on the GUI thread after the last progress.
    connect(m_thread, &QThread::finished, this, &LongTask::onThreadFinished);
    m_thread->start();
    emit started();
    return true;
}

void LongTask::setStartGateForTests(QSemaphore* gate) {
    s_startGate.store(gate);
}

bool LongTask::start(const QString& dbPath, DatabaseJob job) {
    return start([dbPath, job = std::move(job)](const ProgressFn& progress) -> Result<void> {
        Database::Options options;
        options.create = false;
        options.backupBeforeMigrate = false;
        auto db = Database::open(dbPath, options);
        if (!db)
            return std::unexpected(db.error());
        // The connection is closed here, on the thread that opened it.
        return job(**db, progress);
    });
}

void LongTask::setTablesToRefresh(Database* guiDb, const QStringList& tables) {
    m_refreshDb = guiDb;
    m_refreshTables = tables;
}

void LongTask::cancel() {
    if (!m_thread || m_cancel.exchange(true))
        return;
    emit cancelling();
}

bool LongTask::wasCancelled() const {
    return m_outcome && !m_outcome->has_value() && m_outcome->error().code == ErrorCode::Cancelled;
}

Error LongTask::error() const {
    if (m_outcome && !m_outcome->has_value())
        return m_outcome->error();
    return {};
}

bool LongTask::reportFromWorker(const WorkProgress& progress) {
    {
        QMutexLocker lock(&m_progressMutex);
        m_latest = progress;
    }
    // One delivery in flight at most: a fast worker cannot flood the GUI's event queue.
    if (!m_progressPending.exchange(true))
        QMetaObject::invokeMethod(this, &LongTask::deliverProgress, Qt::QueuedConnection);
    return !m_cancel.load();
}

void LongTask::deliverProgress() {
    WorkProgress progress;
    {
        QMutexLocker lock(&m_progressMutex);
        progress = m_latest;
    }
    m_progressPending = false;
    emit progressed(progress);
}

void LongTask::onThreadFinished() {
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_outcome = std::move(m_workerOutcome);
    m_workerOutcome.reset();
    if (!m_outcome)
        m_outcome = fail(ErrorCode::Cancelled, tr("The work was cancelled."));
    else if (m_outcome->has_value() && m_refreshDb) {
        for (const auto& table : std::as_const(m_refreshTables))
            m_refreshDb->notifyReset(table);
    }
    emit finished();
}

} // namespace Fieldbook
