#pragma once

#include "ConnectionGuard.h"
#include "common/Error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>

#include <memory>
#include <semaphore>
#include <vector>

namespace Fieldbook::Server {

class HandoffServer;

/// How `serve` spreads and bounds its connections (docs/server.md, *Connections*).
struct ServeSettings {
    QString storeLocation; ///< each worker opens its own connection to the store
    QSslConfiguration tls;
    int threads = 0;           ///< worker threads; 0: one per core
    int maxConnections = 1000; ///< open at once over all addresses (below the usual 1,024 files)
    int maxPerAddress = 200;   ///< open at once from one address (an office behind one NAT)
    ConnectionGuard::Timing timing = {};
};

/// One worker thread: its own store connection, HttpApi, HTTP server and the connections handed
/// to it, so that a slow request or handshake holds only its own thread's event loop, never the
/// listening socket, and the server uses every core.
class ServeWorker final : public QThread {
    Q_OBJECT

public:
    ServeWorker(const ServeSettings& settings, int passwordThreads);
    ~ServeWorker() override;
    Q_DISABLE_COPY_MOVE(ServeWorker)

    /// Starts the thread and waits until it serves; why not, when its store cannot be opened.
    [[nodiscard]] Result<void> startServing();
    /// Hands it the accepted socket `descriptor` (called on the dispatcher's thread).
    void take(qintptr descriptor, const QString& address);
    /// Connections handed to it and not closed yet (kept by the dispatcher).
    int open = 0;

Q_SIGNALS:
    /// A connection handed to it has ended (emitted on the worker's thread).
    void closed(const QString& address);

protected:
    void run() override;

private:
    const ServeSettings& m_settings;
    int m_passwordThreads;
    std::binary_semaphore m_ready{0};
    HandoffServer* m_handoff = nullptr;
    std::optional<Error> m_failure;
};

/// The listening socket of `serve`, on the main thread: it accepts, refuses what is over the
/// connection caps at once (closing the socket), and hands the rest to the worker with the fewest
/// open connections; TLS and HTTP happen there.
class ConnectionDispatcher final : public QTcpServer {
    Q_OBJECT

public:
    explicit ConnectionDispatcher(ServeSettings settings, QObject* parent = nullptr);
    ~ConnectionDispatcher() override;
    Q_DISABLE_COPY_MOVE(ConnectionDispatcher)

    static constexpr int kListenBacklog = 1024;

    /// Starts the workers; call before listen().
    [[nodiscard]] Result<void> startWorkers();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(ServeWorker* worker, const QString& address);

    ServeSettings m_settings;
    std::vector<std::unique_ptr<ServeWorker>> m_workers;
    QHash<QString, int> m_perAddress;
    int m_open = 0;
    QElapsedTimer m_refusalLogged;
};

} // namespace Fieldbook::Server
