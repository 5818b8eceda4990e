#pragma once

#include <QCommandLineParser>
#include <QString>

namespace Fieldbook::Server {

class ServerContext;

/// One fieldbook-server command: its options and what it does.
class ServerCommand {
public:
    virtual ~ServerCommand() = default;

    /// "init", or two words for the commands of a group: "user add".
    virtual QString name() const = 0;
    /// "user add NAME --role rep|manager|admin ..." (after "fieldbook-server --data DIR").
    virtual QString synopsis() const = 0;
    /// One translated line for the command list.
    virtual QString summary() const = 0;
    /// Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    /// Runs the command after successful parsing; returns a ServerExitCode value.
    [[nodiscard]] virtual int run(ServerContext& context, const QCommandLineParser& parser) = 0;
};

} // namespace Fieldbook::Server
