#include "HostileServer.h"
#include "StringMakers.h"
#include "protocol/WireFormat.h"
#include "store/db/Database.h"
#include "store/journal/SyncJournal.h"
#include "store/records/ContactRepository.h"
#include "sync/SyncEngine.h"
#include "sync/SyncHttpClient.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

using Answer = HostileServer::Answer;

Answer json(const QJsonObject& object) {
    return {200, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

/// Greets, signs in and lists no users like a server, announcing `limits`; `rest` answers push and
/// pull (and anything else), and may count on being called once per request.
HostileServer::Script speaking(Wire::Limits limits, std::function<Answer(const QString& path)> rest) {
    return [limits, rest](const QByteArray&, const QString& path) -> Answer {
        if (path == u"/v1/sync/hello"_s)
            return json(Wire::toJson(Wire::Hello{
                .serverTimeMs = QDateTime::currentMSecsSinceEpoch(), .limits = limits, .serverId = u"h"_s}));
        if (path == u"/v1/auth/token"_s)
            return json(Wire::toJson(Wire::TokenResponse{u"access"_s, u"refresh"_s, 900'000, u"user-ann"_s, 1}));
        if (path == u"/v1/directory"_s)
            return {404, R"({"error":"not_found","message":"none"})"_ba};
        return rest(path);
    };
}

/// A device of ann's, with `contacts` new contacts waiting to be sent, syncing with a server.
struct Device {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QNetworkAccessManager network;

    explicit Device(int contacts = 0) {
        auto opened = Database::open(dir.filePath(u"device.sqlite"_s));
        REQUIRE(opened);
        db = std::move(*opened);
        for (int i = 0; i < contacts; ++i) {
            Contact c;
            c.firstName = u"Kept %1"_s.arg(i);
            REQUIRE(ContactRepository(*db).save(c));
        }
    }

    Result<SyncSummary> sync(const HostileServer& server) {
        SyncEngine::Options options;
        options.server = server.url();
        options.user = u"ann"_s;
        options.caFile = server.caFile();
        options.timeoutMs = 60'000;
        SyncEngine engine(*db, network, options);
        engine.setPassword(u"correct horse"_s);
        return engine.run();
    }

    QString lastLogLine() {
        auto lines = SyncJournal(*db).logLines(1);
        REQUIRE(lines);
        REQUIRE_FALSE(lines->isEmpty());
        return lines->first().message;
    }
};

/// The largest limits a hello may announce.
Wire::Limits boundless() {
    Wire::Limits limits;
    limits.maxBodyBytes = 4LL << 30;
    limits.maxMutationsPerPush = 100'000;
    limits.maxFieldsPerRecord = 10'000;
    limits.maxTextChars = 1'000'000'000;
    limits.maxPullLimit = 100'000;
    limits.maxBlobBytes = 4LL << 30;
    return limits;
}

} // namespace

TEST_CASE("an answer beyond the client's own limit is cut off as it arrives", "[sync][hostile]") {
    const qint64 ceiling = SyncHttpClient::kMaxAnswerBytes;
    const qint64 declared = GENERATE(qint64(300) << 20, qint64(-1)); // announced, or only seen
    HostileServer server(speaking(
        boundless(), [&](const QString&) { return Answer{.floodBytes = qint64(1) << 30, .declaredBytes = declared}; }));
    Device device;
    auto run = device.sync(server);
    REQUIRE_FALSE(run);
    CHECK(run.error().code == ErrorCode::ServerFailure);
    CHECK(run.error().message.contains(u"larger than 32 MB"_s));
    CHECK(device.lastLogLine() == run.error().message); // the sync log says why
    INFO("declared " << declared << ", written " << server.floodWritten());
    CHECK(server.floodWritten() < ceiling + (16 << 20)); // not a gigabyte: the client stopped reading
}

TEST_CASE("a push answered for changes never sent stops the run after one push", "[sync][hostile]") {
    HostileServer server(speaking(boundless(), [](const QString& path) {
        if (path != u"/v1/sync/push"_s)
            return Answer{500, R"({"error":"internal_error","message":"no"})"_ba};
        Wire::MutationResult stranger;
        stranger.seq = 999;
        stranger.mutationId = u"not-yours"_s;
        return json(Wire::toJson(Wire::PushResponse{{stranger}}));
    }));
    Device device(3);
    auto run = device.sync(server);
    REQUIRE_FALSE(run);
    CHECK(run.error().message.contains(u"did not send"_s));
    CHECK(server.requests(u"/v1/sync/push"_s) == 1);
    CHECK(device.lastLogLine() == run.error().message);
    CHECK(SyncJournal(*device.db).unsentCount().value() == 3); // kept, and sent again next time
}

TEST_CASE("a server whose pull positions go round in circles is left when it comes back", "[sync][hostile]") {
    int pulls = 0;
    HostileServer server(speaking(boundless(), [&](const QString&) {
        ++pulls;
        Wire::PullPage page;
        page.nextCursor = pulls % 2 ? u"east"_s : u"west"_s;
        page.hasMore = true;
        return json(Wire::toJson(page));
    }));
    Device device;
    auto run = device.sync(server);
    REQUIRE_FALSE(run);
    CHECK(run.error().message.contains(u"without moving on"_s));
    CHECK(pulls <= 4); // two positions, one return; the next request may already be on its way
    CHECK(device.lastLogLine() == run.error().message);
}
