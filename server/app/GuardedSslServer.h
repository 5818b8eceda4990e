#pragma once

#include <QSslServer>

namespace Fieldbook::Server {

/// A QSslServer whose connections carry a RequestSizeGuard from before the HTTP server sees them.
class GuardedSslServer final : public QSslServer {
    Q_OBJECT

public:
    explicit GuardedSslServer(qint64 maxRequestBytes, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(GuardedSslServer)

    /// The next encrypted connection, guarded; the HTTP server takes its connections here.
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_maxRequestBytes;
};

} // namespace Fieldbook::Server
