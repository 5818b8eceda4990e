#include "HttpApiFixture.h"
#include "StringMakers.h"
#include "protocol/Gzip.h"

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

QByteArray pushBody(const QString& clientId, const QList<Wire::Mutation>& mutations) {
    return QJsonDocument(Wire::toJson(Wire::PushRequest{clientId, mutations})).toJson(QJsonDocument::Compact);
}

/// A push body with one change made to its JSON: the way a broken or hostile client would send it.
QByteArray editedPush(HttpApiFixture& f, const std::function<void(QJsonObject&)>& edit) {
    QJsonObject body = Wire::toJson(Wire::PushRequest{u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)}});
    edit(body);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("a contact pushed over HTTP comes back in a pull", "[server][http][sync]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    const HttpResponse pushed = f.push(tokens, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    REQUIRE(pushed.status == 200);
    const auto results = Wire::parsePushResponse(pushed.body, HttpApiFixture::testLimits()).value().results;
    REQUIRE(results.size() == 1);
    CHECK(results.first().status == Wire::MutationStatus::Applied);
    // Sent again (the answer was lost): the stored answer, nothing applied twice.
    const HttpResponse again = f.push(tokens, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    CHECK(again.body == pushed.body);

    const Wire::TokenResponse desk = f.signIn(u"desk-1"_s);
    const HttpResponse pulled = f.get(u"/v1/sync/pull?limit=10"_s, desk.accessToken);
    REQUIRE(pulled.status == 200);
    const auto page = Wire::parsePullPage(pulled.body, HttpApiFixture::testLimits()).value();
    REQUIRE(page.changes.size() == 1);
    CHECK(page.changes.first().id == u"c1"_s);
    CHECK(page.changes.first().fields.value(u"first_name"_s) == u"Ada"_s);
    CHECK_FALSE(page.hasMore);
    const auto next =
        Wire::parsePullPage(f.get(u"/v1/sync/pull?cursor="_s + page.nextCursor, desk.accessToken).body, {});
    CHECK(next.value().changes.isEmpty());
}

TEST_CASE("a change pushed again under a new client id answers its stored result, not 503", "[server][http][sync]") {
    HttpApiFixture f;
    const HttpResponse pushed = f.push(f.signIn(), u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    REQUIRE(pushed.status == 200);
    // The device registered again and sends the change it did not see answered, as its first.
    Wire::Mutation again = f.contactInsert(1, u"c1"_s, u"laptop-2"_s);
    again.mutationId = f.contactInsert(1, u"c1"_s).mutationId;
    const HttpResponse resent =
        f.push(f.signIn(u"laptop-2"_s), u"laptop-2"_s, {again, f.contactInsert(2, u"c2"_s, u"laptop-2"_s)});
    REQUIRE(resent.status == 200);
    const auto results = Wire::parsePushResponse(resent.body, HttpApiFixture::testLimits()).value().results;
    REQUIRE(results.size() == 2);
    CHECK(results.at(0).mutationId == again.mutationId);
    CHECK(results.at(0).rowVersion ==
          Wire::parsePushResponse(pushed.body, HttpApiFixture::testLimits()).value().results.first().rowVersion);
    CHECK(results.at(1).status == Wire::MutationStatus::Applied);
    CHECK(f.db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == 2);
}

TEST_CASE("pull refuses a limit outside 1 to the announced maximum and unknown parameters", "[server][http][sync]") {
    HttpApiFixture f;
    const QString token = f.signIn().accessToken;
    CHECK(f.get(u"/v1/sync/pull"_s, token).status == 200);
    CHECK(f.get(u"/v1/sync/pull?limit=1"_s, token).status == 200);
    CHECK(f.get(u"/v1/sync/pull?limit=100"_s, token).status == 200);
    for (const QString& query : {u"limit=0"_s, u"limit=101"_s, u"limit=ten"_s, u"limit="_s, u"limit=-5"_s}) {
        INFO(query.toStdString());
        const HttpResponse response = f.get(u"/v1/sync/pull?"_s + query, token);
        CHECK(response.status == 400);
        CHECK(errorOf(response).message.contains(u"limit"_s));
    }
    CHECK(errorOf(f.get(u"/v1/sync/pull?colour=red"_s, token)).message.contains(u"colour"_s));
    CHECK(errorOf(f.get(u"/v1/sync/pull?cursor=not-ours"_s, token)).error == u"invalid_request"_s);
}

TEST_CASE("a push naming another device than the token's is forbidden", "[server][http][sync]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn(u"laptop-1"_s);
    const HttpResponse response = f.push(tokens, u"desk-1"_s, {f.contactInsert(1, u"c1"_s, u"desk-1"_s)});
    CHECK(response.status == 403);
    CHECK(errorOf(response).error == u"forbidden"_s);
}

TEST_CASE("a gap in the pushed sequence answers 409 with the expected seq", "[server][http][sync]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    REQUIRE(f.push(tokens, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)}).status == 200);
    const HttpResponse gap = f.push(tokens, u"laptop-1"_s, {f.contactInsert(3, u"c3"_s)});
    REQUIRE(gap.status == 409);
    const Wire::ErrorBody error = errorOf(gap);
    CHECK(error.error == u"expected_seq"_s);
    CHECK(error.expectedSeq == 2);
    CHECK(f.push(tokens, u"laptop-1"_s, {f.contactInsert(2, u"c2"_s), f.contactInsert(3, u"c3"_s)}).status == 200);
}

TEST_CASE("malformed push bodies answer 400 naming what is wrong", "[server][http][sync]") {
    HttpApiFixture f;
    const QString token = f.signIn().accessToken;
    const auto refused = [&](const QByteArray& body) {
        const HttpResponse response = f.post(u"/v1/sync/push"_s, body, token);
        CHECK(response.status == 400);
        const Wire::ErrorBody error = errorOf(response);
        CHECK(error.error == u"invalid_request"_s);
        return error.message;
    };
    CHECK(refused("{\"client_id\": \"laptop-1\", \"mutations\": [").contains(u"JSON"_s));
    CHECK(refused("[]").contains(u"object"_s));
    CHECK(refused(editedPush(f, [](QJsonObject& o) { o.insert(u"colour"_s, u"red"_s); })).contains(u"colour"_s));
    CHECK(refused(editedPush(f, [](QJsonObject& o) { o.insert(u"client_id"_s, 5); })).contains(u"client_id"_s));
    const QString nested = refused(editedPush(f, [](QJsonObject& o) {
        QJsonArray mutations = o.value(u"mutations"_s).toArray();
        QJsonObject first = mutations.first().toObject();
        first.insert(u"op"_s, u"explode"_s);
        mutations.replace(0, first);
        o.insert(u"mutations"_s, mutations);
    }));
    CHECK(nested.contains(u"mutations[0].op"_s));

    QList<Wire::Mutation> tooMany;
    for (int seq = 1; seq <= HttpApiFixture::testLimits().maxMutationsPerPush + 1; ++seq)
        tooMany.append(f.contactInsert(seq, u"c%1"_s.arg(seq)));
    CHECK(refused(pushBody(u"laptop-1"_s, tooMany)).contains(u"mutations"_s));
    // Nothing of it was applied.
    CHECK(f.push(f.signIn(), u"laptop-1"_s, {f.contactInsert(2, u"c2"_s)}).status == 409);
}

TEST_CASE("bodies over the limit answer 413, also when they only grow beyond it once inflated",
          "[server][http][sync]") {
    HttpApiFixture f;
    const QString token = f.signIn().accessToken;
    const qint64 limit = HttpApiFixture::testLimits().maxBodyBytes;
    const QByteArray oversized =
        pushBody(u"laptop-1"_s, {f.contactInsert(1, u"c1"_s, u"laptop-1"_s, QString(int(limit), u'x'))});
    const HttpResponse tooLarge = f.post(u"/v1/sync/push"_s, oversized, token);
    CHECK(tooLarge.status == 413);
    CHECK(errorOf(tooLarge).error == u"too_large"_s);

    // A gzip bomb: a few kilobytes that inflate to 40 MB.
    const QByteArray bomb = Gzip::compress(QByteArray(40 * 1024 * 1024, ' '));
    REQUIRE(bomb.size() < limit);
    const HttpResponse bombed = f.post(u"/v1/sync/push"_s, bomb, token, {{"content-encoding", "gzip"}});
    CHECK(bombed.status == 413);
    CHECK(errorOf(bombed).error == u"too_large"_s);
    // The sign-in takes small bodies only.
    const QByteArray bigSignIn = Gzip::compress(QByteArray(Wire::kMaxSmallBodyBytes + 1, ' '));
    CHECK(f.post(u"/v1/auth/token"_s, bigSignIn, {}, {{"content-encoding", "gzip"}}).status == 413);
}

TEST_CASE("gzip request bodies are inflated, other encodings answer 415", "[server][http][sync]") {
    HttpApiFixture f;
    const QString token = f.signIn().accessToken;
    const QByteArray plain = pushBody(u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    const HttpResponse zipped =
        f.post(u"/v1/sync/push"_s, Gzip::compress(plain), token, {{"content-encoding", "gzip"}});
    REQUIRE(zipped.status == 200);
    CHECK(Wire::parsePushResponse(zipped.body, {})->results.size() == 1);

    QByteArray corrupt = Gzip::compress(plain);
    corrupt[corrupt.size() / 2] = char(~corrupt.at(corrupt.size() / 2)); // its checksum no longer matches
    const HttpResponse damaged = f.post(u"/v1/sync/push"_s, corrupt, token, {{"content-encoding", "gzip"}});
    CHECK(damaged.status == 400);
    CHECK(errorOf(damaged).error == u"invalid_request"_s);
    const HttpResponse brotli = f.post(u"/v1/sync/push"_s, plain, token, {{"content-encoding", "br"}});
    CHECK(brotli.status == 415);
    CHECK(errorOf(brotli).error == u"unsupported_encoding"_s);
}

TEST_CASE("responses over 1 KiB are gzipped when the client accepts gzip", "[server][http][sync]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    REQUIRE(f.push(tokens, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s, u"laptop-1"_s, QString(4000, u'n'))}).status ==
            200);
    const auto pull = [&](const QByteArray& acceptEncoding) {
        Server::HttpRequest request{"GET", u"/v1/sync/pull"_s, {}, {}, {}};
        request.headers.insert("authorization", "Bearer " + tokens.accessToken.toLatin1());
        if (!acceptEncoding.isEmpty())
            request.headers.insert("accept-encoding", acceptEncoding);
        return f.api->handle(request);
    };
    const HttpResponse plain = pull({});
    REQUIRE(plain.status == 200);
    CHECK_FALSE(plain.headers.contains("Content-Encoding"));
    REQUIRE(plain.body.size() > 4000);

    const HttpResponse zipped = pull("gzip, deflate");
    REQUIRE(zipped.status == 200);
    CHECK(zipped.headers.value("Content-Encoding") == "gzip");
    CHECK(zipped.body.size() < plain.body.size());
    CHECK(Gzip::decompress(zipped.body, 1024 * 1024).value() == plain.body);

    const HttpResponse small = f.api->handle({"GET", u"/v1/sync/hello"_s, {}, {{"accept-encoding", "gzip"}}, {}});
    CHECK_FALSE(small.headers.contains("Content-Encoding"));
    CHECK(jsonOf(small).contains(u"limits"_s));
}
