#include "HttpsClient.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSslCertificate>

#include <memory>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {
constexpr int kReplyTimeoutMs = 60'000;
} // namespace

HttpsClient::HttpsClient(QUrl base, const QString& caFile)
    : m_base(std::move(base))
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    const auto ca = QSslCertificate::fromPath(caFile);
    REQUIRE(ca.size() == 1);
    m_ssl.setCaCertificates(ca); // only this CA: the system's are not consulted
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QNetworkRequest HttpsClient::request(const QString& pathAndQuery, const QString& token) const {
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(kReplyTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

HttpsReply HttpsClient::get(const QString& pathAndQuery, const QString& token) {
    return wait(m_manager.get(request(pathAndQuery, token)));
}

HttpsReply HttpsClient::post(const QString& path, const QByteArray& body, const QString& token) {
    return wait(m_manager.post(request(path, token), body));
}

std::unique_ptr<QNetworkReply> HttpsClient::postLater(const QString& path, const QByteArray& body) {
    return std::unique_ptr<QNetworkReply>(m_manager.post(request(path, {}), body));
}

HttpsReply HttpsClient::answerOf(QNetworkReply& reply) {
    HttpsReply answer;
    answer.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply.error();
    answer.errorText = reply.errorString();
    answer.body = reply.readAll();
    for (const auto& [name, value] : reply.rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    return answer;
}

HttpsReply HttpsClient::wait(QNetworkReply* rawReply) {
    std::unique_ptr<QNetworkReply> reply(rawReply);
    QList<QSslError> sslErrors;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors += errors; });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        REQUIRE(finished.wait(kReplyTimeoutMs));
    HttpsReply answer = answerOf(*reply);
    answer.sslErrors = sslErrors;
    return answer;
}

} // namespace Fieldbook::Test
