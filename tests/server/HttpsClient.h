#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <memory>

namespace Fieldbook::Test {

/// One answer as the client saw it.
struct HttpsReply {
    int status = 0; ///< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QList<QSslError> sslErrors;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
};

/// A QNetworkAccessManager that trusts exactly one CA (never the system's), as a Fieldbook client
/// configured with --ca-cert does, talking to one server.
class HttpsClient final {
public:
    HttpsClient(QUrl base, const QString& caFile);

    HttpsReply get(const QString& pathAndQuery, const QString& token = {});
    HttpsReply post(const QString& path, const QByteArray& body, const QString& token = {});
    /// post() without waiting: take the answer with answerOf() once the reply has finished.
    std::unique_ptr<QNetworkReply> postLater(const QString& path, const QByteArray& body);
    /// What a finished reply answered (its TLS errors aside).
    static HttpsReply answerOf(QNetworkReply& reply);

private:
    QNetworkRequest request(const QString& pathAndQuery, const QString& token) const;
    HttpsReply wait(QNetworkReply* reply);

    QNetworkAccessManager m_manager;
    QUrl m_base;
    QSslConfiguration m_ssl;
};

} // namespace Fieldbook::Test
