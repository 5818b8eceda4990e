#include "CliContext.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Fieldbook {

std::atomic<bool> CliContext::interrupted{false};

CliContext::CliContext(QIODevice& out, QIODevice& err)
    : m_out(out)
    , m_err(err) {}

void CliContext::printLine(const QByteArray& text) {
    m_out.write(text);
    m_out.write("\n");
}

void CliContext::note(const QString& message) {
    m_err.write(u"fieldbook-cli: %1\n"_s.arg(message.simplified()).toUtf8());
}

int CliContext::error(ExitCode code, const QString& message) {
    note(message);
    return int(code);
}

int CliContext::error(const Error& e, ExitCode otherwise) {
    return error(exitCodeFor(e, otherwise), e.message);
}

Result<std::unique_ptr<Database>> CliContext::openDatabase(bool create) {
    if (databasePath.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("No database given: pass --db FILE."));
    const QFileInfo info(databasePath);
    if (!create && !info.exists())
        return fail(ErrorCode::NotFound, tr("The database %1 does not exist; run \"fieldbook-cli --db %1 init\" first.")
                                             .arg(QDir::toNativeSeparators(databasePath)));
    Database::Options options;
    options.create = create;
    options.busyTimeoutMs = busyTimeoutMs;
    return Database::open(databasePath, options);
}

int CliContext::databaseError(const Error& e) {
    return error(e.code == ErrorCode::InvalidInput ? ExitCode::Usage : ExitCode::Database, e.message);
}

ProgressFn CliContext::interruptibleProgress() {
    return [](const WorkProgress&) {
        return !interrupted.load();
    };
}

} // namespace Fieldbook
