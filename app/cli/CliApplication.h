#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <vector>

namespace Fieldbook {

/// fieldbook-cli: parses the global options, dispatches to a command, prints help and version.
/// Usage: fieldbook-cli [--db FILE] [--busy-timeout MS] <command> [options]  (see helpText()).
class CliApplication final {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    /// Runs the command line `arguments` (arguments[0] is the program); returns the exit code.
    [[nodiscard]] int run(const QStringList& arguments, QIODevice& out, QIODevice& err);

    QString helpText() const;

private:
    CliCommand* find(const QString& name) const;
    QString commandHelp(const CliCommand& command, const QCommandLineParser& parser) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Fieldbook
