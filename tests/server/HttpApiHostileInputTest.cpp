#include "HttpApiFixture.h"
#include "StringMakers.h"
#include "protocol/WireFormat.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("a body cut at every byte answers 400 naming the problem, and nothing is stored", "[server][http][fuzz]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    Wire::Mutation m = f.contactInsert(1, u"c1"_s);
    m.fields.insert(u"notes"_s, u"多字节 \"quoted\" \\ text"_s);
    struct Target {
        QString path;
        QByteArray body;
        QString token;
    };
    const Target targets[] = {
        {u"/v1/sync/push"_s, compact(Wire::toJson(Wire::PushRequest{u"laptop-1"_s, {m}})), tokens.accessToken},
        {u"/v1/auth/token"_s, compact(Wire::toJson(Wire::SignInRequest{u"rob"_s, u"x"_s, u"laptop-2"_s})), {}},
        {u"/v1/auth/refresh"_s, compact(Wire::toJson(Wire::RefreshRequest{tokens.refreshToken})), {}},
        {u"/v1/blobs/missing"_s, R"({"sha256":["00"]})"_ba, tokens.accessToken},
    };
    for (const Target& target : targets) {
        for (qsizetype cut = 0; cut < target.body.size(); ++cut) {
            const HttpResponse answer = f.post(target.path, target.body.left(cut), target.token);
            INFO(target.path.toStdString() << " cut at " << cut << ": " << answer.body.toStdString());
            REQUIRE(answer.status == 400);
            CHECK_FALSE(errorOf(answer).message.isEmpty());
        }
    }
    CHECK(jsonOf(f.get(u"/v1/sync/pull"_s, tokens.accessToken)).value(u"changes"_s).toArray().isEmpty());
}

TEST_CASE("JSON nested at any depth, or of the wrong shape at any level, answers 400", "[server][http][fuzz]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    const int depth = GENERATE(2, 3, 10, 64, 1000, 100'000); // [] alone is an empty list: allowed
    const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
    const QByteArray inObject = R"({"client_id":"laptop-1","mutations":)" + nested + "}";
    const QByteArray inMutation = R"({"client_id":"laptop-1","mutations":[{"seq":1,"fields":)" + nested + "}]}";
    for (const QByteArray& body : {nested, inObject, inMutation}) {
        const HttpResponse answer = f.post(u"/v1/sync/push"_s, body, tokens.accessToken);
        INFO("depth " << depth << ": " << answer.body.left(300).toStdString());
        CHECK(answer.status == 400);
        CHECK(errorOf(answer).error == u"invalid_request"_s);
    }
}

TEST_CASE("an access token anywhere but the Authorization header opens nothing", "[server][http][auth]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    const QString token = tokens.accessToken;
    CHECK(f.get(u"/v1/sync/pull"_s, token).status == 200); // where it belongs
    CHECK(f.get(u"/v1/sync/pull?access_token="_s + token).status == 401);
    CHECK(f.get(u"/v1/sync/pull?cursor="_s + token).status == 401);
    const QByteArray push = compact(Wire::toJson(Wire::PushRequest{u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)}}));
    CHECK(f.post(u"/v1/sync/push"_s, push, {}, {{"cookie", "access_token=" + token.toLatin1()}}).status == 401);
    CHECK(f.post(u"/v1/sync/push"_s, push, {}, {{"authorization", "Basic " + token.toLatin1()}}).status == 401);
    CHECK(f.post(u"/v1/sync/push"_s, push, {}, {{"authorization", token.toLatin1()}}).status == 401);
    CHECK(f.post(u"/v1/sync/push"_s, push, {}, {{"x-access-token", token.toLatin1()}}).status == 401);
    CHECK(f.get(u"/v1/sync/pull"_s, tokens.refreshToken).status == 401); // the other kind
}
