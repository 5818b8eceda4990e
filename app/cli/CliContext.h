#pragma once

#include "ExitCode.h"
#include "services/WorkProgress.h"
#include "store/db/Database.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <memory>

namespace Fieldbook {

/// What every command needs: the global options, the output streams and the database.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QIODevice& out, QIODevice& err);

    QString databasePath;
    int busyTimeoutMs = 5000;

    QIODevice& out() { return m_out; }
    /// Writes `text` and a line end to stdout.
    void printLine(const QByteArray& text);
    void printLine(const QString& text) { printLine(text.toUtf8()); }

    /// Prints "fieldbook-cli: <message>" on stderr as one line (what was done besides the result).
    void note(const QString& message);
    /// Prints "fieldbook-cli: <message>" on stderr as one line and returns `code`.
    int error(ExitCode code, const QString& message);
    /// Prints `error.message` and returns exitCodeFor(error, otherwise); `detail` is not shown.
    int error(const Error& error, ExitCode otherwise);

    /// Opens the --db database. Only `init` may create it; otherwise a missing file is an error
    /// that says to run init first.
    [[nodiscard]] Result<std::unique_ptr<Database>> openDatabase(bool create);
    /// Reports a failed openDatabase(): a usage error without --db, a database error otherwise.
    int databaseError(const Error& error);

    /// A progress function that cancels the work once Ctrl+C was pressed.
    static ProgressFn interruptibleProgress();
    /// Set by the SIGINT handler that main() installs.
    static std::atomic<bool> interrupted;

private:
    QIODevice& m_out;
    QIODevice& m_err;
};

} // namespace Fieldbook
