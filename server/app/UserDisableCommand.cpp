#include "UserDisableCommand.h"

#include "ServerContext.h"
#include "storage/ServerDatabase.h"
#include "sync/UserDirectory.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

void UserDisableCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"NAME"_s, tr("The user's sign-in name."));
}

int UserDisableCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return context.error(ServerExitCode::Usage, tr("user disable needs exactly one user name"));
    auto store = context.openStore(false);
    if (!store)
        return context.error(store.error());
    if (auto disabled = UserDirectory(**store).setDisabled(names.first(), true); !disabled)
        return context.error(disabled.error());
    context.printLine(tr("Disabled the user %1: they can no longer sign in or sync.").arg(names.first()));
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
