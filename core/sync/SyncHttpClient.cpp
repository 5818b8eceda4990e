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
    m_reply->disconnect(m_reply); // what it would still report concerns this request, gone
    m_reply->abort();
    m_reply->deleteLater();
}

QNetworkRequest SyncHttpClient::networkRequest(const HttpCall& call, const QString& bearer, QByteArray& payload) const {
    QUrl url = m_options.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + call.path);
    url.setQuery(call.query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto& [name, value] : call.headers)
        request.setRawHeader(name, value);
    payload = call.body;
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
    return request;
}

std::unique_ptr<SyncHttpClient::Request> SyncHttpClient::start(const HttpCall& call, const QString& bearer) {
    QByteArray payload;
    const QNetworkRequest request = networkRequest(call, bearer, payload);
    std::unique_ptr<Request> pending(new Request);
    pending->m_host = request.url().host();
    if (call.method == "GET")
        pending->m_reply = m_nam.get(request);
    else if (call.method == "PUT")
        pending->m_reply = m_nam.put(request, payload);
    else
        pending->m_reply = m_nam.post(request, payload);
    watch(*pending);
    return pending;
}

void SyncHttpClient::watch(Request& pending) const {
    Request* self = &pending;
    QNetworkReply* reply = pending.m_reply;
    // Qt reads a bounded amount ahead and this thread takes it as it comes, so an answer too large
    // is cut off as soon as it says or shows so, never buffered whole.
    reply->setReadBufferSize(kReadAheadBytes);
    auto tooLarge = [self, maxBytes = m_options.maxAnswerBytes](qint64 size) {
        if (self->m_tooLarge || size <= maxBytes)
            return;
        self->m_tooLarge = true;
        self->m_body.clear();
        self->m_reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [tooLarge](qint64, qint64 total) { tooLarge(total); });
    QObject::connect(reply, &QIODevice::readyRead, reply, [self, tooLarge] {
        if (self->m_tooLarge)
            return;
        self->m_body += self->m_reply->readAll();
        tooLarge(self->m_body.size());
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [self](const QList<QSslError>& errors) {
        if (!self->m_tlsFailed && !errors.isEmpty())
            self->m_tlsError = errors.first().errorString();
        self->m_tlsFailed = self->m_tlsFailed || !errors.isEmpty();
    });
}

SyncHttpClient::Ending SyncHttpClient::awaitEnd(QNetworkReply* reply) const {
    if (reply->isFinished())
        return Ending::Finished;
    Ending ending = Ending::Finished;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, reply, [&] {
        ending = Ending::TimedOut;
        reply->abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (m_options.cancel && m_options.cancel->load()) {
            ending = Ending::Cancelled;
            reply->abort();
        }
    });
    timeout.start(m_options.timeoutMs);
    cancelPoll.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return ending;
}

HttpAnswer SyncHttpClient::wait(Request& pending) {
    QNetworkReply* reply = pending.m_reply;
    const Ending ending = awaitEnd(reply);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!pending.m_tooLarge)
        answer.body = std::move(pending.m_body) + reply->readAll();
    answer.contentRange = reply->rawHeader("Content-Range");
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->disconnect(reply);
    reply->deleteLater();
    pending.m_reply = nullptr;
    answer.failure =
        failureOf(pending, ending, answer.status, error == QNetworkReply::SslHandshakeFailedError, errorText);
    return answer;
}

std::optional<Error> SyncHttpClient::failureOf(const Request& pending, Ending ending, int status, bool handshakeFailed,
                                               const QString& errorText) const {
    const QString& host = pending.m_host;
    if (ending == Ending::Cancelled)
        return Error{ErrorCode::Cancelled, QCoreApplication::translate("SyncHttpClient", "Sync was cancelled."), {}};
    if (ending == Ending::TimedOut)
        return Error{ErrorCode::Unreachable,
                     QCoreApplication::translate("SyncHttpClient", "The server %1 did not answer within %2 seconds.")
                         .arg(host)
                         .arg(m_options.timeoutMs / 1000),
                     {}};
    if (pending.m_tooLarge)
        return Error{ErrorCode::ServerFailure,
                     QCoreApplication::translate("SyncHttpClient",
                                                 "The server %1 sent an answer larger than %2 MB; Fieldbook "
                                                 "stopped reading it and stopped this sync.")
                         .arg(host)
                         .arg(m_options.maxAnswerBytes / (1024 * 1024)),
                     {}};
    if (pending.m_tlsFailed || handshakeFailed)
        return Error{ErrorCode::Untrusted,
                     QCoreApplication::translate(
                         "SyncHttpClient",
                         "The certificate of %1 is not trusted: %2. Fieldbook does not send your data to a "
                         "server it cannot verify; if your company uses its own certificate authority, "
                         "choose its CA file.")
                         .arg(host, pending.m_tlsFailed ? pending.m_tlsError : errorText),
                     errorText};
    if (status == 0)
        return Error{
            ErrorCode::Unreachable,
            QCoreApplication::translate("SyncHttpClient", "Cannot reach the server %1: %2").arg(host, errorText),
            errorText};
    return std::nullopt;
}

} // namespace Fieldbook
