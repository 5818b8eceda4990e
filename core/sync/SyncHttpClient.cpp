#include "SyncHttpClient.h"

#include "protocol/Gzip.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qsizetype kCompressFromBytes = 1024;
constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;

/// QNetworkAccessManager keeps connections to a host for reuse, each with the TLS configuration of
/// the request that opened it; the CA certificates of later requests are not applied to them. A
/// connection opened while the server's CA was not trusted would fail every retry until it expires,
/// so the kept connections go whenever the trusted CAs differ from the last run's on this manager.
void forgetConnectionsIfTrustChanged(QNetworkAccessManager& nam, const QList<QSslCertificate>& extraCas) {
    static constexpr auto kTrustedCas = "fieldbook.trustedCas";
    QByteArray trusted;
    for (const QSslCertificate& ca : extraCas)
        trusted += ca.digest(QCryptographicHash::Sha256);
    const QVariant before = nam.property(kTrustedCas);
    if (before.isValid() && before.toByteArray() != trusted)
        nam.clearConnectionCache();
    nam.setProperty(kTrustedCas, trusted);
}

} // namespace

SyncHttpClient::SyncHttpClient(QNetworkAccessManager& nam, Options options)
    : m_nam(nam)
    , m_options(std::move(options)) {}

Result<void> SyncHttpClient::prepare() {
    const QUrl& url = m_options.server;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("SyncHttpClient", "The server address \"%1\" is not a valid https:// address.")
                .arg(url.toString()));
    // Not even to this computer: another local user could listen on the port, and nothing the
    // tests run needs it (they use TLS with a development CA, or FakeNetwork).
    if (url.scheme() == u"http"_s)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("SyncHttpClient",
                                        "Fieldbook only syncs over https://; \"%1\" would send your data unencrypted.")
                .arg(url.toString()));
    if (!m_options.caFile.isEmpty()) {
        QFile file(m_options.caFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("SyncHttpClient", "Cannot read the CA certificate file %1: %2")
                            .arg(m_options.caFile, file.errorString()));
        m_extraCas = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
        if (m_extraCas.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("SyncHttpClient",
                                                    "%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                            .arg(m_options.caFile));
    }
    forgetConnectionsIfTrustChanged(m_nam, m_extraCas);
    return {};
}

HttpAnswer SyncHttpClient::get(const QString& path, const QUrlQuery& query, const QString& bearer) {
    return send({"GET", path, query, {}, {}}, bearer);
}

HttpAnswer SyncHttpClient::post(const QString& path, const QByteArray& json, const QString& bearer) {
    return send({"POST", path, {}, json, {}}, bearer);
}

HttpAnswer SyncHttpClient::send(const HttpCall& call, const QString& bearer) {
    auto request = start(call, bearer);
    return wait(*request);
}

std::unique_ptr<SyncHttpClient::Request> SyncHttpClient::startGet(const QString& path, const QUrlQuery& query,
                                                                  const QString& bearer) {
    return start({"GET", path, query, {}, {}}, bearer);
}

SyncHttpClient::Request::~Request() {
    if (!m_reply)
        return;
    QObject::disconnect(m_tlsWatch);
    m_reply->abort();
    m_reply->deleteLater();
}

std::unique_ptr<SyncHttpClient::Request> SyncHttpClient::start(const HttpCall& call, const QString& bearer) {
    QUrl url = m_options.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto& [name, value] : call.headers)
        request.setRawHeader(name, value);
    QByteArray payload = call.body;
    if (call.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream"_ba);
    if (call.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        if (payload.size() > kCompressFromBytes) {
            payload = Gzip::compress(payload);
            request.setRawHeader("Content-Encoding", "gzip");
        }
    }
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            tls.addCaCertificates(m_extraCas);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    std::unique_ptr<Request> pending(new Request);
    pending->m_host = url.host();
    if (call.method == "GET")
        pending->m_reply = m_nam.get(request);
    else if (call.method == "PUT")
        pending->m_reply = m_nam.put(request, payload);
    else
        pending->m_reply = m_nam.post(request, payload);
    Request* self = pending.get();
    pending->m_tlsWatch = QObject::connect(pending->m_reply, &QNetworkReply::sslErrors, pending->m_reply,
                                           [self](const QList<QSslError>& errors) {
                                               if (!self->m_tlsFailed && !errors.isEmpty())
                                                   self->m_tlsError = errors.first().errorString();
                                               self->m_tlsFailed = self->m_tlsFailed || !errors.isEmpty();
                                           });
    return pending;
}

HttpAnswer SyncHttpClient::wait(Request& pending) {
    QNetworkReply* reply = pending.m_reply;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    bool cancelled = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (m_options.cancel && m_options.cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    if (!reply->isFinished()) {
        timeout.start(m_options.timeoutMs);
        cancelPoll.start(100);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->read(kMaxAnswerBytes);
    answer.contentRange = reply->rawHeader("Content-Range");
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    QObject::disconnect(pending.m_tlsWatch);
    reply->deleteLater();
    pending.m_reply = nullptr;
    const QString& host = pending.m_host;
    if (cancelled)
        answer.failure =
            Error{ErrorCode::Cancelled, QCoreApplication::translate("SyncHttpClient", "Sync was cancelled."), {}};
    else if (timedOut)
        answer.failure =
            Error{ErrorCode::Unreachable,
                  QCoreApplication::translate("SyncHttpClient", "The server %1 did not answer within %2 seconds.")
                      .arg(host)
                      .arg(m_options.timeoutMs / 1000),
                  {}};
    else if (pending.m_tlsFailed || error == QNetworkReply::SslHandshakeFailedError)
        answer.failure = Error{ErrorCode::Untrusted,
                               QCoreApplication::translate(
                                   "SyncHttpClient",
                                   "The certificate of %1 is not trusted: %2. Fieldbook does not send your data to a "
                                   "server it cannot verify; if your company uses its own certificate authority, "
                                   "choose its CA file.")
                                   .arg(host, pending.m_tlsFailed ? pending.m_tlsError : errorText),
                               errorText};
    else if (answer.status == 0)
        answer.failure =
            Error{ErrorCode::Unreachable,
                  QCoreApplication::translate("SyncHttpClient", "Cannot reach the server %1: %2").arg(host, errorText),
                  errorText};
    return answer;
}

} // namespace Fieldbook
