#include "BinaryFixture.h"
#include "EventLoopWait.h"
#include "StringMakers.h"
#include "protocol/WireFormat.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

const QString& kPassword = BinaryFixture::kRobPassword;

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Wire::TokenResponse signIn(HttpsClient& client, const QString& clientId) {
    const HttpsReply reply =
        client.post(u"/v1/auth/token"_s, json(Wire::toJson(Wire::SignInRequest{u"rob"_s, kPassword, clientId})));
    INFO(reply.errorText.toStdString() << " " << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return Wire::parseTokenResponse(reply.body).value();
}

QByteArray contactPush(const QString& clientId, const QString& ownerId) {
    Wire::Mutation m;
    m.seq = 1;
    m.mutationId = clientId + u"-m1"_s;
    m.table = u"contacts"_s;
    m.recordId = u"contact-1"_s;
    m.op = Wire::Op::Insert;
    m.fields = {{u"first_name"_s, u"Ada"_s}, {u"owner_id"_s, ownerId}, {u"notes"_s, u""_s}, {u"phones"_s, u"[]"_s}};
    m.hlc = u"%1-0000-%2"_s.arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QChar(u'0')).arg(clientId);
    return json(Wire::toJson(Wire::PushRequest{clientId, {m}}));
}

QList<Wire::Change> pullAll(HttpsClient& client, const QString& token) {
    const HttpsReply reply = client.get(u"/v1/sync/pull?limit=100"_s, token);
    INFO(reply.errorText.toStdString() << " " << reply.body.toStdString());
    REQUIRE(reply.status == 200);
    return Wire::parsePullPage(reply.body, {}).value().changes;
}

QString errorCode(const HttpsReply& reply) {
    INFO(reply.status << " " << reply.body.toStdString());
    auto error = Wire::parseErrorBody(reply.body);
    REQUIRE(error.has_value());
    return error->error;
}

} // namespace

TEST_CASE("the server binary syncs a contact over HTTPS trusted through its development CA", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    INFO(backendName(f.backend) << "\n" << f.server.log().toStdString());
    HttpsClient client = f.client();
    const HttpsReply hello = client.get(u"/v1/sync/hello"_s);
    REQUIRE(hello.status == 200);
    CHECK(Wire::parseHello(hello.body).has_value());

    const Wire::TokenResponse tokens = signIn(client, u"laptop-1"_s);
    const HttpsReply pushed =
        client.post(u"/v1/sync/push"_s, contactPush(u"laptop-1"_s, tokens.userId), tokens.accessToken);
    INFO(pushed.body.toStdString());
    REQUIRE(pushed.status == 200);
    CHECK(Wire::parsePushResponse(pushed.body, {}).value().results.first().status == Wire::MutationStatus::Applied);
    const auto changes = pullAll(client, signIn(client, u"desk-1"_s).accessToken);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().fields.value(u"first_name"_s) == u"Ada"_s);

    const HttpsReply malformed = client.post(u"/v1/sync/push"_s, "{\"client_id\": 7}", tokens.accessToken);
    CHECK(malformed.status == 400);
    CHECK(errorCode(malformed) == u"invalid_request"_s);

    CHECK(f.server.terminate() == 0); // SIGTERM ends it cleanly
}

TEST_CASE("a client that trusts another CA refuses the server", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    QTemporaryDir otherData;
    REQUIRE(ServerProcess::runRaw({u"--data"_s, otherData.path(), u"dev-cert"_s}).exitCode == 0);
    HttpsClient stranger(f.url, QDir(otherData.path()).filePath(u"tls/ca.pem"_s));
    const HttpsReply refused = stranger.get(u"/v1/sync/hello"_s);
    CHECK(refused.status == 0);
    CHECK(refused.error == QNetworkReply::SslHandshakeFailedError);
    CHECK_FALSE(refused.sslErrors.isEmpty());
    CHECK(f.client().get(u"/v1/sync/hello"_s).status == 200);
}

