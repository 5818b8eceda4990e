#pragma once

#include "BlobWire.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fieldbook::Wire {

/// The sync protocol of docs/sync-protocol.md, version 1 (paths under /v1): the messages client and
/// server exchange, their JSON form, and strict parsing of what arrives from the other side.
constexpr int kProtocolVersion = 1;

/// What one side accepts; the server announces its limits in Hello.
struct Limits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxMutationsPerPush = 500;
    int maxFieldsPerRecord = 64;
    int maxTextChars = 1'000'000;        ///< one field value (long notes)
    int maxPullLimit = 2000;             ///< changes per pull page
    qint64 maxBlobBytes = kMaxBlobBytes; ///< one attachment's contents (PUT /v1/blobs/<sha256>)
};

enum class Op { Insert, Update, Delete, Restore };

/// One recorded local change, in the client's outbox order (`seq`, 1, 2, 3 ... per client).
struct Mutation {
    qint64 seq = 0;
    QString mutationId; ///< UUID, unique over all clients
    QString table;
    QString recordId;
    Op op = Op::Update;
    qint64 baseRowVersion = 0; ///< the server's row version the edit started from (0: none)
    QJsonObject fields;        ///< changed fields, new values
    QJsonObject base;          ///< the same fields' values before the edit (three-way merge)
    QString hlc;               ///< hybrid logical clock of the edit
};

struct PushRequest {
    QString clientId;
    QList<Mutation> mutations;
};

enum class MutationStatus { Applied, Merged, Conflict, Rejected };

/// The server's answer for one mutation; a repeated delivery gets the stored answer again.
struct MutationResult {
    qint64 seq = 0;
    QString mutationId;
    MutationStatus status = MutationStatus::Applied;
    qint64 rowVersion = 0;      ///< the record's row version afterwards
    QStringList conflictFields; ///< Conflict: the fields the user must decide
    QString message;            ///< Rejected: why (English, for the sync log)
};

struct PushResponse {
    QList<MutationResult> results;
};

/// One record as pulled: its current state, a tombstone, or a revocation (it left the caller's scope).
struct Change {
    enum class Kind { Upsert, Revoke };
    Kind kind = Kind::Upsert;
    QString table;
    QString id;
    qint64 rowVersion = 0;
    bool deleted = false;
    QJsonObject fields; ///< Upsert: every synced field
};

struct PullPage {
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
    qint64 total = 0; ///< first page of a first sync: how many records the whole sync brings (0: not said)
};

/// One entry of the server's user directory (GET /v1/directory): who records can belong to.
struct DirectoryUser {
    QString id;
    QString name;
    QString role; ///< rep, manager, admin
    QString managerId;
    QString team;
    bool active = true;
};

struct Directory {
    QList<DirectoryUser> users;
};

/// The newest client store schema (PRAGMA user_version) this build of the protocol knows; a
/// server announces it as the upper end of what it accepts, so a client from a newer release
/// learns that the server must be updated first.
constexpr int kClientSchema = 19;

struct Hello {
    int protocolVersion = kProtocolVersion;
    int minClientSchema = 1;
    int maxClientSchema = kClientSchema;
    qint64 serverTimeMs = 0;
    Limits limits;
    QString serverId; ///< the server store's identity, the same at every address (empty: an older server)
};

/// POST /v1/auth/token: a password sign-in on one device (client id, registered on first use).
struct SignInRequest {
    QString user;
    QString password;
    QString clientId;
};

/// POST /v1/auth/refresh: a refresh token, used once.
struct RefreshRequest {
    QString refreshToken;
};

/// The answer to a sign-in or a refresh.
struct TokenResponse {
    QString accessToken;
    QString refreshToken;
    qint64 expiresInMs = 0; ///< the access token's lifetime from now
    QString userId;
    qint64 deviceNumber = 0; ///< this device's number on the server (quote numbers); 0 from older servers
};

/// Every 4xx/5xx answer carries one: a stable machine code and an English message naming what is
/// wrong (clients show their own translated text for the codes they know).
struct ErrorBody {
    QString error; ///< e.g. invalid_request, invalid_credentials, too_many_attempts, expected_seq
    QString message;
    qint64 retryAfterMs = 0; ///< too_many_attempts: when to try again
    qint64 expectedSeq = 0;  ///< expected_seq (HTTP 409): the seq the server waits for
};

QString opName(Op op);
QString statusName(MutationStatus status);

QJsonObject toJson(const Mutation& m);
QJsonObject toJson(const PushRequest& r);
QJsonObject toJson(const MutationResult& r);
QJsonObject toJson(const PushResponse& r);
QJsonObject toJson(const Change& c);
QJsonObject toJson(const PullPage& p);
QJsonObject toJson(const Hello& h);
QJsonObject toJson(const SignInRequest& r);
QJsonObject toJson(const RefreshRequest& r);
QJsonObject toJson(const TokenResponse& r);
QJsonObject toJson(const ErrorBody& e);
QJsonObject toJson(const Directory& d);

/// Each parser accepts exactly what the matching toJson() writes: unknown members, wrong types,
/// values out of range and more entries than `limits` allow are InvalidInput errors whose message
/// names the member ("mutations[2].op must be one of insert, update, delete, restore").
[[nodiscard]] Result<PushRequest> parsePushRequest(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<PushResponse> parsePushResponse(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<PullPage> parsePullPage(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<Hello> parseHello(const QByteArray& body);
[[nodiscard]] Result<SignInRequest> parseSignInRequest(const QByteArray& body);
[[nodiscard]] Result<RefreshRequest> parseRefreshRequest(const QByteArray& body);
[[nodiscard]] Result<TokenResponse> parseTokenResponse(const QByteArray& body);
[[nodiscard]] Result<ErrorBody> parseErrorBody(const QByteArray& body);
[[nodiscard]] Result<Directory> parseDirectory(const QByteArray& body, const Limits& limits);

/// Bodies of the small auth messages and errors are at most this long.
constexpr qint64 kMaxSmallBodyBytes = 64 * 1024;

} // namespace Fieldbook::Wire
