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
    };
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
        QMetaObject::Connection m_tlsWatch;
        QString m_host;
        QString m_tlsError; ///< the first certificate error reported, if any
        bool m_tlsFailed = false;
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
    std::unique_ptr<Request> start(const HttpCall& call, const QString& bearer);
    QNetworkAccessManager& m_nam;
    Options m_options;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Fieldbook
