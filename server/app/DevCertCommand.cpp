#include "DevCertCommand.h"

#include "ServerContext.h"
#include "tls/DevCertificate.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

int DevCertCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ServerExitCode::Usage, tr("dev-cert takes no arguments"));
    const QString directory = QDir(context.dataDirectory()).filePath(u"tls"_s);
    auto files = createDevCertificate(directory);
    if (!files)
        return context.error(ServerExitCode::Input, files.error().message);
    const auto native = [](const QString& path) {
        return QDir::toNativeSeparators(path);
    };
    context.printLine(tr("CA certificate:     %1").arg(native(files->caCertificate)));
    context.printLine(tr("server certificate: %1").arg(native(files->serverCertificate)));
    context.printLine(tr("server key:         %1").arg(native(files->serverKey)));
    context.printLine(
        tr("Serve with --tls-cert %1 --tls-key %2. Clients trust the server through the CA only: "
           "pass --ca-cert %3 to fieldbook-cli sync, or configure it as the desktop client's CA "
           "file. It is for development only: do not add it to the system's trusted certificates.")
            .arg(native(files->serverCertificate), native(files->serverKey), native(files->caCertificate)));
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
