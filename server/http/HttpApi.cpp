#include "HttpApi.h"

#include "HttpEncoding.h"
#include "ServerLog.h"
#include "auth/AuthService.h"
#include "auth/PasswordHash.h"
#include "auth/PasswordWorkers.h"
#include "protocol/Gzip.h"
#include "storage/ServerDatabase.h"
#include "sync/BlobService.h"
#include "sync/SyncService.h"
#include "sync/UserDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

constexpr int kDefaultPullLimit = 500;
constexpr qsizetype kMaxTokenChars = 256;
constexpr qsizetype kMaxCursorChars = 256;
const QString kSignInPath = u"/v1/auth/token"_s;

bool isStorageFailure(ErrorCode code) {
    return code == ErrorCode::Database || code == ErrorCode::DatabaseLocked || code == ErrorCode::DiskFull ||
           code == ErrorCode::Io;
}

HttpResponse jsonResponse(int status, const QJsonObject& body) {
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse errorResponse(int status, const Wire::ErrorBody& body) {
    return jsonResponse(status, Wire::toJson(body));
}

HttpResponse errorResponse(int status, const QString& code, const QString& message) {
    return errorResponse(status, Wire::ErrorBody{code, message, 0, 0});
}

HttpResponse invalidRequest(const QString& message) {
    return errorResponse(400, u"invalid_request"_s, message);
}

HttpResponse tooLarge(qint64 maxBytes) {
    return errorResponse(
        413, u"too_large"_s,
        QCoreApplication::translate("HttpApi", "The request body is larger than %1 bytes.").arg(maxBytes));
}

/// 401 with the challenge RFC 6750 asks for.
HttpResponse unauthorized(const QString& code, const QString& message) {
    HttpResponse response = errorResponse(401, code, message);
    if (code == u"invalid_token"_s)
        response.headers.insert("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return response;
}

HttpResponse throttled(const Error& error, qint64 retryAfterMs) {
    retryAfterMs = std::max<qint64>(retryAfterMs, 1);
    HttpResponse response = errorResponse(429, Wire::ErrorBody{u"too_many_attempts"_s, error.message, retryAfterMs, 0});
    response.headers.insert("Retry-After", QByteArray::number((retryAfterMs + 999) / 1000));
    return response;
}

/// Too many password checks wait already: the client tries again shortly (not a failed sign-in).
HttpResponse busy() {
    constexpr qint64 kRetryMs = 1000;
    HttpResponse response = errorResponse(
        429, Wire::ErrorBody{u"busy"_s,
                             QCoreApplication::translate("HttpApi", "The server is busy checking other sign-ins; "
                                                                    "try again in a second."),
                             kRetryMs, 0});
    response.headers.insert("Retry-After", QByteArray::number(kRetryMs / 1000));
    return response;
}

HttpResponse tokens(const TokenPair& pair) {
    return jsonResponse(200,
                        Wire::toJson(Wire::TokenResponse{pair.accessToken, pair.refreshToken,
                                                         AuthService::kAccessTokenMs, pair.userId, pair.deviceNumber}));
}

/// The gzip form of a JSON body when the client accepts it and it is worth it (over 1 KiB). File
/// contents go as they are: byte ranges count the file's own bytes.
void compressIfAccepted(const HttpRequest& request, HttpResponse& response) {
    constexpr qsizetype kGzipThreshold = 1024;
    if (response.contentType != "application/json")
        return;
    response.headers.insert("Vary", "Accept-Encoding");
    if (response.body.size() <= kGzipThreshold || !HttpEncoding::acceptsGzip(request.headers.value("accept-encoding")))
        return;
    QByteArray packed = Gzip::compress(response.body);
    if (packed.isEmpty())
        return; // sent plain: correct, only larger
    response.body = std::move(packed);
    response.headers.insert("Content-Encoding", "gzip");
}

} // namespace

struct HttpApi::StartedSignIn {
    QString password;
    SignInAttempt attempt;
};

struct HttpApi::BlobTarget {
    Caller caller;
    QString sha256;
};

HttpApi::HttpApi(ServerDatabase& db, ClockFn clock, Wire::Limits limits, int passwordIterations, int passwordThreads)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : ClockFn([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_limits(limits)
    , m_auth(std::make_unique<AuthService>(db, m_clock, passwordIterations))
    , m_sync(std::make_unique<SyncService>(db, m_clock))
    , m_blobs(std::make_unique<BlobService>(db, m_clock))
    , m_workers(std::make_unique<PasswordWorkers>(passwordThreads)) {}

HttpApi::~HttpApi() = default;

template<class T>
HttpResponse HttpApi::answer(const Result<T>& result) const {
    if (!result)
        return failed(result.error());
    return jsonResponse(200, Wire::toJson(*result));
}

HttpResponse HttpApi::handle(const HttpRequest& request) {
    HttpResponse response =
        request.body.size() > m_limits.maxBodyBytes ? tooLarge(m_limits.maxBodyBytes) : route(request);
    compressIfAccepted(request, response);
    return response;
}

void HttpApi::handle(const HttpRequest& request, QObject* context, Reply reply) {
    if (request.method != "POST" || request.path != kSignInPath || request.body.size() > m_limits.maxBodyBytes)
        return reply(handle(request));
    auto answered = [this, request, reply](HttpResponse response) {
        compressIfAccepted(request, response);
        reply(response);
    };
    auto started = startSignIn(request);
    if (!started)
        return answered(started.error());
    auto checked = [this, attempt = started->attempt, answered](bool right) {
        SignInRefusal refusal;
        answered(signInAnswer(m_auth->finishSignIn(attempt, right, &refusal), refusal));
    };
    if (!m_workers->verify(request.peer, started->password, started->attempt.passwordHash, context, checked))
        answered(busy());
}

HttpResponse HttpApi::route(const HttpRequest& request) {
    struct Route {
        QByteArray method;
        QString path;
        Handler handler;
    };
    // A path ending in "*" takes any last segment; an exact path of the table wins over it.
    static const std::array<Route, 9> routes{{
        {"GET", u"/v1/sync/hello"_s, &HttpApi::hello},
        {"POST", kSignInPath, &HttpApi::signIn},
        {"POST", u"/v1/auth/refresh"_s, &HttpApi::refresh},
        {"POST", u"/v1/sync/push"_s, &HttpApi::push},
        {"GET", u"/v1/sync/pull"_s, &HttpApi::pull},
        {"GET", u"/v1/directory"_s, &HttpApi::directory},
        {"POST", u"/v1/blobs/missing"_s, &HttpApi::blobsMissing},
        {"PUT", u"/v1/blobs/*"_s, &HttpApi::putBlob},
        {"GET", u"/v1/blobs/*"_s, &HttpApi::getBlob},
    }};
    const bool exact =
        std::any_of(routes.begin(), routes.end(), [&](const Route& r) { return r.path == request.path; });
    auto matches = [&](const Route& route) {
        if (exact || !route.path.endsWith(u'*'))
            return route.path == request.path;
        const QStringView prefix = QStringView(route.path).chopped(1);
        return request.path.startsWith(prefix) && !request.path.mid(prefix.size()).contains(u'/');
    };
    QByteArrayList allowed;
    for (const Route& route : routes) {
        if (!matches(route))
            continue;
        if (route.method == request.method)
            return (this->*route.handler)(request);
        allowed.append(route.method);
    }
    if (allowed.isEmpty())
        return errorResponse(
            404, u"not_found"_s,
            QCoreApplication::translate("HttpApi", "There is no %1 on this server.").arg(request.path));
    HttpResponse response = errorResponse(
        405, u"method_not_allowed"_s,
        QCoreApplication::translate("HttpApi", "%1 does not accept %2; use %3.")
            .arg(request.path, QString::fromLatin1(request.method), QString::fromLatin1(allowed.join(", "))));
    response.headers.insert("Allow", allowed.join(", "));
    return response;
}

HttpResponse HttpApi::hello(const HttpRequest&) {
    Wire::Hello hello;
    hello.serverTimeMs = m_clock();
    hello.limits = m_limits;
    hello.serverId = m_db.serverId();
    return jsonResponse(200, Wire::toJson(hello));
}

HttpResponse HttpApi::signIn(const HttpRequest& request) {
    auto started = startSignIn(request);
    if (!started)
        return started.error();
    const bool right = PasswordHash::verify(started->password, started->attempt.passwordHash);
    SignInRefusal refusal;
    return signInAnswer(m_auth->finishSignIn(started->attempt, right, &refusal), refusal);
}

std::expected<HttpApi::StartedSignIn, HttpResponse> HttpApi::startSignIn(const HttpRequest& request) {
    auto body = bodyOf(request, Wire::kMaxSmallBodyBytes);
    if (!body)
        return std::unexpected(body.error());
    auto parsed = Wire::parseSignInRequest(*body);
    if (!parsed)
        return std::unexpected(invalidRequest(parsed.error().message));
    SignInRefusal refusal;
    auto attempt = m_auth->startSignIn(parsed->user, parsed->clientId, request.peer, &refusal);
    if (!attempt)
        return std::unexpected(signInAnswer(std::unexpected(attempt.error()), refusal));
    return StartedSignIn{parsed->password, *attempt};
}

HttpResponse HttpApi::signInAnswer(const Result<TokenPair>& pair, const SignInRefusal& refusal) const {
    if (pair)
        return tokens(*pair);
    const Error& error = pair.error();
    if (error.code == ErrorCode::TooManyAttempts)
        return throttled(error, refusal.retryAfterMs);
    if (error.code == ErrorCode::PermissionDenied && !refusal.credentialsAccepted)
        return unauthorized(u"invalid_credentials"_s, error.message);
    return failed(error); // a disabled user or a revoked device: 403
}

HttpResponse HttpApi::refresh(const HttpRequest& request) {
    auto body = bodyOf(request, Wire::kMaxSmallBodyBytes);
    if (!body)
        return body.error();
    auto parsed = Wire::parseRefreshRequest(*body);
    if (!parsed)
        return invalidRequest(parsed.error().message);
    auto pair = m_auth->refresh(parsed->refreshToken);
    if (pair)
        return tokens(*pair);
    if (pair.error().code == ErrorCode::PermissionDenied)
        return unauthorized(u"invalid_refresh_token"_s, pair.error().message);
    return failed(pair.error());
}

HttpResponse HttpApi::push(const HttpRequest& request) {
    auto caller = callerOf(request);
    if (!caller)
        return caller.error();
    auto body = bodyOf(request, m_limits.maxBodyBytes);
    if (!body)
        return body.error();
    auto parsed = Wire::parsePushRequest(*body, m_limits);
    if (!parsed)
        return invalidRequest(parsed.error().message);
    if (parsed->clientId != caller->clientId)
        return errorResponse(403, u"forbidden"_s,
                             QCoreApplication::translate("HttpApi", "client_id %1 is not the device this access token "
                                                                    "was issued to.")
                                 .arg(parsed->clientId));
    auto outcome = m_sync->push(*caller, *parsed);
    if (!outcome)
        return failed(outcome.error());
    if (outcome->expectedSeq) {
        const qint64 expected = *outcome->expectedSeq;
        return errorResponse(
            409, Wire::ErrorBody{u"expected_seq"_s,
                                 QCoreApplication::translate("HttpApi", "The server expects seq %1 next; send the "
                                                                        "mutations again from there.")
                                     .arg(expected),
                                 0, expected});
    }
    return jsonResponse(200, Wire::toJson(outcome->response));
}

HttpResponse HttpApi::pull(const HttpRequest& request) {
    auto caller = callerOf(request);
    if (!caller)
        return caller.error();
    QString cursor;
    int limit = std::min(kDefaultPullLimit, m_limits.maxPullLimit);
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"cursor"_s && value.size() <= kMaxCursorChars) {
            cursor = value;
        } else if (key == u"limit"_s) {
            bool ok = false;
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > m_limits.maxPullLimit)
                return invalidRequest(
                    QCoreApplication::translate("HttpApi", "limit must be a whole number from 1 to %1")
                        .arg(m_limits.maxPullLimit));
        } else {
            return invalidRequest(
                QCoreApplication::translate("HttpApi", "unknown or too long query parameter %1").arg(key));
        }
    }
    return answer(m_sync->pull(*caller, cursor, limit));
}

