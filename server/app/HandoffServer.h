#pragma once

#include "ConnectionGuard.h"

#include <QSslConfiguration>
#include <QTcpServer>

namespace Fieldbook::Server {

/// The connections of one worker thread (ConnectionDispatcher): it never listens, but takes
/// sockets accepted elsewhere (take()), does their TLS handshake within the request grace of
/// `timing` (a connection that never starts one holds nothing for long), guards them
/// (ConnectionGuard) and offers them to the HTTP server bound to it as a listening server would.
class HandoffServer final : public QTcpServer {
    Q_OBJECT

public:
    HandoffServer(QSslConfiguration tls, qint64 maxRequestBytes, ConnectionGuard::Timing timing,
                  QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HandoffServer)

    /// Takes the accepted socket `descriptor` of a client at `address` (on this object's thread).
    void take(qintptr descriptor, const QString& address);

Q_SIGNALS:
    /// A connection taken from `address` has ended, however it ended.
    void closed(const QString& address);

private:
    QSslConfiguration m_tls;
    qint64 m_maxRequestBytes;
    ConnectionGuard::Timing m_timing;
};

} // namespace Fieldbook::Server
