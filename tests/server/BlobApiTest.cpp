#include "HttpApiFixture.h"
#include "StringMakers.h"
#include "auth/AuthService.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;
using Test::errorOf;
using Test::HttpApiFixture;
using Test::jsonOf;

namespace {

/// rob's device with one attachment naming `content`, and what the API answers about blobs.
struct BlobFixture : HttpApiFixture {
    QByteArray content = QByteArray("The quarterly offer, signed. ").repeated(100); // 2,900 bytes
    QString sha256 = Wire::sha256Of(content);
    Wire::TokenResponse rob = signIn();

    /// rob's contact c-1 (mutation 1 of laptop-1) with the attachment att-1 (mutation 2).
    BlobFixture() {
        REQUIRE(push(rob, u"laptop-1"_s, {contactInsert(1, u"c-1"_s)}).status == 200);
        attach(u"att-1"_s, sha256, 2);
    }

    /// Pushes an attachment of rob's on contact c-1 that names `hash` as mutation `seq` of laptop-1.
    void attach(const QString& id, const QString& hash, qint64 seq) {
        Wire::Mutation m = contactInsert(seq, id);
        m.table = u"attachments"_s;
        m.fields = {{u"record_table"_s, u"contacts"_s},
                    {u"record_id"_s, u"c-1"_s},
                    {u"file_name"_s, u"offer.pdf"_s},
                    {u"mime_type"_s, u"application/pdf"_s},
                    {u"size"_s, content.size()},
                    {u"sha256"_s, hash},
                    {u"owner_id"_s, robId}};
        REQUIRE(push(rob, u"laptop-1"_s, {m}).status == 200);
    }

    /// Signs in a user added with role and manager; returns the access token.
    QString addUser(const QString& name, Role role, const QString& manager = {}) {
        REQUIRE(UserDirectory(*db).add(name, role, manager).has_value());
        REQUIRE(AuthService(*db, {}, kTestIterations).setPassword(name, u"a long password"_s));
        const HttpResponse answer = signInRaw(name, u"a long password"_s, name + u"-laptop"_s);
        REQUIRE(answer.status == 200);
        return Wire::parseTokenResponse(answer.body).value().accessToken;
    }

    HttpResponse send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
                      const QHash<QByteArray, QByteArray>& headers = {}) {
        HttpRequest request{method, path, {}, headers, body};
        if (!token.isEmpty())
            request.headers.insert("authorization", "Bearer " + token.toLatin1());
        return api->handle(request);
    }

    /// PUTs bytes `first` to `last` of `bytes` (of `total`, by default all of them) to /v1/blobs/<hash>.
    HttpResponse put(const QString& hash, const QByteArray& bytes, qint64 first, qint64 last, const QString& token = {},
                     std::optional<qint64> total = std::nullopt) {
        const Wire::ByteRange range{first, last, total.value_or(bytes.size())};
        return send("PUT", u"/v1/blobs/"_s + hash, bytes.mid(first, last - first + 1),
                    token.isEmpty() ? rob.accessToken : token, {{"content-range", Wire::contentRange(range)}});
    }

    HttpResponse fetch(const QString& hash, const QString& token, const QByteArray& range = {}) {
        return send("GET", u"/v1/blobs/"_s + hash, {}, token,
                    range.isEmpty() ? QHash<QByteArray, QByteArray>{}
                                    : QHash<QByteArray, QByteArray>{{"range", range}});
    }

    /// What POST /v1/blobs/missing says of `hashes`: hash -> bytes received.
    QHash<QString, qint64> missing(const QStringList& hashes, const QString& token = {}) {
        const HttpResponse answer =
            send("POST", u"/v1/blobs/missing"_s, QJsonDocument(Wire::toJson(Wire::BlobQuery{hashes})).toJson(),
                 token.isEmpty() ? rob.accessToken : token);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        QHash<QString, qint64> lacking;
        const Wire::MissingBlobs parsed = Wire::parseMissingBlobs(answer.body).value();
        for (const Wire::MissingBlob& blob : parsed.missing)
            lacking.insert(blob.sha256, blob.received);
        return lacking;
    }
};

Wire::BlobUpload uploadOf(const HttpResponse& response) {
    INFO(response.status << " " << response.body.toStdString());
    REQUIRE(response.status == 200);
    return Wire::parseBlobUpload(response.body).value();
}

} // namespace