TEST_CASE("the server offers TLS 1.2 with authenticated encryption only, no CBC suite", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    const auto handshake = [&](bool cbcOnly) {
        QSslSocket socket;
        QSslConfiguration tls = socket.sslConfiguration();
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (cbcOnly) {
            QList<QSslCipher> cbc;
            for (const QSslCipher& c : QSslConfiguration::supportedCiphers())
                if (c.protocol() == QSsl::TlsV1_2 && c.encryptionMethod().startsWith(u"AES("_s))
                    cbc.append(c);
            REQUIRE_FALSE(cbc.isEmpty());
            tls.setCiphers(cbc);
        }
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(f.url.host(), quint16(f.url.port()));
        const bool encrypted = socket.waitForEncrypted(10'000);
        const QSslCipher used = socket.sessionCipher();
        socket.abort();
        return encrypted ? used.name() : QString();
    };
    CHECK(handshake(true).isEmpty()); // a client that speaks only CBC finds no common suite
    const QString agreed = handshake(false);
    CHECK((agreed.contains(u"GCM"_s) || agreed.contains(u"CHACHA20"_s)));
}

TEST_CASE("wrong passwords over HTTPS answer 401 and then 429 with Retry-After", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    HttpsClient client = f.client();
    const auto attempt = [&](const QString& password) {
        return client.post(u"/v1/auth/token"_s,
                           json(Wire::toJson(Wire::SignInRequest{u"rob"_s, password, u"laptop-1"_s})));
    };
    for (int i = 0; i < 5; ++i) {
        const HttpsReply wrong = attempt(u"guess %1"_s.arg(i));
        CHECK(wrong.status == 401);
        CHECK(errorCode(wrong) == u"invalid_credentials"_s);
    }
    // The first lock-out lasts a second and doubles with each failure: on a slow machine a second
    // may pass before the next attempt, which then counts as one more failure.
    HttpsReply throttled;
    for (int i = 0; i < 10 && throttled.status != 429; ++i) {
        throttled = attempt(u"more guesses"_s);
        REQUIRE((throttled.status == 401 || throttled.status == 429));
    }
    CHECK(throttled.status == 429);
    CHECK(errorCode(throttled) == u"too_many_attempts"_s);
    CHECK(throttled.headers.value("retry-after").toInt() >= 1);
}

TEST_CASE("the data survives a killed and restarted server process", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    QString accessToken;
    {
        HttpsClient client = f.client();
        const Wire::TokenResponse tokens = signIn(client, u"laptop-1"_s);
        accessToken = tokens.accessToken;
        REQUIRE(client.post(u"/v1/sync/push"_s, contactPush(u"laptop-1"_s, tokens.userId), accessToken).status == 200);
    }
    f.server.kill();
    f.url = f.server.start(f.tlsFile(u"server.pem"_s), f.tlsFile(u"server.key"_s));
    HttpsClient client = f.client();
    const auto changes = pullAll(client, accessToken); // the sign-in outlived the process too
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().id == u"contact-1"_s);
}

TEST_CASE("a disabled user and a revoked device are refused by the running server", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    HttpsClient client = f.client();
    const Wire::TokenResponse laptop = signIn(client, u"laptop-1"_s);
    const Wire::TokenResponse desk = signIn(client, u"desk-1"_s);

    BinaryFixture::expectOk(f.server.run({u"device"_s, u"revoke"_s, u"laptop-1"_s}));
    const HttpsReply revoked = client.get(u"/v1/sync/pull"_s, laptop.accessToken);
    CHECK(revoked.status == 401);
    CHECK(errorCode(revoked) == u"invalid_token"_s);
    CHECK(client.get(u"/v1/sync/pull"_s, desk.accessToken).status == 200);

    BinaryFixture::expectOk(f.server.run({u"user"_s, u"disable"_s, u"rob"_s}));
    const HttpsReply refused =
        client.post(u"/v1/auth/token"_s, json(Wire::toJson(Wire::SignInRequest{u"rob"_s, kPassword, u"desk-1"_s})));
    CHECK(refused.status == 401); // like a wrong password: it does not confirm the password
    CHECK(errorCode(refused) == u"invalid_credentials"_s);
    CHECK(client.get(u"/v1/sync/pull"_s, desk.accessToken).status == 401);
}

