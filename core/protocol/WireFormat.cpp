#include "WireFormat.h"

#include "JsonReader.h"

#include <QCoreApplication>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook::Wire {

namespace {

constexpr qsizetype kIdChars = 64; ///< UUIDs, client ids, table names
constexpr qsizetype kHlcChars = 64;
constexpr qsizetype kMessageChars = 2000;
constexpr qint64 kMaxInt = (qint64(1) << 53); ///< exact in a JSON number

constexpr std::array kOps{Op::Insert, Op::Update, Op::Delete, Op::Restore};
constexpr std::array kChangeKinds{Change::Kind::Upsert, Change::Kind::Revoke};
constexpr std::array kStatuses{MutationStatus::Applied, MutationStatus::Merged, MutationStatus::Conflict,
                               MutationStatus::Rejected};

QString kindName(Change::Kind kind) {
    return kind == Change::Kind::Revoke ? u"revoke"_s : u"upsert"_s;
}

template<class Enum, size_t N>
Enum named(JsonReader& in, QStringView key, const std::array<Enum, N>& values, QString (*name)(Enum)) {
    const QString text = in.text(key, kIdChars);
    for (Enum value : values)
        if (name(value) == text)
            return value;
    if (in.ok()) {
        QStringList names;
        for (Enum value : values)
            names.append(name(value));
        in.problem(
            QCoreApplication::translate("JsonReader", "%1 must be one of %2").arg(in.pathOf(key), names.join(u", "_s)));
    }
    return values.front();
}

/// Field values are JSON scalars: text within the limit, numbers, booleans or null.
QJsonObject fieldValues(JsonReader& in, QStringView key, const Limits& limits, bool required) {
    const QJsonObject fields = in.object(key, required);
    if (fields.size() > limits.maxFieldsPerRecord) {
        in.problem(QCoreApplication::translate("JsonReader", "%1 has more than %2 fields")
                       .arg(in.pathOf(key))
                       .arg(limits.maxFieldsPerRecord));
        return {};
    }
    JsonReader values = in.child(fields, key.toString());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key().isEmpty() || it.key().size() > kIdChars)
            values.problem(QCoreApplication::translate("JsonReader", "%1 has a field name that is empty or too long")
                               .arg(in.pathOf(key)));
        else if (it->isString())
            values.text(it.key(), limits.maxTextChars);
        else if (it->isObject() || it->isArray())
            values.problem(QCoreApplication::translate("JsonReader", "%1 must be text, a number, true, false or null")
                               .arg(values.pathOf(it.key())));
    }
    return fields;
}

template<class T, class ReadOne>
QList<T> readList(JsonReader& in, QStringView key, qsizetype maxItems, ReadOne readOne) {
    const QJsonArray array = in.array(key, maxItems);
    QList<T> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && in.ok(); ++i) {
        const QString path = u"%1[%2]"_s.arg(key).arg(i);
        if (!array.at(i).isObject()) {
            in.problem(QCoreApplication::translate("JsonReader", "%1 must be an object").arg(in.pathOf(path)));
            break;
        }
        JsonReader item = in.child(array.at(i).toObject(), path);
        list.append(readOne(item));
    }
    return list;
}

template<class T, class ReadTop>
Result<T> parse(const QByteArray& body, qint64 maxBytes, ReadTop readTop) {
    auto object = parseJsonObject(body, maxBytes);
    if (!object)
        return std::unexpected(object.error());
    QStringList problem;
    JsonReader in(*object, {}, &problem);
    T value = readTop(in);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem.first());
    return value;
}

Mutation readMutation(JsonReader& in, const Limits& limits) {
    in.allowOnly(
        {u"seq", u"mutation_id", u"table", u"record_id", u"op", u"base_row_version", u"fields", u"base", u"hlc"});
    Mutation m;
    m.seq = in.integer(u"seq", 1, kMaxInt);
    m.mutationId = in.text(u"mutation_id", kIdChars);
    m.table = in.text(u"table", kIdChars);
    m.recordId = in.text(u"record_id", kIdChars);
    m.op = named(in, u"op", kOps, &opName);
    m.baseRowVersion = in.integer(u"base_row_version", 0, kMaxInt);
    m.fields = fieldValues(in, u"fields", limits, true);
    m.base = fieldValues(in, u"base", limits, false);
    m.hlc = in.text(u"hlc", kHlcChars);
    return m;
}