HttpResponse HttpApi::directory(const HttpRequest& request) {
    auto caller = callerOf(request);
    if (!caller)
        return caller.error();
    if (!request.query.isEmpty())
        return invalidRequest(QCoreApplication::translate("HttpApi", "%1 takes no parameters").arg(request.path));
    return answer(UserDirectory(m_db).directory());
}

HttpResponse HttpApi::blobsMissing(const HttpRequest& request) {
    auto caller = callerOf(request);
    if (!caller)
        return caller.error();
    auto body = bodyOf(request, Wire::kMaxSmallBodyBytes);
    if (!body)
        return body.error();
    auto query = Wire::parseBlobQuery(*body);
    if (!query)
        return invalidRequest(query.error().message);
    return answer(m_blobs->missing(*caller, *query));
}

HttpResponse HttpApi::putBlob(const HttpRequest& request) {
    auto target = blobTarget(request);
    if (!target)
        return target.error();
    auto range = Wire::parseContentRange(request.headers.value("content-range"), m_limits.maxBlobBytes);
    if (!range)
        return failed(range.error());
    auto body = bodyOf(request, m_limits.maxBodyBytes);
    if (!body)
        return body.error();
    if (body->size() != (range->total == 0 ? 0 : range->length()))
        return invalidRequest(QCoreApplication::translate("HttpApi", "The body has %1 bytes; Content-Range announces "
                                                                     "%2.")
                                  .arg(body->size())
                                  .arg(range->total == 0 ? 0 : range->length()));
    return answer(m_blobs->upload(target->caller, target->sha256, *range, *body));
}

