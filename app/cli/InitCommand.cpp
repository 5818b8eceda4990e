#include "InitCommand.h"

#include "CliContext.h"

#include <QDir>
#include <QFileInfo>

namespace Fieldbook {

int InitCommand::run(CliContext& context, const QCommandLineParser& parser) {
    if (!parser.positionalArguments().isEmpty())
        return context.error(ExitCode::Usage, tr("init takes no arguments"));
    const bool existed = QFileInfo::exists(context.databasePath);
    auto db = context.openDatabase(true);
    if (!db)
        return context.databaseError(db.error());
    const QString path = QDir::toNativeSeparators((*db)->path());
    context.printLine(existed ? tr("The database %1 is ready (schema %2).").arg(path).arg((*db)->schemaVersion())
                              : tr("Created the database %1 (schema %2).").arg(path).arg((*db)->schemaVersion()));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
