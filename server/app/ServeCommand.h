#pragma once

#include "ServerCommand.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>

namespace Fieldbook::Server {

struct ServeSettings;

/// Where `serve` listens: "127.0.0.1:8443", "[::1]:0", "0.0.0.0:443", "localhost:8443".
struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
    QString host; ///< as given, for the URL that is printed ("[::1]")
};

/// `serve --listen ADDR:PORT --tls-cert FILE --tls-key FILE`: the HTTPS API (docs/server.md)
/// until SIGTERM or SIGINT. Prints one line "listening on https://ADDR:PORT" (the real port when
/// PORT is 0) once it accepts connections.
class ServeCommand final : public ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    QString name() const override { return QStringLiteral("serve"); }
    QString synopsis() const override {
        return QStringLiteral("serve --listen ADDR:PORT --tls-cert FILE --tls-key FILE");
    }
    QString summary() const override { return tr("answer clients over HTTPS until stopped (SIGTERM, Ctrl+C)"); }
    void configure(QCommandLineParser& parser) const override;
    [[nodiscard]] int run(ServerContext& context, const QCommandLineParser& parser) override;

    [[nodiscard]] static Result<ListenAddress> parseListen(const QString& text);
    /// The server's TLS setup from a PEM certificate (chain) and its PEM private key (EC or RSA).
    [[nodiscard]] static Result<QSslConfiguration> loadTls(const QString& certificateFile, const QString& keyFile);
    /// Of `offered`, the suites with authenticated encryption and forward secrecy (no CBC).
    [[nodiscard]] static QList<QSslCipher> aeadCiphers(const QList<QSslCipher>& offered);
    /// The connection settings of the options (threads, caps, timeouts); store and TLS left empty.
    [[nodiscard]] static Result<ServeSettings> settingsFrom(const QCommandLineParser& parser);
};

} // namespace Fieldbook::Server