MutationResult readResult(JsonReader& in) {
    in.allowOnly({u"seq", u"mutation_id", u"status", u"row_version", u"conflict_fields", u"message"});
    MutationResult r;
    r.seq = in.integer(u"seq", 1, kMaxInt);
    r.mutationId = in.text(u"mutation_id", kIdChars);
    r.status = named(in, u"status", kStatuses, &statusName);
    r.rowVersion = in.integer(u"row_version", 0, kMaxInt);
    const QJsonArray fields = in.array(u"conflict_fields", 256, false);
    for (const QJsonValue& f : fields) {
        if (!f.isString() || f.toString().isEmpty() || f.toString().size() > kIdChars) {
            in.problem(QCoreApplication::translate("JsonReader", "%1 must list field names")
                           .arg(in.pathOf(u"conflict_fields")));
            break;
        }
        r.conflictFields.append(f.toString());
    }
    r.message = in.text(u"message", kMessageChars, false);
    return r;
}

Change readChange(JsonReader& in, const Limits& limits) {
    in.allowOnly({u"kind", u"table", u"id", u"row_version", u"deleted", u"fields"});
    Change c;
    c.kind = named(in, u"kind", kChangeKinds, &kindName);
    c.table = in.text(u"table", kIdChars);
    c.id = in.text(u"id", kIdChars);
    c.rowVersion = in.integer(u"row_version", 0, kMaxInt);
    c.deleted = in.boolean(u"deleted", false);
    c.fields = fieldValues(in, u"fields", limits, false);
    return c;
}

} // namespace

QString opName(Op op) {
    switch (op) {
    case Op::Insert:
        return u"insert"_s;
    case Op::Update:
        return u"update"_s;
    case Op::Delete:
        return u"delete"_s;
    case Op::Restore:
        return u"restore"_s;
    }
    return {};
}