HttpResponse HttpApi::getBlob(const HttpRequest& request) {
    auto target = blobTarget(request);
    if (!target)
        return target.error();
    if (!request.query.isEmpty())
        return invalidRequest(QCoreApplication::translate("HttpApi", "%1 takes no parameters").arg(request.path));
    auto size = m_blobs->sizeFor(target->caller, target->sha256);
    if (!size)
        return failed(size.error());
    const QByteArray rangeHeader = request.headers.value("range");
    Wire::ByteRange range{0, *size - 1, *size};
    if (!rangeHeader.isEmpty()) {
        auto asked = Wire::parseRange(rangeHeader);
        if (!asked)
            return invalidRequest(asked.error().message);
        if (asked->first >= *size) {
            HttpResponse response = errorResponse(
                416, u"range_not_satisfiable"_s,
                QCoreApplication::translate("HttpApi", "The content has %1 bytes; the range starts at byte %2.")
                    .arg(*size)
                    .arg(asked->first));
            response.headers.insert("Content-Range", "bytes */" + QByteArray::number(*size));
            return response;
        }
        range.first = asked->first;
        range.last = std::min(asked->last.value_or(*size - 1), *size - 1);
    }
    auto bytes = range.total == 0 ? Result<QByteArray>() : m_blobs->read(target->sha256, range.first, range.last);
    if (!bytes)
        return failed(bytes.error());
    HttpResponse response;
    response.status = rangeHeader.isEmpty() ? 200 : 206;
    response.body = *bytes;
    response.contentType = "application/octet-stream";
    if (!rangeHeader.isEmpty())
        response.headers.insert("Content-Range", Wire::contentRange(range));
    return response;
}

