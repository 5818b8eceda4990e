#include "InitCommand.h"

#include "ServerContext.h"
#include "storage/ServerDatabase.h"

namespace Fieldbook::Server {

int InitCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ServerExitCode::Usage, tr("init takes no arguments"));
    auto store = context.openStore(true);
    if (!store)
        return context.error(store.error());
    context.printLine(tr("The server store %1 is ready (schema %2).")
                          .arg(context.storeDisplayName())
                          .arg(ServerDatabase::latestSchemaVersion()));
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
