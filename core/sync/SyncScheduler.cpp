#include "SyncScheduler.h"

#include "common/Clock.h"
#include "common/ServerAddress.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/StoreEvents.h"
#include "store/journal/SyncIssues.h"
#include "store/journal/SyncJournal.h"

#include <QNetworkInformation>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr auto kCaFileSetting = "sync.ca_file";
constexpr auto kServerSetting = "sync.last_server";
constexpr auto kUserSetting = "sync.last_user";
} // namespace

SyncScheduler::SyncScheduler(Database& db, QObject* parent)
    : SyncScheduler(db, Timing{}, parent) {}

SyncScheduler::SyncScheduler(Database& db, Timing timing, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timing(timing) {
    m_thread = new QThread(this);
    m_thread->setObjectName(u"fieldbook-sync"_s);
    m_worker = new SyncWorker(
        db.path(), &m_cancel, this, [this](const SyncProgress& p) { onProgress(p); },
        [this](const SyncOutcome& o) { onFinished(o); }, m_timing.network);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(m_timing.editDelayMs);
    connect(&m_editTimer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_periodTimer.setInterval(m_timing.periodMs);
    connect(&m_periodTimer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(db.events(), &StoreEvents::recordsChanged, this, [this] {
        refreshCounts();
        if (isConnected() && m_status.state != SyncStatus::State::NeedsSignIn)
            m_editTimer.start();
    });
    // Someone waits for an attachment to open: fetch it now, not after the edit delay.
    connect(db.events(), &StoreEvents::contentsRequested, this, &SyncScheduler::syncNow);

    if (auto state = SyncJournal(m_db).state(); state && *state) {
        m_status.server = (*state)->serverUrl;
        m_status.user = (*state)->userName;
        m_status.lastSyncAt = (*state)->lastSyncAt;
        m_status.message = (*state)->lastError;
        m_status.state = SyncStatus::State::UpToDate;
        m_periodTimer.start();
    }
    refreshCounts();
    watchConnectivity();
}

SyncScheduler::~SyncScheduler() {
    m_cancel = true;
    m_thread->quit();
    m_thread->wait();
}

QString SyncScheduler::caFile() const {
    return m_db.setting(QString::fromLatin1(kCaFileSetting));
}

QString SyncScheduler::lastServer() const {
    return m_db.setting(QString::fromLatin1(kServerSetting), m_status.server);
}

QString SyncScheduler::lastUser() const {
    return m_db.setting(QString::fromLatin1(kUserSetting), m_status.user);
}

void SyncScheduler::connectTo(const QUrl& server, const QString& user, const QString& password, const QString& caFile) {
    (void)m_db.setSetting(QString::fromLatin1(kCaFileSetting), caFile);
    (void)m_db.setSetting(QString::fromLatin1(kServerSetting), server.toString());
    (void)m_db.setSetting(QString::fromLatin1(kUserSetting), user);
    m_status.server = ServerAddress::normalised(server);
    m_status.user = user;
    m_failures = 0;
    m_retryTimer.stop();
    start({server, user, caFile, password});
}

void SyncScheduler::syncNow() {
    if (!isConnected())
        return;
    m_editTimer.stop();
    m_retryTimer.stop();
    start({QUrl(m_status.server), m_status.user, caFile(), {}});
}

void SyncScheduler::cancel() {
    if (m_running)
        m_cancel = true;
}

void SyncScheduler::start(SyncRequest request) {
    if (m_running) {
        m_again = request.password.isEmpty(); // a sign-in waits for nothing: the dialog retries
        return;
    }
    m_running = true;
    m_cancel = false;
    m_status.state = SyncStatus::State::Syncing;
    m_status.progress = {};
    m_status.nextAttemptAt = 0;
    emit statusChanged();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void SyncScheduler::onProgress(const SyncProgress& progress) {
    m_status.progress = progress;
    emit statusChanged();
}

void SyncScheduler::onFinished(const SyncOutcome& outcome) {
    m_running = false;
    m_db.reloadLocalUser();
    if (auto state = SyncJournal(m_db).state(); state && *state) {
        m_status.server = (*state)->serverUrl;
        m_status.user = (*state)->userName;
        m_status.lastSyncAt = (*state)->lastSyncAt;
        if (!m_periodTimer.isActive())
            m_periodTimer.start();
    } else {
        m_status.server.clear(); // the first sign-in failed: still not connected
        m_status.user.clear();
    }
    if (outcome.summary) {
        m_failures = 0;
        m_status.message.clear();
        m_status.state = SyncStatus::State::UpToDate;
        if (outcome.summary->pulled > 0 || outcome.summary->conflicts > 0 || outcome.summary->filesReceived > 0) {
            for (const RecordType* type : RecordType::all())
                m_db.notifyReset(type->table);
            emit storeChanged();
        }
    } else {
        const Error& e = *outcome.error;
        m_status.message = e.message;
        switch (e.code) {
        case ErrorCode::NotSignedIn:
        case ErrorCode::TooManyAttempts:
            m_status.state = SyncStatus::State::NeedsSignIn;
            break;
        case ErrorCode::Cancelled:
            m_status.state = SyncStatus::State::Waiting;
            m_status.message.clear();
            break;
        case ErrorCode::Unreachable:
            m_status.state = SyncStatus::State::Offline;
            scheduleRetry();
            break;
        default:
            m_status.state = SyncStatus::State::Failed;
            scheduleRetry();
        }
        if (!isConnected())
            m_status.state = SyncStatus::State::NotConnected;
    }
    refreshCounts();
    emit finished(outcome.error ? outcome.error->message : QString());
    if (std::exchange(m_again, false) && outcome.summary)
        syncNow();
}

void SyncScheduler::scheduleRetry() {
    if (!isConnected())
        return;
    const qint64 delay =
        std::min<qint64>(qint64(m_timing.firstRetryMs) << std::min(m_failures, 16), m_timing.maxRetryMs);
    ++m_failures;
    m_status.nextAttemptAt = Clock::nowMs() + delay;
    m_retryTimer.start(int(delay));
}

void SyncScheduler::refreshCounts() {
    if (auto waiting = SyncJournal(m_db).unsentCount(); waiting)
        m_status.waiting = *waiting;
    if (auto issues = SyncIssues(m_db).count(); issues)
        m_status.issues = *issues;
    if (m_status.state == SyncStatus::State::UpToDate && m_status.waiting > 0)
        m_status.state = SyncStatus::State::Waiting;
    else if (m_status.state == SyncStatus::State::Waiting && m_status.waiting == 0 && !m_running)
        m_status.state = SyncStatus::State::UpToDate;
    emit statusChanged();
}

void SyncScheduler::watchConnectivity() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend on this system: the timer and edits still trigger sync
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && !m_running) {
                    m_failures = 0;
                    syncNow();
                }
            });
}

} // namespace Fieldbook
