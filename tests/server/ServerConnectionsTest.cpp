#include "BinaryFixture.h"
#include "EventLoopWait.h"
#include "StringMakers.h"
#include "protocol/Gzip.h"
#include "protocol/WireFormat.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// A TLS connection to the server made by hand, from `from` (another loopback address: a
/// different client as far as the server's per-address cap is concerned).
struct RawConnection {
    QSslSocket socket;
    QByteArray received;

    RawConnection(const BinaryFixture& f, const QString& from = u"127.0.0.1"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(f.tlsFile(u"ca.pem"_s)));
        socket.setSslConfiguration(tls);
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] { received += socket.readAll(); });
        REQUIRE(socket.bind(QHostAddress(from)));
        socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(f.url.port()), u"127.0.0.1"_s);
        REQUIRE(waitUntil([this] { return socket.isEncrypted(); }));
    }

    bool closed() const { return socket.state() == QAbstractSocket::UnconnectedState; }
    bool answered() const { return received.contains("\r\n\r\n"); }
};

const QByteArray kHello = "GET /v1/sync/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

/// The server process's resident memory in MiB (Linux).
qint64 residentMiB(qint64 pid) {
    QFile status(u"/proc/%1/status"_s.arg(pid));
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    FAIL("no VmRSS in /proc/<pid>/status");
    return -1;
}

} // namespace

TEST_CASE("hundreds of idle connections hold up nobody: over the cap at once, the rest after the grace",
          "[server][binary][connections]") {
    BinaryFixture f(ServerBackend::Sqlite,
                    {u"--max-connections-per-address"_s, u"50"_s, u"--request-timeout"_s, u"3"_s});
    std::vector<std::unique_ptr<QTcpSocket>> idle; // connected, and never a byte of TLS
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(u"127.0.0.1"_s, quint16(f.url.port()));
    }
    const auto closedCount = [&] {
        return std::count_if(idle.begin(), idle.end(),
                             [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; });
    };
    CHECK(waitUntil([&] { return closedCount() >= 250; }, 10'000)); // beyond 50 from this address: closed at once
    RawConnection other(f, u"127.0.0.2"_s);                         // another client is served meanwhile
    other.socket.write(kHello);
    REQUIRE(waitUntil([&] { return other.answered(); }));
    CHECK(other.received.startsWith("HTTP/1.1 200"));
    CHECK(waitUntil([&] { return closedCount() == 300; }));   // no handshake within 3 s: closed
    CHECK(f.client().get(u"/v1/sync/hello"_s).status == 200); // and this address is welcome again
    // The log tells the administrator what was refused, not Qt's notes on the workers' inner servers.
    const QByteArray log = f.server.log();
    CHECK(log.contains("refused a connection from 127.0.0.1"));
    CHECK_FALSE(log.contains("not listening"));
}

TEST_CASE("a client that sends a byte at a time is answered 408 and cut off", "[server][binary][connections]") {
    BinaryFixture f(ServerBackend::Sqlite, {u"--request-timeout"_s, u"2"_s});
    RawConnection slow(f);
    const QByteArray request = "POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: 200\r\n\r\n" +
                               QByteArray(200, ' ');
    qsizetype sent = 0;
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, &slow.socket, [&] {
        if (sent < request.size() && !slow.closed())
            slow.socket.write(request.mid(sent++, 1));
    });
    drip.start(100); // ten bytes a second: far below the 500 a second the server asks for
    REQUIRE(waitUntil([&] { return slow.closed(); }));
    INFO(slow.received.toStdString());
    CHECK(slow.received.startsWith("HTTP/1.1 408"));
    CHECK(slow.received.contains("\"timeout\""));
    CHECK(sent < request.size());
    CHECK(f.client().get(u"/v1/sync/hello"_s).status == 200);
}

TEST_CASE("a connection idle after its answer is closed", "[server][binary][connections]") {
    BinaryFixture f(ServerBackend::Sqlite, {u"--idle-timeout"_s, u"2"_s});
    RawConnection idle(f);
    idle.socket.write(kHello);
    REQUIRE(waitUntil([&] { return idle.answered(); }));
    CHECK(idle.received.startsWith("HTTP/1.1 200"));
    CHECK(waitUntil([&] { return idle.closed(); }, 15'000));
}

TEST_CASE("a chunked body that never ends is cut at the limit, and a gzip bomb costs no memory",
          "[server][binary][connections]") {
    BinaryFixture f(ServerBackend::Sqlite);
    const qint64 before = residentMiB(f.server.pid());
    RawConnection endless(f);
    endless.socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
    qint64 written = 0;
    QObject::connect(&endless.socket, &QSslSocket::encryptedBytesWritten, &endless.socket, [&] {
        if (endless.socket.bytesToWrite() < 4 * chunk.size() && written < (qint64(1) << 30)) {
            endless.socket.write(chunk);
            written += chunk.size();
        }
    });
    endless.socket.write(chunk);
    REQUIRE(waitUntil([&] { return endless.closed(); }, 60'000));
    INFO(endless.received.toStdString());
    CHECK(endless.received.startsWith("HTTP/1.1 413"));
    CHECK(written < 64 << 20); // cut near the 8 MiB limit, not after a gigabyte

    HttpsClient client = f.client();
    const HttpsReply signedIn = client.post(
        u"/v1/auth/token"_s,
        QJsonDocument(Wire::toJson(Wire::SignInRequest{u"rob"_s, BinaryFixture::kRobPassword, u"laptop-1"_s}))
            .toJson());
    REQUIRE(signedIn.status == 200);
    const QString token = Wire::parseTokenResponse(signedIn.body).value().accessToken;
    RawConnection bomber(f);
    const QByteArray bomb = Gzip::compress(QByteArray(512 << 20, '['));
    bomber.socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Content-Encoding: gzip\r\nAuthorization: Bearer " +
                        token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n" +
                        bomb);
    REQUIRE(waitUntil([&] { return bomber.answered(); }, 60'000));
    CHECK(bomber.received.startsWith("HTTP/1.1 413"));
    CHECK(residentMiB(f.server.pid()) < before + 100); // neither the stream nor the bomb was held whole
    CHECK(client.get(u"/v1/sync/hello"_s).status == 200);
}
