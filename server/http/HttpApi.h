#pragma once

#include "protocol/WireFormat.h"

#include <QByteArray>
#include <QObject>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <expected>
#include <functional>
#include <memory>

namespace Fieldbook::Server {

class ServerDatabase;
class AuthService;
class SyncService;
class BlobService;
class PasswordWorkers;
struct Caller;
struct SignInAttempt;
struct SignInRefusal;
struct TokenPair;

/// One HTTP request as the API sees it, independent of the transport: QHttpServer in `serve`, and
/// the tests' fake QNetworkAccessManager in-process.
struct HttpRequest {
    QByteArray method; ///< "GET", "POST", "PUT"
    QString path;      ///< "/v1/sync/push"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;                       ///< as received (maybe gzip, see Content-Encoding)
    QString peer = {};                     ///< the client's address, for throttling sign-ins
};

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QHash<QByteArray, QByteArray> headers; ///< extra headers (Retry-After, Content-Encoding)
};

/// The `/v1` HTTP API (docs/sync-protocol.md) over the auth and sync services: routing, bearer
/// tokens, gzip, body limits, and a JSON error body (Wire::ErrorBody) for every failure. Never
/// throws and never crashes on bad input: every malformed request gets a 4xx naming the problem.
class HttpApi final {
public:
    using ClockFn = std::function<qint64()>;
    /// `passwordThreads`: the threads that check passwords (PasswordWorkers; 0: one per core).
    HttpApi(ServerDatabase& db, ClockFn clock = {}, Wire::Limits limits = {}, int passwordIterations = 0,
            int passwordThreads = 0);
    ~HttpApi();
    Q_DISABLE_COPY_MOVE(HttpApi)

    HttpResponse handle(const HttpRequest& request);
    using Reply = std::function<void(const HttpResponse&)>;
    /// handle() for a server with an event loop: a password sign-in has its password checked on a
    /// worker (PasswordWorkers) and is answered later, or refused at once with 429 "busy" while too
    /// many wait; anything else is answered before this returns. `reply` runs on this thread, and
    /// not at all if `context` (the connection) is destroyed first.
    void handle(const HttpRequest& request, QObject* context, Reply reply);
    const Wire::Limits& limits() const { return m_limits; }

private:
    using Handler = HttpResponse (HttpApi::*)(const HttpRequest&);

    HttpResponse route(const HttpRequest& request);
    HttpResponse hello(const HttpRequest& request);
    HttpResponse signIn(const HttpRequest& request);
    /// A sign-in up to its password's check: the request read and AuthService::startSignIn done.
    struct StartedSignIn;
    std::expected<StartedSignIn, HttpResponse> startSignIn(const HttpRequest& request);
    /// The answer to a sign-in whose password has been checked.
    HttpResponse signInAnswer(const Result<TokenPair>& pair, const SignInRefusal& refusal) const;
    HttpResponse refresh(const HttpRequest& request);
    HttpResponse push(const HttpRequest& request);
    HttpResponse pull(const HttpRequest& request);
    HttpResponse directory(const HttpRequest& request);
    HttpResponse blobsMissing(const HttpRequest& request);
    HttpResponse putBlob(const HttpRequest& request);
    HttpResponse getBlob(const HttpRequest& request);
    /// Who asks about which content: the caller of a /v1/blobs/<sha256> request and the content its
    /// path names; else the answer to give (401, 400).
    struct BlobTarget;
    std::expected<BlobTarget, HttpResponse> blobTarget(const HttpRequest& request);

    /// The request's body, gunzipped when it says so, if it has at most `maxBytes`; else the
    /// answer to give (413, 415, or 400 for a damaged gzip body).
    std::expected<QByteArray, HttpResponse> bodyOf(const HttpRequest& request, qint64 maxBytes) const;
    /// Who sent the request's bearer token; else the answer to give (401, or 503).
    std::expected<Caller, HttpResponse> callerOf(const HttpRequest& request);
    /// The answer to an error of the services that needs no special treatment (400, 403, 404, 503...).
    HttpResponse failed(const Error& error) const;
    /// 200 with the value of `result` as JSON, or the answer to its error.
    template<class T>
    HttpResponse answer(const Result<T>& result) const;

    ServerDatabase& m_db;
    ClockFn m_clock;
    Wire::Limits m_limits;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<BlobService> m_blobs;
    std::unique_ptr<PasswordWorkers> m_workers; ///< last: gone first, with the checks still due
};

} // namespace Fieldbook::Server
