#pragma once

#include <QAbstractHttpServer>

namespace Fieldbook::Server {

class HttpApi;
struct HttpRequest;

/// Qt HTTP Server in front of HttpApi: every request goes to HttpApi::handle, and its answer is
/// written back as it is (status, JSON body, headers). TLS comes from the QSslServer bound to it.
class HttpsServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit HttpsServer(HttpApi& api, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HttpsServer)

    /// The request as HttpApi sees it: method, path, query, lower-case header names, raw body.
    static HttpRequest toHttpRequest(const QHttpServerRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpApi& m_api;
};

} // namespace Fieldbook::Server
