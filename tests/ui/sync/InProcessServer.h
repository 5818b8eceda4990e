#pragma once

#include "sync/SyncScheduler.h"

#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Fieldbook::Server {
class HttpApi;
class ServerDatabase;
} // namespace Fieldbook::Server

namespace Fieldbook::Test {

/// A fieldbook-server's logic in-process over an SQLite store, reached by the app's sync scheduler
/// through the sync suite's fake network. The scheduler makes its network on the sync thread, so
/// the server's store and HTTP API are opened there too, on the same file as this thread's.
class InProcessServer final {
public:
    InProcessServer();
    ~InProcessServer();
    Q_DISABLE_COPY_MOVE(InProcessServer)

    /// Adds a user whose password is passwordOf(name); returns the user's id.
    QString addUser(const QString& name, const QString& role = QStringLiteral("rep"), const QString& manager = {});
    static QString passwordOf(const QString& name) { return QStringLiteral("password-") + name; }
    static QUrl url() { return QUrl(QStringLiteral("https://fieldbook.test")); }

    /// Short delays and the fake network to this server, for the sync thread of a scheduler.
    SyncScheduler::Timing timing() const;
    /// The server's HTTP API for this thread (another device syncing in the test's thread).
    Server::HttpApi& api();
    /// While false, every connection is refused, as when the laptop is offline.
    void setReachable(bool reachable) { *m_reachable = reachable; }

    /// A field of a record as the server holds it (wire form), or undefined when it has no such record.
    QJsonValue field(const QString& table, const QString& id, const QString& field);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Server::ServerDatabase> m_db;
    std::unique_ptr<Server::HttpApi> m_api;
    std::shared_ptr<std::atomic<bool>> m_reachable = std::make_shared<std::atomic<bool>>(true);
};

} // namespace Fieldbook::Test
