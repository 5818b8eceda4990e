#include "ExportCommand.h"

#include "store/db/StoreFiles.h"
#include "CalendarExportCli.h"
#include "CliContext.h"
#include "services/RecordExporter.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Fieldbook {

void ExportCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"TYPE"_s, tr("contacts, accounts or calendar."));
    parser.addOption({u"format"_s, tr("csv (default; re-imports as it is), json, vcf (contacts), or ics (calendar)."),
                      u"FORMAT"_s, u"csv"_s});
    parser.addOption({u"vcard-version"_s, tr("3.0 or 4.0 (default) for --format vcf."), u"VERSION"_s, u"4.0"_s});
    parser.addOption({{u"o"_s, u"output"_s}, tr("Write to FILE instead of stdout."), u"FILE"_s});
    CalendarExportCli::configure(parser);
}

int ExportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() == 1 && args.first() == CalendarExportCli::typeName())
        return CalendarExportCli::run(context, parser);
    if (args.size() != 1)
        return context.error(ExitCode::Usage, tr("export needs one record type: contacts or accounts"));
    ExportRequest request;
    if (const auto type = RecordExporter::typeOf(args.first()))
        request.type = *type;
    else
        return context.error(ExitCode::Usage,
                             tr("unknown record type '%1'; available: accounts, contacts").arg(args.first()));
    const QString format = parser.value(u"format"_s).toLower();
    const QString version = parser.value(u"vcard-version"_s);
    if (format == u"csv"_s)
        request.format = ExportFormat::Csv;
    else if (format == u"json"_s)
        request.format = ExportFormat::Json;
    else if (format == u"vcf"_s || format == u"vcard"_s)
        request.format = version == u"3.0"_s ? ExportFormat::VCard3 : ExportFormat::VCard4;
    else
        return context.error(ExitCode::Usage, tr("--format expects csv, json or vcf, not '%1'").arg(format));
    if (version != u"3.0"_s && version != u"4.0"_s)
        return context.error(ExitCode::Usage, tr("--vcard-version expects 3.0 or 4.0, not '%1'").arg(version));
    if (request.type == ExportRecordType::Accounts &&
        (request.format == ExportFormat::VCard3 || request.format == ExportFormat::VCard4))
        return context.error(ExitCode::Usage, tr("vCard export is for contacts; export accounts as csv or json"));

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    const QString outputPath = parser.value(u"output"_s);
    if (auto refused = StoreFiles::refuse(outputPath); !refused)
        return context.error(refused.error(), ExitCode::Failure);
    QSaveFile file(outputPath);
    if (!outputPath.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly))
            return context.error(
                ExitCode::Failure,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
        request.device = &file;
    } else {
        request.device = &context.out();
    }
    auto written = RecordExporter::run(**db, request, CliContext::interruptibleProgress());
    if (!written)
        return context.error(written.error(), ExitCode::Failure);
    if (!outputPath.isEmpty() && !file.commit())
        return context.error(ExitCode::Failure,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
