#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Fieldbook::Server {

/// Watches the bytes of one connection before the HTTP server reads them. Qt 6.4's HTTP server
/// buffers a whole request (and reserves what Content-Length announces), so a request that
/// announces or sends more than `maxRequestBytes` is answered 413 and the connection is cut.
class RequestSizeGuard final : public QObject {
    Q_OBJECT

public:
    /// Connects to `socket` (which owns the guard) at once: call it before the HTTP server connects.
    RequestSizeGuard(QTcpSocket* socket, qint64 maxRequestBytes);
    Q_DISABLE_COPY_MOVE(RequestSizeGuard)

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

private:
    void onReadyRead();
    /// Reads the request head as it arrives; false when it is too long or announces too large a body.
    bool inspectHead(qint64 fresh);
    void cut();

    QTcpSocket* m_socket;
    qint64 m_maxRequestBytes;
    qint64 m_received = 0; ///< bytes of the request being received
    QByteArray m_head;     ///< its head until the blank line
    bool m_headComplete = false;
};

} // namespace Fieldbook::Server
