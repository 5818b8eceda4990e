#include "ConnectionDispatcher.h"

#include "HandoffServer.h"
#include "HttpsServer.h"
#include "http/HttpApi.h"
#include "http/ServerLog.h"
#include "storage/ServerDatabase.h"

#include <QHostAddress>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

/// The address of the peer of an accepted socket.
QString peerOf(qintptr descriptor) {
    sockaddr_storage peer{};
    socklen_t size = sizeof peer;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr*>(&peer), &size) != 0)
        return {};
    return QHostAddress(reinterpret_cast<const sockaddr*>(&peer)).toString();
}

QtMessageHandler g_previousHandler = nullptr;

/// Qt warns that a HandoffServer does not listen (it never does: the dispatcher listens): once
/// when the HTTP server is bound to it, and at every connection the HTTP server takes from it.
void withoutListeningWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg &&
        ((qstrcmp(context.category, "qt.httpserver") == 0 && message.contains(u"is not listening"_s)) ||
         message == u"QTcpServer::nextPendingConnection() called while not listening"_s))
        return;
    g_previousHandler(type, context, message);
}

} // namespace

ServeWorker::ServeWorker(const ServeSettings& settings, int passwordThreads)
    : m_settings(settings)
    , m_passwordThreads(passwordThreads) {}

ServeWorker::~ServeWorker() {
    quit();
    wait();
}

Result<void> ServeWorker::startServing() {
    start();
    m_ready.acquire();
    if (m_failure)
        return std::unexpected(*m_failure);
    return {};
}

void ServeWorker::take(qintptr descriptor, const QString& address) {
    HandoffServer* handoff = m_handoff;
    QMetaObject::invokeMethod(handoff, [handoff, descriptor, address] { handoff->take(descriptor, address); });
}

void ServeWorker::run() {
    auto store = ServerDatabase::open(m_settings.storeLocation);
    if (!store) {
        m_failure = store.error();
        m_ready.release();
        return;
    }
    HttpApi api(**store, {}, {}, 0, m_passwordThreads);
    HttpsServer http(api);
    HandoffServer handoff(m_settings.tls, api.limits().maxBodyBytes + ConnectionGuard::kMaxHeaderBytes,
                          m_settings.timing);
    http.bind(&handoff);
    connect(&handoff, &HandoffServer::closed, this, &ServeWorker::closed, Qt::DirectConnection);
    m_handoff = &handoff;
    m_ready.release();
    exec();
    m_handoff = nullptr;
}

ConnectionDispatcher::ConnectionDispatcher(ServeSettings settings, QObject* parent)
    : QTcpServer(parent)
    , m_settings(std::move(settings)) {
    // Connections wait for accept() in the kernel's queue; a short one drops a burst's SYNs, which
    // clients then repeat only after 1, 3, 7... seconds.
    setListenBacklogSize(kListenBacklog);
    g_previousHandler = qInstallMessageHandler(withoutListeningWarnings); // before any worker starts
}

ConnectionDispatcher::~ConnectionDispatcher() {
    close();
    m_workers.clear(); // each ends its thread, closing its connections
    qInstallMessageHandler(g_previousHandler);
}

Result<void> ConnectionDispatcher::startWorkers() {
    const int cores = std::max(1, QThread::idealThreadCount());
    const int threads = m_settings.threads > 0 ? m_settings.threads : cores;
    for (int i = 0; i < threads; ++i) {
        auto worker = std::make_unique<ServeWorker>(m_settings, std::max(1, cores / threads));
        ServeWorker* raw = worker.get();
        connect(raw, &ServeWorker::closed, this, [this, raw](const QString& address) { release(raw, address); });
        if (auto ok = worker->startServing(); !ok)
            return ok;
        m_workers.push_back(std::move(worker));
    }
    return {};
}

void ConnectionDispatcher::incomingConnection(qintptr descriptor) {
    const QString address = peerOf(descriptor);
    int& fromAddress = m_perAddress[address];
    if (m_open >= m_settings.maxConnections || fromAddress >= m_settings.maxPerAddress) {
        if (!m_refusalLogged.isValid() || m_refusalLogged.elapsed() > 1000) { // a flood logs once a second
            qCWarning(lcServer).noquote()
                << u"refused a connection from %1: %2 open from there, %3 in all"_s.arg(address)
                       .arg(fromAddress)
                       .arg(m_open);
            m_refusalLogged.start();
        }
        if (fromAddress == 0)
            m_perAddress.remove(address);
        ::close(int(descriptor));
        return;
    }
    ++fromAddress;
    ++m_open;
    ServeWorker* least = std::min_element(m_workers.begin(), m_workers.end(), [](const auto& a, const auto& b) {
                             return a->open < b->open;
                         })->get();
    ++least->open;
    least->take(descriptor, address);
}

void ConnectionDispatcher::release(ServeWorker* worker, const QString& address) {
    --worker->open;
    --m_open;
    if (--m_perAddress[address] <= 0)
        m_perAddress.remove(address);
}

} // namespace Fieldbook::Server
