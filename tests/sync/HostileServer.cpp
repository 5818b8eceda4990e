#include "HostileServer.h"

#include "tls/DevCertificate.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {

constexpr qint64 kFloodChunk = 256 * 1024;

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

HostileServer::HostileServer(Script script)
    : m_script(std::move(script)) {
    REQUIRE(m_dir.isValid());
    auto files = Server::createDevCertificate(m_dir.filePath(u"tls"_s));
    REQUIRE(files);
    m_caFile = files->caCertificate;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(readFile(files->serverCertificate)));
    tls.setPrivateKey(QSslKey(readFile(files->serverKey), QSsl::Ec));
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* next = m_server.nextPendingConnection())
            serve(static_cast<QSslSocket*>(next));
    });
    REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
}

HostileServer::~HostileServer() = default;

QUrl HostileServer::url() const {
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void HostileServer::serve(QSslSocket* socket) {
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        for (;;) { // every complete request in the buffer, in order (a kept-alive connection)
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            qint64 length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            buffer->remove(0, end + 4 + length);
            if (requestLine.size() < 2)
                return socket->abort();
            const QString path = QString::fromLatin1(requestLine.at(1)).section(u'?', 0, 0);
            ++m_requests[path];
            answer(socket, requestLine.at(0), path);
        }
    });
}

void HostileServer::answer(QSslSocket* socket, const QByteArray& method, const QString& path) {
    const Answer reply = m_script(method, path);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\nContent-Type: application/json\r\n";
    const qint64 length = reply.floodBytes > 0 ? reply.declaredBytes : reply.body.size();
    if (length >= 0)
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    else
        head += "Connection: close\r\n"; // the body ends when the connection does
    socket->write(head + "\r\n");
    if (reply.floodBytes <= 0) {
        socket->write(reply.body);
        return;
    }
    connect(socket, &QSslSocket::encryptedBytesWritten, socket, [this, socket, left = reply.floodBytes]() mutable {
        if (socket->bytesToWrite() > kFloodChunk || left <= 0)
            return;
        const qint64 chunk = std::min(left, kFloodChunk);
        socket->write(QByteArray(chunk, ' '));
        left -= chunk;
        m_floodWritten += chunk;
    });
    socket->write(QByteArray(1, '{'));
}

} // namespace Fieldbook::Test
