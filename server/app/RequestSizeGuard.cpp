#include "RequestSizeGuard.h"

#include "http/ServerLog.h"
#include "protocol/WireFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

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

RequestSizeGuard::RequestSizeGuard(QTcpSocket* socket, qint64 maxRequestBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_maxRequestBytes(maxRequestBytes) {
    connect(socket, &QIODevice::readyRead, this, &RequestSizeGuard::onReadyRead);
}

void RequestSizeGuard::onReadyRead() {
    // The HTTP server keeps a read transaction open until it has answered the request: without
    // one, these bytes begin the next request.
    if (!m_socket->isTransactionStarted()) {
        m_received = 0;
        m_head.clear();
        m_headComplete = false;
    }
    const qint64 fresh = m_socket->bytesAvailable(); // what the HTTP server has not read yet
    m_received += fresh;
    if (!inspectHead(fresh) || m_received > m_maxRequestBytes)
        cut();
}

bool RequestSizeGuard::inspectHead(qint64 fresh) {
    if (m_headComplete)
        return true;
    const qint64 room = kMaxHeaderBytes + 4 - m_head.size();
    m_head += m_socket->peek(std::min(fresh, room));
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0)
        return m_head.size() <= kMaxHeaderBytes;
    m_headComplete = true;
    return announcedLength(m_head.left(end)) <= m_maxRequestBytes;
}

void RequestSizeGuard::cut() {
    qCWarning(lcServer).noquote() << u"cut the connection from %1: its request exceeds %2 bytes"_s.arg(
        m_socket->peerAddress().toString(), QString::number(m_maxRequestBytes));
    // Nobody reads from this connection any more, the HTTP server included.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    const QByteArray body =
        QJsonDocument(Wire::toJson(Wire::ErrorBody{
                          u"too_large"_s,
                          QCoreApplication::translate("RequestSizeGuard", "The request is larger than %1 bytes.")
                              .arg(m_maxRequestBytes),
                          0, 0}))
            .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Content-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    m_socket->disconnectFromHost();
    // A peer that does not read its answer does not keep the connection open either.
    QTimer::singleShot(std::chrono::seconds(5), m_socket, &QAbstractSocket::abort);
}

} // namespace Fieldbook::Server
