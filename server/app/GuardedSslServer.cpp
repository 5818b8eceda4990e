#include "GuardedSslServer.h"

#include "RequestSizeGuard.h"

#include <QTcpSocket>

namespace Fieldbook::Server {

GuardedSslServer::GuardedSslServer(qint64 maxRequestBytes, QObject* parent)
    : QSslServer(parent)
    , m_maxRequestBytes(maxRequestBytes) {}

QTcpSocket* GuardedSslServer::nextPendingConnection() {
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket)
        new RequestSizeGuard(socket, m_maxRequestBytes); // owned by the socket
    return socket;
}

} // namespace Fieldbook::Server