QString statusName(MutationStatus status) {
    switch (status) {
    case MutationStatus::Applied:
        return u"applied"_s;
    case MutationStatus::Merged:
        return u"merged"_s;
    case MutationStatus::Conflict:
        return u"conflict"_s;
    case MutationStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QJsonObject toJson(const Mutation& m) {
    QJsonObject o{{u"seq"_s, m.seq},       {u"mutation_id"_s, m.mutationId},
                  {u"table"_s, m.table},   {u"record_id"_s, m.recordId},
                  {u"op"_s, opName(m.op)}, {u"base_row_version"_s, m.baseRowVersion},
                  {u"fields"_s, m.fields}, {u"hlc"_s, m.hlc}};
    if (!m.base.isEmpty())
        o.insert(u"base"_s, m.base);
    return o;
}

QJsonObject toJson(const PushRequest& r) {
    QJsonArray mutations;
    for (const Mutation& m : r.mutations)
        mutations.append(toJson(m));
    return {{u"client_id"_s, r.clientId}, {u"mutations"_s, mutations}};
}

QJsonObject toJson(const MutationResult& r) {
    QJsonObject o{{u"seq"_s, r.seq},
                  {u"mutation_id"_s, r.mutationId},
                  {u"status"_s, statusName(r.status)},
                  {u"row_version"_s, r.rowVersion}};
    if (!r.conflictFields.isEmpty())
        o.insert(u"conflict_fields"_s, QJsonArray::fromStringList(r.conflictFields));
    if (!r.message.isEmpty())
        o.insert(u"message"_s, r.message);
    return o;
}

QJsonObject toJson(const PushResponse& r) {
    QJsonArray results;
    for (const MutationResult& m : r.results)
        results.append(toJson(m));
    return {{u"results"_s, results}};
}

QJsonObject toJson(const Change& c) {
    QJsonObject o{
        {u"kind"_s, kindName(c.kind)}, {u"table"_s, c.table}, {u"id"_s, c.id}, {u"row_version"_s, c.rowVersion}};
    if (c.kind == Change::Kind::Upsert) {
        o.insert(u"deleted"_s, c.deleted);
        o.insert(u"fields"_s, c.fields);
    }
    return o;
}

QJsonObject toJson(const PullPage& p) {
    QJsonArray changes;
    for (const Change& c : p.changes)
        changes.append(toJson(c));
    QJsonObject o{{u"changes"_s, changes}, {u"next_cursor"_s, p.nextCursor}, {u"has_more"_s, p.hasMore}};
    if (p.total > 0)
        o.insert(u"total"_s, p.total);
    return o;
}

QJsonObject toJson(const Hello& h) {
    QJsonObject o{{u"protocol_version"_s, h.protocolVersion},
                  {u"min_client_schema"_s, h.minClientSchema},
                  {u"max_client_schema"_s, h.maxClientSchema},
                  {u"server_time_ms"_s, h.serverTimeMs},
                  {u"limits"_s, QJsonObject{{u"max_body_bytes"_s, h.limits.maxBodyBytes},
                                            {u"max_mutations_per_push"_s, h.limits.maxMutationsPerPush},
                                            {u"max_fields_per_record"_s, h.limits.maxFieldsPerRecord},
                                            {u"max_text_chars"_s, h.limits.maxTextChars},
                                            {u"max_pull_limit"_s, h.limits.maxPullLimit},
                                            {u"max_blob_bytes"_s, h.limits.maxBlobBytes}}}};
    if (!h.serverId.isEmpty())
        o.insert(u"server_id"_s, h.serverId);
    return o;
}

Result<PushRequest> parsePushRequest(const QByteArray& body, const Limits& limits) {
    return parse<PushRequest>(body, limits.maxBodyBytes, [&](JsonReader& in) {
        in.allowOnly({u"client_id", u"mutations"});
        PushRequest r;
        r.clientId = in.text(u"client_id", kIdChars);
        r.mutations = readList<Mutation>(in, u"mutations", limits.maxMutationsPerPush,
                                         [&](JsonReader& item) { return readMutation(item, limits); });
        return r;
    });
}

Result<PushResponse> parsePushResponse(const QByteArray& body, const Limits& limits) {
    return parse<PushResponse>(body, limits.maxBodyBytes, [&](JsonReader& in) {
        in.allowOnly({u"results"});
        PushResponse r;
        r.results = readList<MutationResult>(in, u"results", limits.maxMutationsPerPush, &readResult);
        return r;
    });
}

Result<PullPage> parsePullPage(const QByteArray& body, const Limits& limits) {
    return parse<PullPage>(body, limits.maxBodyBytes, [&](JsonReader& in) {
        in.allowOnly({u"changes", u"next_cursor", u"has_more", u"total"});
        PullPage p;
        p.changes = readList<Change>(in, u"changes", limits.maxPullLimit,
                                     [&](JsonReader& item) { return readChange(item, limits); });
        p.nextCursor = in.text(u"next_cursor", 256);
        p.hasMore = in.boolean(u"has_more");
        p.total = in.integer(u"total", 0, kMaxInt, false);
        return p;
    });
}

Result<Hello> parseHello(const QByteArray& body) {
    return parse<Hello>(body, kMaxSmallBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"protocol_version", u"min_client_schema", u"max_client_schema", u"server_time_ms", u"limits",
                      u"server_id"});
        Hello h;
        h.protocolVersion = int(in.integer(u"protocol_version", 1, std::numeric_limits<int>::max()));
        h.minClientSchema = int(in.integer(u"min_client_schema", 1, std::numeric_limits<int>::max()));
        h.maxClientSchema = int(in.integer(u"max_client_schema", 1, std::numeric_limits<int>::max()));
        h.serverTimeMs = in.integer(u"server_time_ms", 0, kMaxInt);
        h.serverId = in.text(u"server_id", kIdChars, false);
        JsonReader limits = in.child(in.object(u"limits"), u"limits"_s);
        limits.allowOnly({u"max_body_bytes", u"max_mutations_per_push", u"max_fields_per_record", u"max_text_chars",
                          u"max_pull_limit", u"max_blob_bytes"});
        h.limits.maxBodyBytes = limits.integer(u"max_body_bytes", 1024, kMaxInt);
        h.limits.maxMutationsPerPush = int(limits.integer(u"max_mutations_per_push", 1, 100'000));
        h.limits.maxFieldsPerRecord = int(limits.integer(u"max_fields_per_record", 1, 10'000));
        h.limits.maxTextChars = int(limits.integer(u"max_text_chars", 1, std::numeric_limits<int>::max()));
        h.limits.maxPullLimit = int(limits.integer(u"max_pull_limit", 1, 100'000));
        // Absent (0) from a server that announces no limit of its own: the protocol's applies.
        if (const qint64 blobBytes = limits.integer(u"max_blob_bytes", 1, kMaxInt, false); blobBytes > 0)
            h.limits.maxBlobBytes = blobBytes;
        return h;
    });
}

QJsonObject toJson(const SignInRequest& r) {
    return {{u"user"_s, r.user}, {u"password"_s, r.password}, {u"client_id"_s, r.clientId}};
}

QJsonObject toJson(const RefreshRequest& r) {
    return {{u"refresh_token"_s, r.refreshToken}};
}

QJsonObject toJson(const TokenResponse& r) {
    return {{u"access_token"_s, r.accessToken},
            {u"refresh_token"_s, r.refreshToken},
            {u"expires_in_ms"_s, r.expiresInMs},
            {u"user_id"_s, r.userId},
            {u"device_number"_s, r.deviceNumber}};
}

QJsonObject toJson(const ErrorBody& e) {
    QJsonObject o{{u"error"_s, e.error}, {u"message"_s, e.message}};
    if (e.retryAfterMs > 0)
        o.insert(u"retry_after_ms"_s, e.retryAfterMs);
    if (e.expectedSeq > 0)
        o.insert(u"expected_seq"_s, e.expectedSeq);
    return o;
}

Result<SignInRequest> parseSignInRequest(const QByteArray& body) {
    return parse<SignInRequest>(body, kMaxSmallBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"user", u"password", u"client_id"});
        SignInRequest r;
        r.user = in.text(u"user", 200);
        r.password = in.text(u"password", 1024);
        r.clientId = in.text(u"client_id", kIdChars);
        if (in.ok() && (r.user.isEmpty() || r.clientId.isEmpty()))
            in.problem(QCoreApplication::translate("JsonReader", "user and client_id must not be empty"));
        return r;
    });
}

Result<RefreshRequest> parseRefreshRequest(const QByteArray& body) {
    return parse<RefreshRequest>(body, kMaxSmallBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"refresh_token"});
        RefreshRequest r;
        r.refreshToken = in.text(u"refresh_token", 256);
        return r;
    });
}

