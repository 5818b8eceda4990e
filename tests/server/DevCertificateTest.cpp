#include "StringMakers.h"
#include "tls/DevCertificate.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {

/// A TLS handshake over loopback against a server using `certificate` and `key`; the client trusts
/// only `trusted` (none: the system's CAs) and expects `hostName`. The errors the client saw.
QList<QSslError::SslError> handshake(const QSslCertificate& certificate, const QSslKey& key,
                                     const QList<QSslCertificate>& trusted, const QString& hostName) {
    QSslServer server;
    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(certificate);
    serverConfig.setPrivateKey(key);
    server.setSslConfiguration(serverConfig);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));

    QSslSocket client;
    QSslConfiguration clientConfig = QSslConfiguration::defaultConfiguration();
    if (!trusted.isEmpty())
        clientConfig.setCaCertificates(trusted);
    client.setSslConfiguration(clientConfig);
    client.setPeerVerifyName(hostName);
    QList<QSslError::SslError> errors;
    QObject::connect(&client, &QSslSocket::sslErrors, &client, [&](const QList<QSslError>& list) {
        for (const QSslError& e : list)
            errors.append(e.error());
    });
    QSignalSpy encrypted(&client, &QSslSocket::encrypted);
    QSignalSpy failed(&client, &QSslSocket::errorOccurred);
    client.connectToHostEncrypted(u"127.0.0.1"_s, server.serverPort());
    for (int i = 0; i < 100 && encrypted.isEmpty() && failed.isEmpty(); ++i)
        encrypted.wait(50);
    if (errors.isEmpty())
        CHECK(encrypted.count() == 1);
    return errors;
}

} // namespace

TEST_CASE("the development certificate is trusted through its CA for localhost and 127.0.0.1", "[server][tls]") {
    REQUIRE(QSslSocket::supportsSsl());
    QTemporaryDir dir;
    auto files = createDevCertificate(dir.filePath(u"certs"_s));
    REQUIRE(files.has_value());

    const auto permissions = QFile::permissions(files->serverKey);
    CHECK_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto ca = QSslCertificate::fromPath(files->caCertificate);
    const auto leaf = QSslCertificate::fromPath(files->serverCertificate);
    REQUIRE(ca.size() == 1);
    REQUIRE(leaf.size() == 1);
    CHECK(ca.first().isSelfSigned());
    CHECK(leaf.first().issuerInfo(QSslCertificate::CommonName) == QStringList{u"Fieldbook development CA"_s});
    const auto names = leaf.first().subjectAlternativeNames();
    CHECK(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
    CHECK(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QFile keyFile(files->serverKey);
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Ec);
    REQUIRE_FALSE(key.isNull());

    CHECK(handshake(leaf.first(), key, ca, u"localhost"_s).isEmpty());
    CHECK(handshake(leaf.first(), key, ca, u"127.0.0.1"_s).isEmpty());
    // Without the CA the certificate is not trusted; with it, another name does not match.
    CHECK_FALSE(handshake(leaf.first(), key, {}, u"localhost"_s).isEmpty());
    CHECK(handshake(leaf.first(), key, ca, u"fieldbook.example"_s).contains(QSslError::HostNameMismatch));

    // A second run makes a new CA: the first one's trust does not carry over.
    auto other = createDevCertificate(dir.filePath(u"other"_s));
    REQUIRE(other.has_value());
    QFile otherKeyFile(other->serverKey);
    REQUIRE(otherKeyFile.open(QIODevice::ReadOnly));
    const QSslKey otherKey(&otherKeyFile, QSsl::Ec);
    CHECK(handshake(QSslCertificate::fromPath(other->serverCertificate).first(), otherKey,
                    QSslCertificate::fromPath(other->caCertificate), u"localhost"_s)
              .isEmpty());
    CHECK_FALSE(
        handshake(QSslCertificate::fromPath(other->serverCertificate).first(), otherKey, ca, u"localhost"_s).isEmpty());
}
