#include "SyncWorker.h"

#include "TokenStore.h"
#include "common/ServerAddress.h"
#include "store/db/Database.h"
#include "store/journal/SyncJournal.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Fieldbook {

SyncWorker::SyncWorker(QString databasePath, const std::atomic<bool>* cancel, QObject* receiver, Progress progress,
                       Finished finished, NetworkFactory network)
    : m_path(std::move(databasePath))
    , m_cancel(cancel)
    , m_receiver(receiver)
    , m_progress(std::move(progress))
    , m_finished(std::move(finished))
    , m_networkFactory(std::move(network)) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const SyncRequest& request) {
    auto result = runOnce(request);
    SyncOutcome outcome;
    if (result)
        outcome.summary = *result;
    else
        outcome.error = result.error();
    if (m_receiver)
        QMetaObject::invokeMethod(
            m_receiver, [finished = m_finished, outcome] { finished(outcome); }, Qt::QueuedConnection);
}

Result<SyncSummary> SyncWorker::runOnce(const SyncRequest& request) {
    if (!m_db) {
        auto opened = Database::open(m_path);
        if (!opened)
            return std::unexpected(opened.error());
        m_db = std::move(*opened);
    }
    if (!m_network)
        m_network = m_networkFactory ? m_networkFactory() : std::make_unique<QNetworkAccessManager>();
    TokenStore tokens(request.user + u'@' + ServerAddress::normalised(request.server) + u'#' + m_db->deviceId());
    QString warning;
    SyncEngine::Options options;
    options.server = request.server;
    options.user = request.user;
    options.caFile = request.caFile;
    options.cancel = m_cancel;
    options.progress = [this](const SyncProgress& p) {
        if (m_receiver)
            QMetaObject::invokeMethod(
                m_receiver, [progress = m_progress, p] { progress(p); }, Qt::QueuedConnection);
    };
    options.refreshTokenChanged = [&](const QString& token) {
        const QString problem = tokens.save(token);
        if (!problem.isEmpty())
            warning = problem;
    };
    SyncEngine engine(*m_db, *m_network, options);
    engine.setRefreshToken(request.password.isEmpty() ? tokens.load() : QString());
    engine.setPassword(request.password);
    auto result = engine.run();
    if (!result && result.error().code == ErrorCode::NotSignedIn)
        (void)tokens.save({});                          // refused: a kept sign-in is of no use any more
    if (!warning.isEmpty() && warning != m_lastWarning) // once, not on every rotation
        (void)SyncJournal(*m_db).log(u"warning"_s, warning);
    m_lastWarning = warning;
    return result;
}

} // namespace Fieldbook