Result<TokenResponse> parseTokenResponse(const QByteArray& body) {
    return parse<TokenResponse>(body, kMaxSmallBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"access_token", u"refresh_token", u"expires_in_ms", u"user_id", u"device_number"});
        TokenResponse r;
        r.accessToken = in.text(u"access_token", 256);
        r.refreshToken = in.text(u"refresh_token", 256);
        r.expiresInMs = in.integer(u"expires_in_ms", 0, kMaxInt);
        r.userId = in.text(u"user_id", kIdChars);
        r.deviceNumber = in.integer(u"device_number", 0, kMaxInt, false);
        return r;
    });
}

Result<ErrorBody> parseErrorBody(const QByteArray& body) {
    return parse<ErrorBody>(body, kMaxSmallBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"error", u"message", u"retry_after_ms", u"expected_seq"});
        ErrorBody e;
        e.error = in.text(u"error", kIdChars);
        e.message = in.text(u"message", kMessageChars);
        e.retryAfterMs = in.integer(u"retry_after_ms", 0, kMaxInt, false);
        e.expectedSeq = in.integer(u"expected_seq", 0, kMaxInt, false);
        return e;
    });
}

QJsonObject toJson(const Directory& d) {
    QJsonArray users;
    for (const DirectoryUser& u : d.users)
        users.append(QJsonObject{{u"id"_s, u.id},
                                 {u"name"_s, u.name},
                                 {u"role"_s, u.role},
                                 {u"manager_id"_s, u.managerId},
                                 {u"team"_s, u.team},
                                 {u"active"_s, u.active}});
    return {{u"users"_s, users}};
}

Result<Directory> parseDirectory(const QByteArray& body, const Limits& limits) {
    return parse<Directory>(body, limits.maxBodyBytes, [](JsonReader& in) {
        in.allowOnly({u"users"});
        Directory d;
        d.users = readList<DirectoryUser>(in, u"users", 100'000, [](JsonReader& item) {
            item.allowOnly({u"id", u"name", u"role", u"manager_id", u"team", u"active"});
            DirectoryUser u;
            u.id = item.text(u"id", kIdChars);
            u.name = item.text(u"name", 200);
            u.role = item.text(u"role", kIdChars);
            u.managerId = item.text(u"manager_id", kIdChars);
            u.team = item.text(u"team", 200);
            u.active = item.boolean(u"active");
            return u;
        });
        return d;
    });
}

} // namespace Fieldbook::Wire