std::expected<HttpApi::BlobTarget, HttpResponse> HttpApi::blobTarget(const HttpRequest& request) {
    auto caller = callerOf(request);
    if (!caller)
        return std::unexpected(caller.error());
    const QString sha256 = request.path.mid(Wire::kBlobPathPrefix.size());
    if (!Wire::isSha256(sha256))
        return std::unexpected(invalidRequest(
            QCoreApplication::translate("HttpApi", "%1 does not end in a SHA-256 (64 lower-case hexadecimal digits).")
                .arg(request.path.left(200))));
    return BlobTarget{*caller, sha256};
}

std::expected<QByteArray, HttpResponse> HttpApi::bodyOf(const HttpRequest& request, qint64 maxBytes) const {
    const QByteArray encoding = request.headers.value("content-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") {
        if (request.body.size() > maxBytes)
            return std::unexpected(tooLarge(maxBytes));
        return request.body;
    }
    if (encoding != "gzip")
        return std::unexpected(errorResponse(415, u"unsupported_encoding"_s,
                                             QCoreApplication::translate("HttpApi", "Content-Encoding %1 is not "
                                                                                    "supported; send the body plain "
                                                                                    "or as gzip.")
                                                 .arg(QString::fromLatin1(encoding))));
    if (request.body.size() > maxBytes)
        return std::unexpected(tooLarge(maxBytes));
    auto plain = Gzip::decompress(request.body, maxBytes); // stops at the limit: a bomb costs maxBytes
    if (plain)
        return *plain;
    // Too large or damaged: the trailer tells which, unless it lies (then the message still says).
    if (HttpEncoding::gzipDeclaredSize(request.body) > maxBytes)
        return std::unexpected(tooLarge(maxBytes));
    return std::unexpected(invalidRequest(plain.error().message));
}

