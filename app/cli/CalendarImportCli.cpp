#include "CalendarImportCli.h"

#include "CliContext.h"
#include "services/InputFile.h"
#include "workflows/CalendarImport.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Fieldbook {

int CalendarImportCli::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    for (const QString& csvOnly : {u"map"_s, u"value-map"_s, u"fields"_s})
        if (parser.isSet(csvOnly))
            return context.error(ExitCode::Usage, tr("--%1 is for CSV files; import calendar takes FILE.ics "
                                                     "[--dry-run]")
                                                      .arg(csvOnly));
    if (args.size() != 2)
        return context.error(ExitCode::Usage, args.size() < 2 ? tr("import calendar needs the .ics file to read")
                                                              : tr("import reads one file at a time"));
    const QString path = args.at(1);
    QFile file;
    if (auto opened = InputFile::open(path, file); !opened)
        return context.error(opened.error(), ExitCode::Input);
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return context.error(ExitCode::Input, tr("Cannot read %1: %2").arg(path, file.errorString()));
    file.close();

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    const ProgressFn progress = CliContext::interruptibleProgress();
    auto report =
        CalendarImport(**db).run(bytes, path, parser.isSet(u"dry-run"_s), [&progress](qint64 done, qint64 total) {
            return progress(WorkProgress{done, total, 0, -1});
        });
    if (!report)
        return context.error(report.error(), ExitCode::Input);
    context.printLine(report->toJsonText());
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
