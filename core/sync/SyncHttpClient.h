#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <optional>

class QNetworkAccessManager;

namespace Fieldbook {

/// One answer from the server, or why there was none.
struct HttpAnswer {
    int status = 0; ///< HTTP status; 0 when no answer arrived
    QByteArray body;
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

    /// Checks the URL and loads the CA file; call once before requests.
    [[nodiscard]] Result<void> prepare();
    HttpAnswer get(const QString& path, const QUrlQuery& query, const QString& bearer);
    /// POSTs JSON, gzip-compressed when it is large.
    HttpAnswer post(const QString& path, const QByteArray& json, const QString& bearer);

private:
    HttpAnswer send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
                    const QString& bearer);
    QNetworkAccessManager& m_nam;
    Options m_options;
    QList<QSslCertificate> m_extraCas;
};

} // namespace Fieldbook