TEST_CASE("an attachment's content goes up in parts and is served only once its SHA-256 matched",
          "[server][http][attachments]") {
    BlobFixture f;
    CHECK(f.missing({f.sha256}) == QHash<QString, qint64>{{f.sha256, 0}});
    const Wire::BlobUpload first = uploadOf(f.put(f.sha256, f.content, 0, 999));
    CHECK(first.received == 1000);
    CHECK_FALSE(first.complete);
    CHECK(errorOf(f.fetch(f.sha256, f.rob.accessToken)).error == u"not_found"_s); // not all there: not visible
    CHECK(f.missing({f.sha256}) == QHash<QString, qint64>{{f.sha256, 1000}});     // where a resumed upload goes on

    const Wire::BlobUpload last = uploadOf(f.put(f.sha256, f.content, 1000, f.content.size() - 1));
    CHECK(last.complete);
    CHECK(last.size == f.content.size());
    CHECK(f.missing({f.sha256}).isEmpty());
    // Sent again by a device whose answer was lost: accepted, nothing stored twice.
    CHECK(uploadOf(f.put(f.sha256, f.content, 0, 999)).complete);

    const HttpResponse whole = f.fetch(f.sha256, f.rob.accessToken);
    CHECK(whole.status == 200);
    CHECK(whole.contentType == "application/octet-stream");
    CHECK(whole.body == f.content);
    const HttpResponse part = f.fetch(f.sha256, f.rob.accessToken, "bytes=990-1009");
    CHECK(part.status == 206);
    CHECK(part.headers.value("Content-Range") == "bytes 990-1009/2900");
    CHECK(part.body == f.content.mid(990, 20));
    const HttpResponse tail = f.fetch(f.sha256, f.rob.accessToken, "bytes=2000-");
    CHECK(tail.headers.value("Content-Range") == "bytes 2000-2899/2900");
    CHECK(tail.body == f.content.mid(2000));
    CHECK_FALSE(tail.headers.contains("Content-Encoding")); // ranges count the file's own bytes
}

TEST_CASE("the server refuses contents over the limit, with another hash or out of order, and says why",
          "[server][http][attachments]") {
    BlobFixture f;
    const qint64 limit = HttpApiFixture::testLimits().maxBlobBytes;
    const HttpResponse tooLarge = f.put(f.sha256, f.content, 0, 99, {}, limit + 1);
    CHECK(tooLarge.status == 413);
    CHECK(errorOf(tooLarge).error == u"too_large"_s);
    CHECK(errorOf(tooLarge).message.contains(QString::number(limit + 1)));
    CHECK(errorOf(tooLarge).message.contains(QString::number(limit)));

    const HttpResponse gap = f.put(f.sha256, f.content, 500, 999);
    CHECK(gap.status == 409);
    CHECK(errorOf(gap).message.contains(u"first 0 bytes"_s));
    const HttpResponse badRange =
        f.send("PUT", u"/v1/blobs/"_s + f.sha256, "abc", f.rob.accessToken, {{"content-range", "bytes 0-9/3"}});
    CHECK(badRange.status == 400);
    CHECK(errorOf(badRange).message.contains(u"Content-Range"_s));
    const HttpResponse shortBody =
        f.send("PUT", u"/v1/blobs/"_s + f.sha256, "abc", f.rob.accessToken, {{"content-range", "bytes 0-9/2900"}});
    CHECK(shortBody.status == 400);

    // Bytes that are not what the name says: refused at the last part, naming both hashes, and discarded.
    QByteArray other = f.content;
    other[7] = 'X';
    REQUIRE(uploadOf(f.put(f.sha256, other, 0, 1999)).received == 2000);
    const HttpResponse wrong = f.put(f.sha256, other, 2000, other.size() - 1);
    CHECK(wrong.status == 422);
    CHECK(errorOf(wrong).error == u"hash_mismatch"_s);
    CHECK(errorOf(wrong).message.contains(Wire::sha256Of(other)));
    CHECK(errorOf(wrong).message.contains(f.sha256));
    CHECK(f.missing({f.sha256}) == QHash<QString, qint64>{{f.sha256, 0}});
    CHECK(errorOf(f.fetch(f.sha256, f.rob.accessToken)).error == u"not_found"_s);
    // The right bytes still go up afterwards.
    CHECK(uploadOf(f.put(f.sha256, f.content, 0, f.content.size() - 1)).complete);
}

