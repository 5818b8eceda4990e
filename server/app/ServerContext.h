#pragma once

#include "ServerExitCode.h"

#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace Fieldbook::Server {

class ServerDatabase;

/// What every fieldbook-server command needs: the data folder, the store, and the output streams.
class ServerContext final {
    Q_DECLARE_TR_FUNCTIONS(ServerContext)

public:
    ServerContext(QIODevice& out, QIODevice& err);

    QString dataDir;  ///< --data; the platform's application data folder when empty
    QString database; ///< --database; <data>/server.sqlite when empty

    /// The data folder actually used.
    QString dataDirectory() const;
    /// Where the store is: the --database location, or server.sqlite in the data folder.
    QString storeLocation() const;
    /// The store's location for messages, without a password.
    QString storeDisplayName() const;

    /// Opens the store, migrating it to this version's schema. Only `init` may create an SQLite
    /// store; the other commands ask for init first.
    [[nodiscard]] Result<std::unique_ptr<ServerDatabase>> openStore(bool create) const;

    /// Writes `text` and a line end to stdout, at once.
    void printLine(const QString& text);
    /// Prints "fieldbook-server: <message>" on stderr as one line and returns `code`.
    int error(ServerExitCode code, const QString& message);
    /// Prints `error.message` (never its detail) and returns exitCodeFor(error).
    int error(const Error& error);

private:
    QIODevice& m_out;
    QIODevice& m_err;
};

} // namespace Fieldbook::Server
