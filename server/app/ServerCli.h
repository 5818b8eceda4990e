#pragma once

#include "ServerCommand.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <vector>

namespace Fieldbook::Server {

class ServerContext;

/// fieldbook-server: parses the global options (--data, --database), dispatches to a command,
/// prints help and version. Usage: fieldbook-server [--data DIR] [--database URL] <command> [options].
class ServerCli final {
    Q_DECLARE_TR_FUNCTIONS(ServerCli)

public:
    ServerCli();
    ~ServerCli();
    Q_DISABLE_COPY_MOVE(ServerCli)

    /// Runs the command line `arguments` (arguments[0] is the program); returns the exit code.
    [[nodiscard]] int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    QString helpText() const;

private:
    /// The command named by the first one or two of `words`; how many words it took in `used`.
    ServerCommand* find(const QStringList& words, qsizetype* used) const;
    /// Parses the command's own options (and --data/--database given after it) and runs it.
    int runCommand(ServerCommand& command, ServerContext& context, const QStringList& arguments);
    QString unknownCommand(const QStringList& words) const;
    int usageError(ServerContext& context, const QString& message, QIODevice& err) const;

    std::vector<std::unique_ptr<ServerCommand>> m_commands;
};

} // namespace Fieldbook::Server