TEST_CASE("only a caller with an attachment in their scope naming a content reaches it",
          "[server][http][attachments]") {
    BlobFixture f;
    REQUIRE(uploadOf(f.put(f.sha256, f.content, 0, f.content.size() - 1)).complete);
    const QString sue = f.addUser(u"sue"_s, Role::Rep);     // a rep of another team
    const QString max = f.addUser(u"max"_s, Role::Manager); // a manager, but not rob's
    CHECK(errorOf(f.fetch(f.sha256, sue)).error == u"forbidden"_s);
    CHECK(f.put(f.sha256, f.content, 0, 99, sue).status == 403);
    // Asked about, the content looks missing to sue: the answer tells nothing of others' files.
    CHECK(f.missing({f.sha256}, sue) == QHash<QString, qint64>{{f.sha256, 0}});
    CHECK(errorOf(f.fetch(f.sha256, max)).error == u"forbidden"_s); // rob is not under max

    // Deleted, the attachment no longer opens the content, to rob either.
    Wire::Mutation removal = f.contactInsert(3, u"att-1"_s);
    removal.table = u"attachments"_s;
    removal.op = Wire::Op::Delete;
    removal.baseRowVersion = 1'000'000;
    removal.fields = {};
    REQUIRE(f.push(f.rob, u"laptop-1"_s, {removal}).status == 200);
    CHECK(errorOf(f.fetch(f.sha256, f.rob.accessToken)).error == u"forbidden"_s);
    CHECK(f.fetch(f.sha256, {}).status == 401);
}

TEST_CASE("a manager reaches the contents their team's attachments name", "[server][http][attachments]") {
    BlobFixture f;
    REQUIRE(uploadOf(f.put(f.sha256, f.content, 0, f.content.size() - 1)).complete);
    const QString boss = f.addUser(u"boss"_s, Role::Manager);
    REQUIRE(f.db->run(u"UPDATE users SET manager_id = (SELECT id FROM users WHERE name = 'boss') WHERE name = 'rob'"_s,
                      {}));
    const HttpResponse fetched = f.fetch(f.sha256, boss);
    CHECK(fetched.status == 200);
    CHECK(fetched.body == f.content);
}

TEST_CASE("blob requests that name no content, a range past the end or a wrong method are refused",
          "[server][http][attachments]") {
    BlobFixture f;
    REQUIRE(uploadOf(f.put(f.sha256, f.content, 0, f.content.size() - 1)).complete);
    const HttpResponse past = f.fetch(f.sha256, f.rob.accessToken, "bytes=5000-");
    CHECK(past.status == 416);
    CHECK(past.headers.value("Content-Range") == "bytes */2900");
    CHECK(f.fetch(f.sha256, f.rob.accessToken, "bytes=-500").status == 400); // suffix ranges are not taken
    CHECK(f.fetch(f.sha256.toUpper(), f.rob.accessToken).status == 400);
    CHECK(errorOf(f.fetch(u"nothex"_s, f.rob.accessToken)).message.contains(u"SHA-256"_s));
    CHECK(f.send("GET", u"/v1/blobs/missing"_s, {}, f.rob.accessToken).status == 405);
    CHECK(f.send("DELETE", u"/v1/blobs/"_s + f.sha256, {}, f.rob.accessToken).status == 405);
    CHECK(f.send("GET", u"/v1/blobs/"_s + f.sha256 + u"/more"_s, {}, f.rob.accessToken).status == 404);
    const HttpResponse query = f.send("POST", u"/v1/blobs/missing"_s, R"({"sha256":["abc"]})", f.rob.accessToken);
    CHECK(query.status == 400);
    CHECK(errorOf(query).message.contains(u"sha256[0]"_s));
}

TEST_CASE("an empty file is a content too", "[server][http][attachments]") {
    BlobFixture f;
    const QString empty = Wire::sha256Of({});
    f.attach(u"att-2"_s, empty, 3);
    const HttpResponse put =
        f.send("PUT", u"/v1/blobs/"_s + empty, {}, f.rob.accessToken, {{"content-range", "bytes */0"}});
    CHECK(uploadOf(put).complete);
    const HttpResponse fetched = f.fetch(empty, f.rob.accessToken);
    CHECK(fetched.status == 200);
    CHECK(fetched.body.isEmpty());
}

TEST_CASE("hello announces the largest attachment the server takes", "[server][http][attachments]") {
    BlobFixture f;
    const auto hello = Wire::parseHello(f.get(u"/v1/sync/hello"_s).body);
    REQUIRE(hello.has_value());
    CHECK(hello->limits.maxBlobBytes == Wire::kMaxBlobBytes);
}
