#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Fieldbook::Server {

/// Watches one connection before the HTTP server reads it (docs/security.md, *Connections*).
/// Size: Qt 6.4's HTTP server buffers a whole request (and reserves what Content-Length
/// announces), so a request that announces or sends more than `maxRequestBytes` is answered 413
/// and the connection is cut. Time: a request must arrive at a minimum rate after a grace period
/// (a client sending a byte a second is answered 408 and cut), and a connection idle between
/// requests is closed.
class ConnectionGuard final : public QObject {
    Q_OBJECT

public:
    struct Timing {
        int graceMs = 20'000;   ///< a request's first bytes to its end, before the rate applies
        int minBytesPerS = 500; ///< after the grace, each further second needs this many bytes
        int idleMs = 60'000;    ///< no request and nothing to send: the connection is closed
    };

    /// Connects to `socket` (which owns the guard) at once: call it before the HTTP server connects.
    ConnectionGuard(QTcpSocket* socket, qint64 maxRequestBytes, Timing timing);
    Q_DISABLE_COPY_MOVE(ConnectionGuard)

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

private:
    void onReadyRead();
    /// Reads the request head as it arrives; false when it is too long or announces too large a body.
    bool inspectHead(qint64 fresh);
    /// Whether part of a request has arrived and the rest has not.
    bool receiving() const;
    /// Arms the timer for what the connection waits for now: the rest of a request, or the next.
    void rearm();
    void onTimeout();
    /// Answers `status` with an error body and closes the connection, reading nothing more.
    void refuse(QByteArray statusLine, const QString& code, const QString& message);

    QTcpSocket* m_socket;
    qint64 m_maxRequestBytes;
    Timing m_timing;
    QTimer m_timer;
    QElapsedTimer m_requestAge; ///< since the first byte of the request being received
    qint64 m_received = 0;      ///< bytes of the request being received
    qint64 m_expected = -1;     ///< its head and announced body, once the head is complete
    QByteArray m_head;          ///< its head until the blank line
};

} // namespace Fieldbook::Server
