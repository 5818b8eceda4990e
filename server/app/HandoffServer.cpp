#include "HandoffServer.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace Fieldbook::Server {

HandoffServer::HandoffServer(QSslConfiguration tls, qint64 maxRequestBytes, ConnectionGuard::Timing timing,
                             QObject* parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_maxRequestBytes(maxRequestBytes)
    , m_timing(timing) {}

void HandoffServer::take(qintptr descriptor, const QString& address) {
    auto* socket = new QSslSocket(this);
    connect(socket, &QObject::destroyed, this, [this, address] { Q_EMIT closed(address); });
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket] {
        if (!socket->isEncrypted()) // before the HTTP server has it: nobody else cleans up
            socket->deleteLater();
    });
    QTimer::singleShot(m_timing.graceMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        new ConnectionGuard(socket, m_maxRequestBytes, m_timing); // owned by the socket
        addPendingConnection(socket);
        Q_EMIT newConnection();
    });
    socket->startServerEncryption();
}

} // namespace Fieldbook::Server
