#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fieldbook::Wire {

/// The sync protocol of DESIGN.md section 5, version 1 (paths under /v1): the messages client and
/// server exchange, their JSON form, and strict parsing of what arrives from the other side.
constexpr int kProtocolVersion = 1;

/// What one side accepts; the server announces its limits in Hello.
struct Limits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxMutationsPerPush = 500;
    int maxFieldsPerRecord = 64;
    int maxTextChars = 1'000'000; ///< one field value (long notes)
    int maxPullLimit = 2000;      ///< changes per pull page
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
};

struct Hello {
    int protocolVersion = kProtocolVersion;
    int minClientSchema = 1;
    int maxClientSchema = 1;
    qint64 serverTimeMs = 0;
    Limits limits;
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

/// Each parser accepts exactly what the matching toJson() writes: unknown members, wrong types,
/// values out of range and more entries than `limits` allow are InvalidInput errors whose message
/// names the member ("mutations[2].op must be one of insert, update, delete, restore").
[[nodiscard]] Result<PushRequest> parsePushRequest(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<PushResponse> parsePushResponse(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<PullPage> parsePullPage(const QByteArray& body, const Limits& limits);
[[nodiscard]] Result<Hello> parseHello(const QByteArray& body);

} // namespace Fieldbook::Wire
