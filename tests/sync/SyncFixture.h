#pragma once

#include "FakeNetwork.h"
#include "ServerStoreFixture.h"
#include "domain/Attachment.h"
#include "store/db/Database.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Fieldbook::Test {

/// One record as the server holds it.
struct ServerRecord {
    QString table;
    QString id;
    QString ownerId;
    bool deleted = false;
    QJsonObject fields;
    friend bool operator==(const ServerRecord&, const ServerRecord&) = default;
};

/// "contacts 0190… deleted owner=… {…}" per record, for failure messages.
std::string describe(const QList<ServerRecord>& records);

/// A fieldbook-server's logic in-process (HttpApi over a fresh store), with users to sign in as.
class TestServer final {
public:
    explicit TestServer(ServerBackend backend = ServerBackend::Sqlite);
    ~TestServer();
    Q_DISABLE_COPY_MOVE(TestServer)

    /// Adds a user whose password is passwordOf(name); returns the user's id.
    QString addUser(const QString& name, const QString& role = QStringLiteral("rep"), const QString& manager = {});
    static QString passwordOf(const QString& name) { return QStringLiteral("password-") + name; }
    Server::HttpApi& api() { return *m_api; }
    Server::ServerDatabase& db() { return *m_db; }
    /// Closes and opens the store again, as a restarted server process does.
    void restart();
    /// Moves the server's clock (ms added to the real time).
    void setClockOffset(qint64 ms) { m_offsetMs = ms; }
    QString location() const { return m_store.location(); }

    QList<ServerRecord> records();
    /// Mutation ids that appear more than once in the ledger (must be none), and how many rows it has.
    QStringList duplicateLedgerIds();
    QSet<QString> ledgerIds();

private:
    ServerStoreFixture m_store;
    std::unique_ptr<Server::ServerDatabase> m_db;
    std::unique_ptr<Server::HttpApi> m_api;
    qint64 m_offsetMs = 0;
};

/// A device: its own store, a fake network to the TestServer, and the sync engine signed in as one user.
class TestClient final {
public:
    TestClient(TestServer& server, QString user);
    ~TestClient();
    Q_DISABLE_COPY_MOVE(TestClient)

    Database& db() { return *m_db; }
    FakeNetworkAccessManager& network() { return m_network; }
    QString user() const { return m_user; }
    Result<SyncSummary> sync(int timeoutMs = 5000);
    /// The address the next runs use; the fake network brings every address to the same server.
    void setServerUrl(const QUrl& url) { m_url = url; }
    void reopen();
    QString path() const { return m_path; }
    /// Adjusts the engine's options of the next runs (the size of file parts, the files per run).
    void adjustOptions(std::function<void(SyncEngine::Options&)> adjust) { m_adjust = std::move(adjust); }

    /// The synced records of this device: table -> id -> (deleted, fields) in wire form.
    QList<ServerRecord> records();

private:
    TestServer& m_server;
    QString m_user;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    FakeNetworkAccessManager m_network;
    QString m_refreshToken;
    QUrl m_url{QStringLiteral("https://fieldbook.test")};
    std::function<void(SyncEngine::Options&)> m_adjust;
};

/// A sync run of `client` that must succeed: the test stops there with the reason otherwise.
SyncSummary synced(TestClient& client);

/// The synced records in the client store at `path` (wire form, users left out).
QList<ServerRecord> recordsIn(const QString& path);

/// The server's state of `records` limited to what `userIds` may see, for "client == server" checks.
QList<ServerRecord> withinScope(const QList<ServerRecord>& records, const QSet<QString>& ownerIds);

/// `size` bytes that do not compress and differ with `seed` (the contents of attached files).
QByteArray fileBytes(int size, quint32 seed);
/// A file with `bytes` attached to a new account of the store (named after the file).
Attachment attachToNewAccount(Database& db, const QString& fileName, const QByteArray& bytes);

} // namespace Fieldbook::Test
