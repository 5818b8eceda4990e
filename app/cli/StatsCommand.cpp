#include "StatsCommand.h"

#include "CliContext.h"
#include "services/StatsService.h"

namespace Fieldbook {

int StatsCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ExitCode::Usage, tr("stats takes no arguments"));
    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    auto stats = StatsService::collect(**db);
    if (!stats)
        return context.error(stats.error(), ExitCode::Database);
    context.printLine(stats->toJsonText());
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
