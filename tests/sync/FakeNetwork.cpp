#include "FakeNetwork.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

FakeNetworkAccessManager::FakeNetworkAccessManager(std::function<Server::HttpApi&()> api, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_api(std::move(api)) {}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData) {
    ++m_requests;
    auto* reply = new FakeReply(request, op, this);
    Server::HttpRequest http;
    http.method = op == GetOperation ? "GET"_ba : op == PutOperation ? "PUT"_ba : "POST"_ba;
    http.path = request.url().path();
    http.query = QUrlQuery(request.url());
    for (const QByteArray& name : request.rawHeaderList())
        http.headers.insert(name.toLower(), request.rawHeader(name));
    if (outgoingData)
        http.body = outgoingData->readAll();
    const Fault fault = m_faults ? m_faults(http) : Fault::None;
    switch (fault) {
    case Fault::Refuse:
        reply->failWith(QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
        return reply;
    case Fault::Unavailable:
        reply->answer(503, R"({"error":"unavailable","message":"The server is busy."})"_ba);
        return reply;
    case Fault::Busy:
        reply->answer(429, R"({"error":"busy","message":"The server is busy.","retry_after_ms":100})"_ba);
        return reply;
    case Fault::Hang:
        reply->hang();
        return reply;
    case Fault::None:
    case Fault::Truncate:
    case Fault::LoseResponse:
    case Fault::Duplicate:
        break;
    }
    Server::HttpResponse response = m_api().handle(http);
    if (fault == Fault::Duplicate)
        response = m_api().handle(http);
    if (m_afterHandled)
        m_afterHandled(http);
    if (fault == Fault::LoseResponse)
        reply->failWith(QNetworkReply::RemoteHostClosedError, u"Connection closed"_s);
    else if (fault == Fault::Truncate)
        reply->answer(response.status, response.body.left(response.body.size() / 2), response.headers);
    else
        reply->answer(response.status, response.body, response.headers);
    return reply;
}

FakeReply::FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, QObject* parent)
    : QNetworkReply(parent) {
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void FakeReply::answer(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers) {
    m_body = body;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        setRawHeader(it.key(), it.value());
    setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // Like QNAM's HTTP backend, 4xx/5xx answers are errors with a readable body.
    if (status >= 400)
        setError(status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::ProtocolInvalidOperationError,
                 u"HTTP %1"_s.arg(status));
    finishLater();
}

void FakeReply::failWith(NetworkError error, const QString& text) {
    setError(error, text);
    finishLater();
}

void FakeReply::finishLater() {
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            return;
        m_done = true;
        emit metaDataChanged();
        if (error() != NoError && attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
            emit errorOccurred(error());
        if (!m_body.isEmpty())
            emit readyRead();
        setFinished(true);
        emit finished();
    });
}

void FakeReply::abort() {
    if (m_done)
        return;
    m_done = true;
    setError(OperationCanceledError, u"Operation canceled"_s);
    emit errorOccurred(OperationCanceledError);
    setFinished(true);
    emit finished();
}

qint64 FakeReply::readData(char* data, qint64 maxSize) {
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::copy_n(m_body.constData() + m_offset, n, data);
    m_offset += n;
    return n;
}

} // namespace Fieldbook::Test
