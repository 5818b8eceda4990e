#include "HttpApiFixture.h"
#include "StringMakers.h"
#include "auth/AuthService.h"
#include "http/HttpEncoding.h"
#include "storage/ServerDatabase.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;
using Test::errorOf;
using Test::HttpApiFixture;
using Test::jsonOf;

namespace {

/// Runs `sql` on the store at `location` through a connection of its own, as an operator would.
void tamper(const QString& location, const QString& sql) {
    const QUrl url(location);
    const bool postgres = url.scheme() == u"postgresql"_s;
    const QString name = u"http-api-test-tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (postgres) {
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        REQUIRE(db.open());
        QSqlQuery query(db);
        const bool done = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(done);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("hello answers without a token with the protocol, the server time and the limits", "[server][http]") {
    HttpApiFixture f;
    const HttpResponse response = f.get(u"/v1/sync/hello"_s);
    REQUIRE(response.status == 200);
    CHECK(response.contentType == "application/json");
    auto hello = Wire::parseHello(response.body);
    REQUIRE(hello.has_value());
    CHECK(hello->protocolVersion == Wire::kProtocolVersion);
    CHECK(hello->serverTimeMs == HttpApiFixture::kNow);
    CHECK(hello->minClientSchema == Wire::Hello{}.minClientSchema);
    CHECK(hello->maxClientSchema == Wire::Hello{}.maxClientSchema);
    CHECK(hello->limits.maxBodyBytes == HttpApiFixture::testLimits().maxBodyBytes);
    CHECK(hello->limits.maxMutationsPerPush == HttpApiFixture::testLimits().maxMutationsPerPush);
    CHECK(hello->limits.maxPullLimit == HttpApiFixture::testLimits().maxPullLimit);
}

TEST_CASE("hello names the server by an id that stays after a restart and differs between stores", "[server][http]") {
    HttpApiFixture f;
    const auto hello = Wire::parseHello(f.get(u"/v1/sync/hello"_s).body);
    REQUIRE(hello.has_value());
    CHECK(hello->serverId.size() >= 32);

    auto reopened = f.store.open(); // another process serving the same store, or a restart
    CHECK(reopened->serverId() == hello->serverId);
    Test::ServerStoreFixture other(Test::ServerBackend::Sqlite);
    CHECK(other.open()->serverId() != hello->serverId);
}

TEST_CASE("signing in answers tokens, and a wrong password or an unknown user answers 401", "[server][http][auth]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    CHECK(tokens.userId == f.robId);
    CHECK(tokens.expiresInMs == AuthService::kAccessTokenMs);
    CHECK(tokens.accessToken != tokens.refreshToken);

    const HttpResponse wrong = f.signInRaw(u"rob"_s, u"wrong horse"_s, u"laptop-1"_s);
    CHECK(wrong.status == 401);
    CHECK(errorOf(wrong).error == u"invalid_credentials"_s);
    const HttpResponse unknown = f.signInRaw(u"nobody"_s, u"correct horse"_s, u"laptop-1"_s);
    CHECK(unknown.status == 401);
    // The same answer for both, so that names cannot be probed.
    CHECK(errorOf(unknown).message == errorOf(wrong).message);
    CHECK(unknown.body == wrong.body);
}

TEST_CASE("six wrong passwords in a row answer 429 with Retry-After", "[server][http][auth]") {
    HttpApiFixture f;
    for (int i = 0; i < AuthService::kFreeAttempts; ++i)
        CHECK(f.signInRaw(u"rob"_s, u"guess %1"_s.arg(i), u"laptop-1"_s).status == 401);
    const HttpResponse throttled = f.signInRaw(u"rob"_s, u"sixth guess"_s, u"laptop-1"_s);
    REQUIRE(throttled.status == 429);
    const Wire::ErrorBody error = errorOf(throttled);
    CHECK(error.error == u"too_many_attempts"_s);
    CHECK(error.retryAfterMs == 1000);
    CHECK(throttled.headers.value("Retry-After") == "1");
    // Even the right password waits for the lock to pass.
    f.now += 999;
    CHECK(f.signInRaw(u"rob"_s, u"correct horse"_s, u"laptop-1"_s).headers.value("Retry-After") == "1");
    f.now += 1;
    CHECK(f.signInRaw(u"rob"_s, u"correct horse"_s, u"laptop-1"_s).status == 200);
}

TEST_CASE("a refresh token rotates once over HTTP, and its replay is refused", "[server][http][auth]") {
    HttpApiFixture f;
    const Wire::TokenResponse first = f.signIn();
    const auto refresh = [&](const QString& token) {
        return f.post(u"/v1/auth/refresh"_s, QJsonDocument(Wire::toJson(Wire::RefreshRequest{token})).toJson());
    };
    const HttpResponse rotated = refresh(first.refreshToken);
    REQUIRE(rotated.status == 200);
    const auto second = Wire::parseTokenResponse(rotated.body).value();
    CHECK(second.refreshToken != first.refreshToken);
    CHECK(second.userId == f.robId);
    CHECK(f.get(u"/v1/sync/pull"_s, second.accessToken).status == 200);

    const HttpResponse replayed = refresh(first.refreshToken);
    CHECK(replayed.status == 401);
    CHECK(errorOf(replayed).error == u"invalid_refresh_token"_s);
    // The replay ended the whole sign-in: the rotated tokens stop working too.
    CHECK(errorOf(refresh(second.refreshToken)).error == u"invalid_refresh_token"_s);
    CHECK(f.get(u"/v1/sync/pull"_s, second.accessToken).status == 401);
    CHECK(refresh(u"made-up"_s).status == 401);
}

TEST_CASE("push and pull without a valid access token answer 401", "[server][http][auth]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    const Wire::TokenResponse nobody{};
    const HttpResponse missing = f.push(nobody, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    CHECK(missing.status == 401);
    CHECK(errorOf(missing).error == u"invalid_token"_s);
    CHECK(missing.headers.value("WWW-Authenticate").startsWith("Bearer"));
    CHECK(errorOf(f.get(u"/v1/sync/pull"_s)).error == u"invalid_token"_s);
    CHECK(f.get(u"/v1/sync/pull"_s, u"made-up"_s).status == 401);
    CHECK(f.get(u"/v1/sync/pull"_s, tokens.refreshToken).status == 401); // not an access token

    f.now += AuthService::kAccessTokenMs + 1;
    const HttpResponse expired = f.push(tokens, u"laptop-1"_s, {f.contactInsert(1, u"c1"_s)});
    CHECK(expired.status == 401);
    CHECK(errorOf(expired).error == u"invalid_token"_s);
}

TEST_CASE("a revoked device is refused with 403 at sign-in, a disabled user like a wrong password, and 401 after",
          "[server][http][auth]") {
    HttpApiFixture f;
    const Wire::TokenResponse laptop = f.signIn(u"laptop-1"_s);
    const Wire::TokenResponse desk = f.signIn(u"desk-1"_s);
    REQUIRE(AuthService(*f.db).revokeDevice(u"laptop-1"_s));
    CHECK(f.get(u"/v1/sync/pull"_s, laptop.accessToken).status == 401);
    const HttpResponse revoked = f.signInRaw(u"rob"_s, u"correct horse"_s, u"laptop-1"_s);
    CHECK(revoked.status == 403);
    CHECK(errorOf(revoked).error == u"forbidden"_s);

    REQUIRE(UserDirectory(*f.db).setDisabled(u"rob"_s, true));
    CHECK(f.get(u"/v1/sync/pull"_s, desk.accessToken).status == 401);
    // A disabled user's right password is answered like a wrong one: the answer confirms nothing.
    const HttpResponse disabled = f.signInRaw(u"rob"_s, u"correct horse"_s, u"desk-1"_s);
    const HttpResponse wrong = f.signInRaw(u"rob"_s, u"wrong horse"_s, u"desk-1"_s);
    CHECK(disabled.status == 401);
    CHECK(errorOf(disabled).error == errorOf(wrong).error);
}

TEST_CASE("unknown paths answer 404 and known paths with the wrong method 405", "[server][http]") {
    HttpApiFixture f;
    const HttpResponse unknown = f.get(u"/v1/sync/nothing"_s);
    CHECK(unknown.status == 404);
    CHECK(errorOf(unknown).error == u"not_found"_s);
    CHECK(f.get(u"/"_s).status == 404);
    CHECK(f.post(u"/v2/sync/push"_s, "{}").status == 404);

    const HttpResponse wrongMethod = f.get(u"/v1/sync/push"_s);
    CHECK(wrongMethod.status == 405);
    CHECK(errorOf(wrongMethod).error == u"method_not_allowed"_s);
    CHECK(wrongMethod.headers.value("Allow") == "POST");
    CHECK(f.post(u"/v1/sync/hello"_s, {}).headers.value("Allow") == "GET");
    CHECK(f.api->handle({"DELETE", u"/v1/auth/token"_s, {}, {}, {}}).status == 405);
}

TEST_CASE("a storage failure answers 503 without SQL in the message", "[server][http]") {
    HttpApiFixture f;
    const Wire::TokenResponse tokens = f.signIn();
    tamper(f.store.location(), u"DROP TABLE tokens"_s);
    const HttpResponse failed = f.signInRaw(u"rob"_s, u"correct horse"_s, u"laptop-1"_s);
    REQUIRE(failed.status == 503);
    const Wire::ErrorBody error = errorOf(failed);
    CHECK(error.error == u"unavailable"_s);
    CHECK_FALSE(error.message.contains(u"tokens"_s));
    CHECK_FALSE(error.message.contains(u"INSERT"_s, Qt::CaseInsensitive));
    CHECK(f.get(u"/v1/sync/pull"_s, tokens.accessToken).status == 503);
}

TEST_CASE("Accept-Encoding admits gzip unless its quality is zero", "[server][http]") {
    using HttpEncoding::acceptsGzip;
    CHECK(acceptsGzip("gzip"));
    CHECK(acceptsGzip("deflate, gzip"));
    CHECK(acceptsGzip("GZIP;q=0.5, br"));
    CHECK(acceptsGzip("*"));
    CHECK_FALSE(acceptsGzip(""));
    CHECK_FALSE(acceptsGzip("identity"));
    CHECK_FALSE(acceptsGzip("gzip;q=0"));
    CHECK_FALSE(acceptsGzip("br, gzip; q=0.000"));
}
