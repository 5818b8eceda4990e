#include "HttpApiFixture.h"

#include "auth/AuthService.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

using Server::HttpRequest;
using Server::HttpResponse;

HttpApiFixture::HttpApiFixture()
    : store(GENERATE(Catch::Generators::from_range(serverBackends())))
    , db(store.open()) {
    robId = Server::UserDirectory(*db).add(u"rob"_s, Server::Role::Rep, {}).value();
    REQUIRE(Server::AuthService(*db, {}, kTestIterations).setPassword(u"rob"_s, u"correct horse"_s));
    api = std::make_unique<Server::HttpApi>(
        *db, [this] { return now; }, testLimits(), kTestIterations);
}

HttpApiFixture::~HttpApiFixture() = default;

Wire::Limits HttpApiFixture::testLimits() {
    Wire::Limits limits;
    limits.maxBodyBytes = 256 * 1024;
    limits.maxMutationsPerPush = 5;
    limits.maxPullLimit = 100;
    return limits;
}

HttpResponse HttpApiFixture::get(const QString& pathAndQuery, const QString& token) {
    const QUrl url(u"https://localhost"_s + pathAndQuery);
    HttpRequest request{"GET", url.path(), QUrlQuery(url), {}, {}};
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token.toLatin1());
    return api->handle(request);
}

HttpResponse HttpApiFixture::post(const QString& path, const QByteArray& body, const QString& token,
                                  const QHash<QByteArray, QByteArray>& headers) {
    HttpRequest request{"POST", path, {}, headers, body};
    request.headers.insert("content-type", "application/json");
    if (!token.isEmpty())
        request.headers.insert("authorization", "Bearer " + token.toLatin1());
    return api->handle(request);
}

HttpResponse HttpApiFixture::signInRaw(const QString& user, const QString& password, const QString& clientId) {
    const QJsonObject body = Wire::toJson(Wire::SignInRequest{user, password, clientId});
    return post(u"/v1/auth/token"_s, QJsonDocument(body).toJson());
}

Wire::TokenResponse HttpApiFixture::signIn(const QString& clientId) {
    const HttpResponse response = signInRaw(u"rob"_s, u"correct horse"_s, clientId);
    INFO(response.body.toStdString());
    REQUIRE(response.status == 200);
    auto tokens = Wire::parseTokenResponse(response.body);
    REQUIRE(tokens.has_value());
    return *tokens;
}

HttpResponse HttpApiFixture::push(const Wire::TokenResponse& tokens, const QString& clientId,
                                  const QList<Wire::Mutation>& mutations) {
    const QJsonObject body = Wire::toJson(Wire::PushRequest{clientId, mutations});
    return post(u"/v1/sync/push"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), tokens.accessToken);
}

Wire::Mutation HttpApiFixture::contactInsert(qint64 seq, const QString& id, const QString& clientId,
                                             const QString& notes) const {
    Wire::Mutation m;
    m.seq = seq;
    m.mutationId = u"%1-m%2"_s.arg(clientId).arg(seq);
    m.table = u"contacts"_s;
    m.recordId = id;
    m.op = Wire::Op::Insert;
    m.fields = {{u"first_name"_s, u"Ada"_s}, {u"owner_id"_s, robId}, {u"notes"_s, notes}, {u"phones"_s, u"[]"_s}};
    m.hlc = u"%1-0000-%2"_s.arg(now, 13, 10, QChar(u'0')).arg(clientId);
    return m;
}

Wire::ErrorBody errorOf(const HttpResponse& response) {
    INFO(response.status << " " << response.body.toStdString());
    REQUIRE(response.status >= 400);
    CHECK(response.contentType == "application/json");
    auto error = Wire::parseErrorBody(response.body);
    REQUIRE(error.has_value());
    return *error;
}

QJsonObject jsonOf(const HttpResponse& response) {
    INFO(response.status << " " << response.body.toStdString());
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &problem);
    REQUIRE(problem.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace Fieldbook::Test
