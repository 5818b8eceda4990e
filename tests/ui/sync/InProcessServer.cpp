#include "InProcessServer.h"

#include "../../sync/FakeNetwork.h"
#include "auth/AuthService.h"
#include "http/HttpApi.h"
#include "storage/ServerDatabase.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {

constexpr int kTestIterations = 1000; ///< PBKDF2 rounds: cheap sign-ins in tests

/// The server as the sync thread sees it: its own connection to the store and its own HTTP API.
struct ServerOnThread {
    std::unique_ptr<Server::ServerDatabase> db;
    std::unique_ptr<Server::HttpApi> api;
};

} // namespace

InProcessServer::InProcessServer()
    : m_path(m_dir.filePath(u"server.sqlite"_s)) {
    auto db = Server::ServerDatabase::open(m_path);
    REQUIRE(db);
    m_db = std::move(*db);
}

InProcessServer::~InProcessServer() = default;

QString InProcessServer::addUser(const QString& name, const QString& role, const QString& manager) {
    Server::UserDirectory users(*m_db);
    auto id = users.add(name, *Server::UserDirectory::roleFromName(role), manager);
    REQUIRE(id);
    Server::AuthService auth(*m_db, {}, kTestIterations);
    REQUIRE(auth.setPassword(name, passwordOf(name)));
    return *id;
}

SyncScheduler::Timing InProcessServer::timing() const {
    SyncScheduler::Timing timing;
    timing.editDelayMs = 20;
    timing.periodMs = 10 * 60'000; // never during a test: runs come from edits and requests only
    timing.firstRetryMs = 60'000;
    timing.maxRetryMs = 60'000;
    timing.network = [path = m_path, reachable = m_reachable] {
        auto server = std::make_shared<ServerOnThread>();
        auto network = std::make_unique<FakeNetworkAccessManager>([server, path]() -> Server::HttpApi& {
            if (!server->api) {
                auto db = Server::ServerDatabase::open(path);
                if (!db) // not on the test's thread: Catch's REQUIRE cannot be used here
                    qFatal("cannot open the test server's store: %s", qPrintable(db.error().message));
                server->db = std::move(*db);
                server->api = std::make_unique<Server::HttpApi>(*server->db, Server::HttpApi::ClockFn{}, Wire::Limits{},
                                                                kTestIterations);
            }
            return *server->api;
        });
        network->setFaults(
            [reachable](const Server::HttpRequest&) { return *reachable ? Fault::None : Fault::Refuse; });
        return std::unique_ptr<QNetworkAccessManager>(std::move(network));
    };
    return timing;
}

Server::HttpApi& InProcessServer::api() {
    if (!m_api)
        m_api = std::make_unique<Server::HttpApi>(*m_db, Server::HttpApi::ClockFn{}, Wire::Limits{}, kTestIterations);
    return *m_api;
}

QJsonValue InProcessServer::field(const QString& table, const QString& id, const QString& field) {
    auto fields = m_db->scalar(u"SELECT fields FROM records WHERE tbl = ? AND id = ?"_s, {table, id});
    REQUIRE(fields);
    if (!fields->isValid())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(fields->toString().toUtf8()).object().value(field);
}

} // namespace Fieldbook::Test
