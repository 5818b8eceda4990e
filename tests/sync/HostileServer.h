#pragma once

#include <QHash>
#include <QObject>
#include <QSslServer>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

class QSslSocket;

namespace Fieldbook::Test {

/// A TLS server on loopback that speaks just enough HTTP/1.1 to answer a sync client as a script
/// says: a server that lies, floods or goes round in circles, for the client's own defences
/// (docs/architecture.md, Tests). It trusts a development CA of its own (caFile()). It runs on the
/// thread that made it, whose event loop the blocking sync client spins while it waits.
class HostileServer final : public QObject {
    Q_OBJECT

public:
    /// One answer: `status` with `body`, or, when `floodBytes` > 0, a body of that many bytes
    /// streamed as fast as the client reads (with `declaredBytes` as its Content-Length, -1: none).
    struct Answer {
        int status = 200;
        QByteArray body = {};
        qint64 floodBytes = 0;
        qint64 declaredBytes = -1;
    };
    /// The answer to a request, by method and path (no query).
    using Script = std::function<Answer(const QByteArray& method, const QString& path)>;

    explicit HostileServer(Script script);
    ~HostileServer() override;

    QUrl url() const;
    QString caFile() const { return m_caFile; }
    /// Requests received for `path`.
    int requests(const QString& path) const { return m_requests.value(path); }
    /// Body bytes of floods written to the sockets before the client stopped reading or hung up.
    qint64 floodWritten() const { return m_floodWritten; }

private:
    void serve(QSslSocket* socket);
    void answer(QSslSocket* socket, const QByteArray& method, const QString& path);

    Script m_script;
    QTemporaryDir m_dir;
    QString m_caFile;
    QSslServer m_server;
    QHash<QString, int> m_requests;
    qint64 m_floodWritten = 0;
};

} // namespace Fieldbook::Test
