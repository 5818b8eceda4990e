#include "DeviceRevokeCommand.h"

#include "ServerContext.h"
#include "auth/AuthService.h"
#include "storage/ServerDatabase.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

void DeviceRevokeCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"ID"_s, tr("The device's client id."));
}

int DeviceRevokeCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1)
        return context.error(ServerExitCode::Usage, tr("device revoke needs exactly one device id"));
    auto store = context.openStore(false);
    if (!store)
        return context.error(store.error());
    if (auto revoked = AuthService(**store).revokeDevice(ids.first()); !revoked)
        return context.error(revoked.error());
    context.printLine(tr("Revoked the device %1: it must not sign in or sync again.").arg(ids.first()));
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
