#include "ServerContext.h"

#include "storage/ServerDatabase.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

bool isUrl(const QString& location) {
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

} // namespace

ServerContext::ServerContext(QIODevice& out, QIODevice& err)
    : m_out(out)
    , m_err(err) {}

QString ServerContext::dataDirectory() const {
    if (!dataDir.isEmpty())
        return QDir(dataDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ServerContext::storeLocation() const {
    if (!database.isEmpty())
        return database;
    return QDir(dataDirectory()).filePath(u"server.sqlite"_s);
}

QString ServerContext::storeDisplayName() const {
    const QString location = storeLocation();
    if (isUrl(location))
        return QUrl(location).toDisplayString(QUrl::RemovePassword);
    return QDir::toNativeSeparators(location);
}

Result<std::unique_ptr<ServerDatabase>> ServerContext::openStore(bool create) const {
    const QString location = storeLocation();
    if (!create && !isUrl(location) && !QFileInfo::exists(location))
        return fail(ErrorCode::Database,
                    tr("The server store %1 does not exist; run \"fieldbook-server --data %2 init\" first.")
                        .arg(storeDisplayName(), QDir::toNativeSeparators(dataDirectory())));
    return ServerDatabase::open(location);
}

void ServerContext::printLine(const QString& text) {
    m_out.write(text.toUtf8() + '\n');
    if (auto* file = qobject_cast<QFileDevice*>(&m_out))
        file->flush();
}

int ServerContext::error(ServerExitCode code, const QString& message) {
    m_err.write(u"fieldbook-server: %1\n"_s.arg(message.simplified()).toUtf8());
    return int(code);
}

int ServerContext::error(const Error& e) {
    return error(exitCodeFor(e), e.message);
}

} // namespace Fieldbook::Server
