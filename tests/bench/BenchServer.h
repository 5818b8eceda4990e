#pragma once

#include "common/Error.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Fieldbook::Bench {

/// The real fieldbook-server binary (FIELDBOOK_SERVER, else the one of this build) on a fresh
/// store: SQLite in `dataDir`, or the PostgreSQL database `databaseUrl` when one is given. It is
/// set up through its commands as an administrator would (init, dev-cert, user add) and served on
/// loopback as a child process; its log goes to `dataDir`/serve.log so that a full pipe never
/// blocks it while the bench waits for something else.
class BenchServer final {
public:
    BenchServer(QString dataDir, QString databaseUrl);
    ~BenchServer();
    Q_DISABLE_COPY_MOVE(BenchServer)

    static QString program();

    /// `init` and `dev-cert`.
    [[nodiscard]] Result<void> prepare();
    /// `user add NAME --role ROLE --password-file FILE`, the file written next to the store.
    [[nodiscard]] Result<void> addUser(const QString& name, const QString& role, const QString& password);
    /// `serve --listen 127.0.0.1:0`, then waits (bounded) for its "listening on" line; logTail()
    /// tells why it did not come.
    [[nodiscard]] Result<void> start();
    /// SIGTERM, then SIGKILL if it has not ended within a while; true when it ended cleanly.
    bool stop();

    QUrl url() const { return m_url; }
    QString caFile() const;
    QString logTail() const;
    /// Records (not deleted) the store holds for the user `userName`, read from the store itself.
    [[nodiscard]] Result<int> recordsOwnedBy(const QString& userName) const;

private:
    [[nodiscard]] Result<void> runCommand(const QStringList& arguments) const;
    QStringList storeArguments() const;

    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_serve;
    QUrl m_url;
};

} // namespace Fieldbook::Bench