TEST_CASE("the server cuts a request that announces a body beyond its limit", "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(f.tlsFile(u"ca.pem"_s)));
    socket.setSslConfiguration(ssl);
    QByteArray answer;
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { answer += socket.readAll(); });
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    QSignalSpy disconnected(&socket, &QAbstractSocket::disconnected);
    socket.connectToHostEncrypted(f.url.host(), quint16(f.url.port()));
    REQUIRE(encrypted.wait(30'000));
    socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 2000000000\r\n\r\n" +
                 QByteArray(4096, '{'));
    REQUIRE(disconnected.wait(30'000));
    INFO(answer.toStdString());
    CHECK(answer.startsWith("HTTP/1.1 413"));
    CHECK(answer.contains("too_large"));
    CHECK(f.client().get(u"/v1/sync/hello"_s).status == 200); // and it goes on serving others
}

TEST_CASE("password checks never hold up other requests, and a storm of sign-ins is refused at once",
          "[server][binary]") {
    BinaryFixture f{GENERATE(Catch::Generators::from_range(serverBackends()))};
    HttpsClient probe = f.client();
    REQUIRE(probe.get(u"/v1/sync/hello"_s).status == 200); // its connection is open before the storm
    // 24 sign-ins at once from four clients, half with rob's password, half guesses on names that
    // do not exist: more than the server checks at a time from one address.
    std::vector<std::unique_ptr<HttpsClient>> senders;
    for (int i = 0; i < 4; ++i)
        senders.push_back(std::make_unique<HttpsClient>(f.url, f.tlsFile(u"ca.pem"_s)));
    std::vector<std::unique_ptr<QNetworkReply>> signIns;
    for (int i = 0; i < 24; ++i) {
        const bool right = i % 2 == 0;
        const Wire::SignInRequest request{right ? u"rob"_s : u"ghost-%1"_s.arg(i), right ? kPassword : u"guess"_s,
                                          u"storm-%1"_s.arg(i)};
        signIns.push_back(senders[std::size_t(i % 4)]->postLater(u"/v1/auth/token"_s, json(Wire::toJson(request))));
    }
    const auto finished = [&] {
        return int(std::count_if(signIns.begin(), signIns.end(), [](const auto& r) { return r->isFinished(); }));
    };
    REQUIRE(waitUntil([&] { return finished() > 0; }, 60'000)); // the storm has reached the server
    // While passwords are being checked, a request of someone else is answered at once: no check
    // ends while it waits (checking on the event loop, it would wait for the checks queued before it).
    const auto checkedSoFar = [&] {
        return int(std::count_if(signIns.begin(), signIns.end(), [](const auto& r) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            return r->isFinished() && (status == 200 || status == 401);
        }));
    };
    const int before = checkedSoFar();
    CHECK(probe.get(u"/v1/sync/hello"_s).status == 200);
    CHECK(checkedSoFar() == before);
    REQUIRE(waitUntil([&] { return finished() == int(signIns.size()); }, 60'000));
    int checked = 0;
    int busy = 0;
    for (std::size_t i = 0; i < signIns.size(); ++i) {
        const HttpsReply reply = HttpsClient::answerOf(*signIns[i]);
        INFO(i << ": " << reply.status << " " << reply.body.toStdString());
        if (reply.status == 429) {
            CHECK(errorCode(reply) == u"busy"_s);
            CHECK(reply.headers.value("retry-after").toInt() >= 1);
            ++busy;
            continue;
        }
        CHECK(reply.status == (i % 2 == 0 ? 200 : 401));
        ++checked;
    }
    CHECK(checked >= 1);
    CHECK(busy >= 1); // refused at once rather than queued: one address has at most four checks waiting
}
