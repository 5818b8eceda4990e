#include "HttpsServer.h"

#include "http/HttpApi.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <memory>

namespace Fieldbook::Server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpsServer::HttpsServer(HttpApi& api, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api) {}

HttpRequest HttpsServer::toHttpRequest(const QHttpServerRequest& request) {
    HttpRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path();
    converted.query = request.query();
    for (const auto& [name, value] : request.headers())
        converted.headers.insert(name.toLower(), value);
    converted.body = request.body();
    return converted;
}

bool HttpsServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    HttpRequest converted = toHttpRequest(request);
    converted.peer = socket->peerAddress().toString();
    // Held until the answer is ready (a sign-in's comes from a worker); dropped, unanswered, with a
    // connection that closes first: HttpApi calls back only while `socket` lives.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_api.handle(converted, socket, [responder](const HttpResponse& response) {
        responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        responder->writeHeader("Content-Type", response.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
        for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
            responder->writeHeader(it.key(), it.value());
        responder->writeBody(response.body);
    });
    return true;
}

void HttpsServer::missingHandler(const QHttpServerRequest&, QTcpSocket*) {
    // handleRequest() answers every request, unknown paths included (404 from HttpApi).
}

} // namespace Fieldbook::Server
