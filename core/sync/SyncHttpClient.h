#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Fieldbook {

/// One request to the server.
struct HttpCall {
    QByteArray method = "GET"; ///< GET, POST (a JSON body) or PUT (bytes, sent as they are)
    QString path;
    QUrlQuery query;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< more headers (Range, Content-Range)
};

/// One answer from the server, or why there was none.
struct HttpAnswer {
    int status = 0; ///< HTTP status; 0 when no answer arrived
    QByteArray body;
    QByteArray contentRange;      ///< its Content-Range header (a part of a file)
    std::optional<Error> failure; ///< set when there is no usable answer (TLS, network, timeout, cancel)
};

/// Blocking HTTPS requests for the sync worker thread, over a QNetworkAccessManager that tests
/// replace with a fake. Certificates are verified against the system store plus an optional CA
/// file and TLS errors are never ignored; plain http:// is refused except to a loopback address.
class SyncHttpClient final {
public:
    struct Options {
        QUrl server;    ///< https://host:port
        QString caFile; ///< PEM file of extra trusted CAs (a company or development CA)
        int timeoutMs = 30'000;
        const std::atomic<bool>* cancel = nullptr;
        /// An answer larger than this is cut off as it arrives, whatever the server announced:
        /// this device's own bound on what one answer may cost it in memory.
        qint64 maxAnswerBytes = kMaxAnswerBytes;
    };
    static constexpr qint64 kMaxAnswerBytes = 32LL * 1024 * 1024;
    /// What Qt's network thread reads ahead of this thread before it stops reading the socket.
    static constexpr qint64 kReadAheadBytes = 4LL * 1024 * 1024;
    SyncHttpClient(QNetworkAccessManager& nam, Options options);

    /// A request on its way (start()); wait() collects its answer. Dropping it aborts the request.
    class Request final {
    public:
        ~Request();
        Request(const Request&) = delete;
        Request& operator=(const Request&) = delete;

    private:
        friend class SyncHttpClient;
        Request() = default;
        QNetworkReply* m_reply = nullptr;
        QString m_host;
        QString m_tlsError; ///< the first certificate error reported, if any
        bool m_tlsFailed = false;
        bool m_tooLarge = false; ///< cut off at Options::maxAnswerBytes
        QByteArray m_body;       ///< what arrived so far, taken from Qt's buffer as it comes
    };

    /// Checks the URL and loads the CA file; call once before requests.
    [[nodiscard]] Result<void> prepare();
    HttpAnswer get(const QString& path, const QUrlQuery& query, const QString& bearer);
    /// POSTs JSON, gzip-compressed when it is large.
    HttpAnswer post(const QString& path, const QByteArray& json, const QString& bearer);
    /// Sends `call` and waits for its answer.
    HttpAnswer send(const HttpCall& call, const QString& bearer);
    /// Sends a GET and returns at once: the transfer goes on in Qt's network thread while the
    /// caller works (the next pull page arrives while this one is stored). The timeout runs in wait().
    [[nodiscard]] std::unique_ptr<Request> startGet(const QString& path, const QUrlQuery& query, const QString& bearer);
    /// Waits for `request` to end and returns its answer.
    HttpAnswer wait(Request& request);

private:
    enum class Ending { Finished, TimedOut, Cancelled };

    std::unique_ptr<Request> start(const HttpCall& call, const QString& bearer);
    /// The request for `call`, and in `payload` its body as sent (gzip for a large JSON body).
    QNetworkRequest networkRequest(const HttpCall& call, const QString& bearer, QByteArray& payload) const;
    /// Connects `pending`'s reply: its body taken as it comes (cut off past maxAnswerBytes), its TLS errors.
    void watch(Request& pending) const;
    /// Runs an event loop until `reply` has finished, timed out or the run is cancelled.
    Ending awaitEnd(QNetworkReply* reply) const;
    /// Why the ended request has no usable answer, if it has none.
    std::optional<Error> failureOf(const Request& pending, Ending ending, int status, bool handshakeFailed,
                                   const QString& errorText) const;
    QNetworkAccessManager& m_nam;
    Options m_options;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Fieldbook
