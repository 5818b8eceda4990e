#pragma once

#include <QCommandLineParser>
#include <QString>

namespace Fieldbook {

class CliContext;

/// One fieldbook-cli command: its options and what it does.
class CliCommand {
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /// "import TYPE FILE [--map field=column ...]" (after "fieldbook-cli --db FILE").
    virtual QString synopsis() const = 0;
    /// One translated line for the command list.
    virtual QString summary() const = 0;
    /// Adds the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    /// Runs the command after successful parsing; returns an ExitCode value.
    [[nodiscard]] virtual int run(CliContext& context, const QCommandLineParser& parser) = 0;
};

} // namespace Fieldbook