std::expected<Caller, HttpResponse> HttpApi::callerOf(const HttpRequest& request) {
    const QByteArray header = request.headers.value("authorization").trimmed();
    const QByteArray token = header.toLower().startsWith("bearer ") ? header.mid(7).trimmed() : QByteArray();
    if (token.isEmpty() || token.size() > kMaxTokenChars)
        return std::unexpected(unauthorized(
            u"invalid_token"_s,
            QCoreApplication::translate("HttpApi", "The request needs an access token (Authorization: Bearer).")));
    auto caller = m_auth->authenticate(QString::fromLatin1(token));
    if (caller)
        return *caller;
    if (caller.error().code == ErrorCode::PermissionDenied)
        return std::unexpected(unauthorized(u"invalid_token"_s, caller.error().message));
    return std::unexpected(failed(caller.error()));
}

HttpResponse HttpApi::failed(const Error& error) const {
    if (isStorageFailure(error.code)) {
        // The client retries later; what failed (maybe SQL text) is for the log only.
        qCWarning(lcServer).noquote() << "storage failure:" << (error.detail.isEmpty() ? error.message : error.detail);
        return errorResponse(
            503, u"unavailable"_s,
            QCoreApplication::translate("HttpApi", "The server cannot reach its storage right now; try again later."));
    }
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return invalidRequest(error.message);
    case ErrorCode::PermissionDenied:
        return errorResponse(403, u"forbidden"_s, error.message);
    case ErrorCode::NotFound:
        return errorResponse(404, u"not_found"_s, error.message);
    case ErrorCode::Conflict:
        return errorResponse(409, u"conflict"_s, error.message);
    case ErrorCode::TooLarge:
        return errorResponse(413, u"too_large"_s, error.message);
    case ErrorCode::Corrupt:
        return errorResponse(422, u"hash_mismatch"_s, error.message);
    default:
        qCWarning(lcServer).noquote() << "request failed:" << (error.detail.isEmpty() ? error.message : error.detail);
        return errorResponse(500, u"internal_error"_s,
                             QCoreApplication::translate("HttpApi", "The server could not handle the request."));
    }
}

} // namespace Fieldbook::Server
