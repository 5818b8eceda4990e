#include "ServeCommand.h"

#include "ConnectionDispatcher.h"
#include "ServerContext.h"
#include "SignalWatcher.h"
#include "http/HttpApi.h"
#include "http/ServerLog.h"
#include "storage/ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

void ServeCommand::configure(QCommandLineParser& parser) const {
    parser.addOption({u"listen"_s, tr("The address and port to listen on, e.g. 127.0.0.1:8443 (port 0: any free one)."),
                      u"ADDR:PORT"_s});
    parser.addOption({u"tls-cert"_s, tr("The server's certificate (PEM, with its chain)."), u"FILE"_s});
    parser.addOption({u"tls-key"_s, tr("The certificate's private key (PEM)."), u"FILE"_s});
    parser.addOption({u"threads"_s, tr("Worker threads for connections (default: one per core)."), u"N"_s});
    parser.addOption({u"max-connections"_s, tr("Connections open at once (default 1000)."), u"N"_s});
    parser.addOption({u"max-connections-per-address"_s,
                      tr("Connections open at once from one client address (default 200)."), u"N"_s});
    parser.addOption({u"request-timeout"_s,
                      tr("Seconds a request may take to arrive before it must keep up 500 bytes a second "
                         "(default 20)."),
                      u"SECONDS"_s});
    parser.addOption(
        {u"idle-timeout"_s, tr("Seconds a connection may stay idle between requests (default 60)."), u"SECONDS"_s});
}

Result<ServeSettings> ServeCommand::settingsFrom(const QCommandLineParser& parser) {
    ServeSettings settings;
    struct Number {
        QString option;
        int* value;
        int scale;
    };
    const Number numbers[] = {{u"threads"_s, &settings.threads, 1},
                              {u"max-connections"_s, &settings.maxConnections, 1},
                              {u"max-connections-per-address"_s, &settings.maxPerAddress, 1},
                              {u"request-timeout"_s, &settings.timing.graceMs, 1000},
                              {u"idle-timeout"_s, &settings.timing.idleMs, 1000}};
    for (const Number& number : numbers) {
        if (!parser.isSet(number.option))
            continue;
        bool ok = false;
        const int value = parser.value(number.option).toInt(&ok);
        if (!ok || value < 1 || value > 1'000'000)
            return fail(ErrorCode::InvalidInput, tr("--%1 expects a whole number from 1 to 1000000, not '%2'")
                                                     .arg(number.option, parser.value(number.option)));
        *number.value = value * number.scale;
    }
    return settings;
}

Result<ListenAddress> ServeCommand::parseListen(const QString& text) {
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    ListenAddress listen{{}, quint16(port), text.left(std::max<qsizetype>(colon, 0))};
    QString host = listen.host;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool hostOk = true;
    if (host == u"localhost"_s)
        listen.address = QHostAddress(QHostAddress::LocalHost);
    else
        hostOk = listen.address.setAddress(host);
    if (!portOk || port > 65535 || !hostOk)
        return fail(ErrorCode::InvalidInput,
                    tr("--listen expects ADDR:PORT with an IP address, e.g. 127.0.0.1:8443 or [::1]:8443, not "
                       "'%1'")
                        .arg(text));
    return listen;
}

QList<QSslCipher> ServeCommand::aeadCiphers(const QList<QSslCipher>& offered) {
    // Authenticated encryption only (GCM, ChaCha20-Poly1305, CCM) with forward secrecy: no CBC
    // suite and no RSA key exchange. Every TLS 1.3 suite is of this kind.
    QList<QSslCipher> kept;
    for (const QSslCipher& cipher : offered) {
        const QString name = cipher.name();
        const bool aead = name.contains(u"GCM"_s) || name.contains(u"CHACHA20"_s) || name.contains(u"CCM"_s);
        const bool forwardSecret = cipher.protocol() == QSsl::TlsV1_3 || name.startsWith(u"ECDHE-"_s) ||
                                   name.startsWith(u"DHE-"_s) || name.startsWith(u"TLS_"_s);
        if (aead && forwardSecret)
            kept.append(cipher);
    }
    return kept;
}

Result<QSslConfiguration> ServeCommand::loadTls(const QString& certificateFile, const QString& keyFile) {
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 holds no PEM certificate (or cannot be read).").arg(QDir::toNativeSeparators(certificateFile)));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot read the key %1: %2").arg(QDir::toNativeSeparators(keyFile), file.errorString()));
    const QByteArray pem = file.read(1024 * 1024);
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 holds no unencrypted PEM private key (EC or RSA).").arg(QDir::toNativeSeparators(keyFile)));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(aeadCiphers(configuration.ciphers()));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients sign in with passwords, not certificates
    return configuration;
}

int ServeCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ServerExitCode::Usage, tr("serve takes no arguments"));
    for (const QString& required : {u"listen"_s, u"tls-cert"_s, u"tls-key"_s})
        if (!parser.isSet(required))
            return context.error(ServerExitCode::Usage,
                                 tr("serve needs --%1; see fieldbook-server serve --help").arg(required));
    auto listen = parseListen(parser.value(u"listen"_s));
    if (!listen)
        return context.error(ServerExitCode::Usage, listen.error().message);
    if (!QSslSocket::supportsSsl())
        return context.error(ServerExitCode::Failure, tr("TLS is not available: Qt found no OpenSSL backend."));
    auto tls = loadTls(parser.value(u"tls-cert"_s), parser.value(u"tls-key"_s));
    if (!tls)
        return context.error(ServerExitCode::Input, tls.error().message);
    auto settings = settingsFrom(parser);
    if (!settings)
        return context.error(ServerExitCode::Usage, settings.error().message);
    settings->tls = *tls;
    settings->storeLocation = context.storeLocation();
    if (auto store = context.openStore(false); !store) // migrated once here, before the workers open it
        return context.error(store.error());
    ConnectionDispatcher tcp(*settings);
    if (auto started = tcp.startWorkers(); !started)
        return context.error(started.error());
    if (!tcp.listen(listen->address, listen->port))
        return context.error(ServerExitCode::Failure,
                             tr("Cannot listen on %1: %2").arg(parser.value(u"listen"_s), tcp.errorString()));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::received, &tcp, [](int signalNumber) {
        qCInfo(lcServer) << "stopping on signal" << signalNumber;
        QCoreApplication::quit();
    });
    context.printLine(u"listening on https://%1:%2"_s.arg(listen->host).arg(tcp.serverPort()));
    QCoreApplication::exec();
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
