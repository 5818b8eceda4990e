#include "ConnectionGuard.h"

#include "http/ServerLog.h"
#include "protocol/WireFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

/// The Content-Length a request head announces, 0 when it has none.
qint64 announcedLength(const QByteArray& head) {
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? length : 0; // the HTTP parser refuses what is not a number
        }
    }
    return 0;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, qint64 maxRequestBytes, Timing timing)
    : QObject(socket)
    , m_socket(socket)
    , m_maxRequestBytes(maxRequestBytes)
    , m_timing(timing) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    // A long answer to a slow reader is not idleness: each part written counts as activity.
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::rearm);
    rearm();
}

void ConnectionGuard::onReadyRead() {
    // The HTTP server keeps a read transaction open until it has answered the request: without
    // one, these bytes begin the next request.
    if (!m_socket->isTransactionStarted()) {
        m_received = 0;
        m_expected = -1;
        m_head.clear();
        m_requestAge.start();
    }
    const qint64 fresh = m_socket->bytesAvailable(); // what the HTTP server has not read yet
    m_received += fresh;
    if (!inspectHead(fresh) || m_received > m_maxRequestBytes)
        return refuse("413 Payload Too Large", u"too_large"_s,
                      QCoreApplication::translate("ConnectionGuard", "The request is larger than %1 bytes.")
                          .arg(m_maxRequestBytes));
    rearm();
}

bool ConnectionGuard::inspectHead(qint64 fresh) {
    if (m_expected >= 0)
        return true;
    const qint64 room = kMaxHeaderBytes + 4 - m_head.size();
    m_head += m_socket->peek(std::min(fresh, room));
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return m_head.size() <= kMaxHeaderBytes;
    const qint64 body = announcedLength(m_head.left(end));
    m_expected = end + 4 + body;
    return body <= m_maxRequestBytes;
}

bool ConnectionGuard::receiving() const {
    return m_requestAge.isValid() && (m_expected < 0 || m_received < m_expected);
}

void ConnectionGuard::rearm() {
    if (!receiving()) {
        m_timer.start(m_timing.idleMs);
        return;
    }
    // The grace, then a second more for every minBytesPerS bytes that arrived.
    const qint64 allowedMs = m_timing.graceMs + m_received * 1000 / std::max(1, m_timing.minBytesPerS);
    m_timer.start(int(std::clamp<qint64>(allowedMs - m_requestAge.elapsed(), 0, 24 * 3600 * 1000)));
}

void ConnectionGuard::onTimeout() {
    if (!receiving()) {
        if (m_socket->bytesToWrite() > 0)
            return rearm(); // still sending an answer
        m_socket->disconnectFromHost();
        return;
    }
    refuse("408 Request Timeout", u"timeout"_s,
           QCoreApplication::translate("ConnectionGuard", "The request arrived too slowly (%1 bytes in %2 seconds).")
               .arg(m_received)
               .arg(m_requestAge.elapsed() / 1000));
}

void ConnectionGuard::refuse(QByteArray statusLine, const QString& code, const QString& message) {
    qCWarning(lcServer).noquote() << u"cut the connection from %1: %2"_s.arg(m_socket->peerAddress().toString(),
                                                                             message);
    // Nobody hands this connection's bytes to the HTTP server any more. What the client still
    // sends is read and dropped: closing with bytes unread would reset the connection, and the
    // client would never see the answer.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    disconnect(m_socket, &QIODevice::bytesWritten, this, nullptr);
    m_timer.stop();
    connect(m_socket, &QIODevice::readyRead, this, [this] { m_socket->skip(m_socket->bytesAvailable()); });
    const QByteArray body =
        QJsonDocument(Wire::toJson(Wire::ErrorBody{code, message, 0, 0})).toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + statusLine +
                    "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, [this, tls] {
            if (tls->bytesToWrite() == 0 && tls->encryptedBytesToWrite() == 0)
                ::shutdown(int(tls->socketDescriptor()), SHUT_WR); // the answer is out: end of our side
        });
    else
        m_socket->disconnectFromHost();
    // A peer that neither reads its answer nor closes does not keep the connection either.
    QTimer::singleShot(std::chrono::seconds(5), m_socket, &QAbstractSocket::abort);
}

} // namespace Fieldbook::Server
