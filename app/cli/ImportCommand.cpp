#include "ImportCommand.h"

#include "CalendarImportCli.h"
#include "CliContext.h"
#include "services/CsvImporter.h"
#include "services/VCardImporter.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

bool isVCardFile(const QString& path) {
    return path.endsWith(u".vcf"_s, Qt::CaseInsensitive) || path.endsWith(u".vcard"_s, Qt::CaseInsensitive);
}

} // namespace

QString ImportCommand::synopsis() const {
    return u"import <%1> FILE.csv [--map field=column ...] [--value-map field:source=target ...] [--dry-run]\n"
           u"       fieldbook-cli --db FILE import contacts FILE.vcf [--dry-run]\n"
           u"       fieldbook-cli --db FILE import calendar FILE.ics [--dry-run]\n"
           u"       fieldbook-cli import <%1> --fields"_s.arg(ImportSchema::typeNames().join(u'|'));
}

void ImportCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        u"TYPE"_s,
        tr("What the file holds: %1.").arg((ImportSchema::typeNames() << CalendarImportCli::typeName()).join(u", "_s)));
    parser.addPositionalArgument(u"FILE"_s, tr("A CSV file (UTF-8, header row), a vCard file (.vcf) of contacts, or an "
                                               "iCalendar file (.ics) for calendar."));
    parser.addOption({u"map"_s,
                      tr("Read FIELD from the column COLUMN (repeatable); by default a field reads the "
                         "column of the same name; FIELD= leaves it out."),
                      u"FIELD=COLUMN"_s});
    parser.addOption({u"value-map"_s,
                      tr("Store TARGET where FIELD says SOURCE, e.g. industry:technolgy=Technology "
                         "(repeatable); the SOURCE * stands for every other value that is not empty."),
                      u"FIELD:SOURCE=TARGET"_s});
    parser.addOption({u"dry-run"_s, tr("Check everything and print the report, but store nothing.")});
    parser.addOption({u"fields"_s, tr("List the fields of TYPE and exit.")});
}

int ImportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.error(ExitCode::Usage,
                             tr("import needs a record type (%1) and a file")
                                 .arg((ImportSchema::typeNames() << CalendarImportCli::typeName()).join(u", "_s)));
    if (args.first() == CalendarImportCli::typeName())
        return CalendarImportCli::run(context, parser);
    const auto type = ImportSchema::parseType(args.first());
    if (!type)
        return context.error(ExitCode::Usage, ImportSchema::unknownTypeMessage(args.first()));
    if (parser.isSet(u"fields"_s)) {
        for (const auto& field : ImportSchema::fields(*type))
            context.printLine(u"%1\t%2"_s.arg(field, ImportSchema::describe(*type, field)));
        return int(ExitCode::Ok);
    }
    if (args.size() != 2)
        return context.error(ExitCode::Usage, args.size() < 2 ? tr("import needs the file to read")
                                                              : tr("import reads one file at a time"));
    const QString path = args.at(1);
    const bool vcard = isVCardFile(path);
    if (vcard && *type != ImportRecordType::Contacts)
        return context.error(ExitCode::Usage, tr("vCard files hold contacts: use import contacts %1").arg(path));
    if (vcard && (parser.isSet(u"map"_s) || parser.isSet(u"value-map"_s)))
        return context.error(ExitCode::Usage, tr("--map and --value-map apply to CSV files only"));

    ImportRequest request;
    request.type = *type;
    request.path = path;
    request.dryRun = parser.isSet(u"dry-run"_s);
    const QStringList fields = ImportSchema::fields(*type);
    auto checkField = [&](const QString& field) {
        return fields.contains(field)
                   ? QString()
                   : tr("unknown field '%1' for %2; fields: %3").arg(field, args.first(), fields.join(u", "_s));
    };
    for (const auto& map : parser.values(u"map"_s)) {
        const qsizetype eq = map.indexOf(u'=');
        if (eq <= 0) // "field=" with no column leaves the field out, even where a column would match it
            return context.error(ExitCode::Usage, tr("--map expects field=column, not '%1'").arg(map));
        const QString field = map.left(eq).trimmed();
        if (const QString problem = checkField(field); !problem.isEmpty())
            return context.error(ExitCode::Usage, problem);
        request.fieldMap.insert(field, map.mid(eq + 1));
    }
    for (const auto& map : parser.values(u"value-map"_s)) {
        const qsizetype colon = map.indexOf(u':');
        const qsizetype eq = map.indexOf(u'=', colon + 1);
        if (colon <= 0 || eq < 0 || eq == colon + 1)
            return context.error(ExitCode::Usage, tr("--value-map expects field:source=target, not '%1'").arg(map));
        const QString field = map.left(colon).trimmed();
        if (const QString problem = checkField(field); !problem.isEmpty())
            return context.error(ExitCode::Usage, problem);
        request.valueMap.append({field, map.mid(colon + 1, eq - colon - 1), map.mid(eq + 1)});
    }

    auto db = context.openDatabase(false);
    if (!db)
        return context.databaseError(db.error());
    const auto progress = CliContext::interruptibleProgress();
    auto report = vcard ? VCardImporter::run(**db, VCardImportRequest{nullptr, path, request.dryRun}, progress)
                        : CsvImporter::run(**db, request, progress);
    if (!report)
        return context.error(report.error(), ExitCode::Input);
    context.printLine(report->toJsonText());
    return int(ExitCode::Ok);
}

} // namespace Fieldbook
