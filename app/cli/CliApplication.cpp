#include "CliApplication.h"

#include "CalendarCommand.h"
#include "CallListCommand.h"
#include "CliContext.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "SearchCommand.h"
#include "QuoteCommand.h"
#include "ReportCommand.h"
#include "SyncCommand.h"
#include "StatsCommand.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kDbOption = u"db"_s;
const QString kBusyOption = u"busy-timeout"_s;

/// Applies a global option's value; returns an error message for a bad one.
QString applyGlobal(CliContext& context, const QString& name, const QString& value) {
    if (name == kDbOption) {
        context.databasePath = value;
        return {};
    }
    bool ok = false;
    const int ms = value.toInt(&ok);
    if (!ok || ms < 0)
        return CliApplication::tr("--busy-timeout expects milliseconds, not '%1'").arg(value);
    context.busyTimeoutMs = ms;
    return {};
}

} // namespace

CliApplication::CliApplication() {
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<QuoteCommand>());
    m_commands.push_back(std::make_unique<CalendarCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<CallListCommand>());
}

CliApplication::~CliApplication() = default;

CliCommand* CliApplication::find(const QString& name) const {
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::helpText() const {
    QString text = tr("Usage: fieldbook-cli --db FILE <command> [options]\n"
                      "       fieldbook-cli <command> --help | --help | --version\n\n"
                      "Fieldbook's command line: results go to stdout (JSON where asked), errors to stderr.\n\n"
                      "Global options:\n"
                      "  --db FILE            the Fieldbook database (created only by init)\n"
                      "  --busy-timeout MS    how long to wait for a database another program is writing "
                      "(default 5000)\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands)
        text += u"  %1%2\n"_s.arg(command->name(), -10).arg(command->summary());
    text += tr("\nExit codes:\n"
               "  0  success\n"
               "  1  failure (cancelled, output not writable, ...)\n"
               "  2  usage error (unknown command or option, bad argument)\n"
               "  3  database error (missing, locked, newer version, damaged, disk full)\n"
               "  4  input file error (missing, unreadable or malformed file to import)\n"
               "  5  sync: sign-in refused (wrong user or password, expired, device revoked, too many attempts)\n"
               "  6  sync: the server's certificate is not trusted\n"
               "  7  sync: the server cannot be reached or is temporarily unavailable\n"
               "  8  sync: in sync, but conflicts or rejected changes wait for a decision\n");
    return text;
}

QString CliApplication::commandHelp(const CliCommand& command, const QCommandLineParser& parser) const {
    QString options = parser.helpText();
    // Drop Qt's generic usage line; ours names the command.
    const qsizetype blank = options.indexOf(u"\n\n"_s);
    options = blank >= 0 ? options.mid(blank + 2) : QString();
    return tr("Usage: fieldbook-cli --db FILE %1\n\n%2\n\n").arg(command.synopsis(), command.summary()) + options +
           tr("\nExit codes: 0 success, 1 failure, 2 usage error, 3 database error, 4 input file error; sync: 5 "
              "sign-in refused, 6 certificate not trusted, 7 server unreachable, 8 decisions waiting.\n");
}

int CliApplication::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    CliContext context(out, err);
    QString commandName;
    QStringList rest;
    bool help = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!commandName.isEmpty()) {
            rest.append(arg);
        } else if (arg == u"--db"_s || arg == u"--busy-timeout"_s) {
            if (i + 1 >= arguments.size())
                return context.error(ExitCode::Usage, tr("%1 needs a value").arg(arg));
            if (const QString problem = applyGlobal(context, arg.mid(2), arguments.at(++i)); !problem.isEmpty())
                return context.error(ExitCode::Usage, problem);
        } else if (arg.startsWith(u"--db="_s) || arg.startsWith(u"--busy-timeout="_s)) {
            const qsizetype eq = arg.indexOf(u'=');
            if (const QString problem = applyGlobal(context, arg.mid(2, eq - 2), arg.mid(eq + 1)); !problem.isEmpty())
                return context.error(ExitCode::Usage, problem);
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            help = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            context.printLine(u"fieldbook-cli %1"_s.arg(QStringLiteral(FIELDBOOK_VERSION)));
            return int(ExitCode::Ok);
        } else if (arg.startsWith(u'-')) {
            return context.error(ExitCode::Usage, tr("unknown option '%1'; see fieldbook-cli --help").arg(arg));
        } else {
            commandName = arg;
        }
    }
    if (commandName == u"help"_s && !rest.isEmpty()) {
        commandName = rest.takeFirst();
        help = true;
    }
    if (commandName.isEmpty() || commandName == u"help"_s) {
        if (!help && commandName.isEmpty())
            return context.error(ExitCode::Usage, tr("no command given; see fieldbook-cli --help"));
        out.write(helpText().toUtf8());
        return int(ExitCode::Ok);
    }
    CliCommand* command = find(commandName);
    if (!command) {
        QStringList names;
        for (const auto& c : m_commands)
            names.append(c->name());
        return context.error(ExitCode::Usage,
                             tr("unknown command '%1'; commands: %2").arg(commandName, names.join(u", "_s)));
    }

    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    QCommandLineOption dbOption(kDbOption, tr("The Fieldbook database."), u"FILE"_s);
    QCommandLineOption busyOption(kBusyOption, tr("Milliseconds to wait for a busy database."), u"MS"_s);
    dbOption.setFlags(QCommandLineOption::HiddenFromHelp);
    busyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, dbOption, busyOption});
    command->configure(parser);
    if (!parser.parse(QStringList{arguments.value(0, u"fieldbook-cli"_s)} + rest))
        return context.error(ExitCode::Usage,
                             tr("%1; see fieldbook-cli %2 --help").arg(parser.errorText(), commandName));
    if (help || parser.isSet(helpOption)) {
        out.write(commandHelp(*command, parser).toUtf8());
        return int(ExitCode::Ok);
    }
    for (const auto& name : {kDbOption, kBusyOption}) {
        if (!parser.isSet(name))
            continue;
        if (const QString problem = applyGlobal(context, name, parser.value(name)); !problem.isEmpty())
            return context.error(ExitCode::Usage, problem);
    }
    return command->run(context, parser);
}

} // namespace Fieldbook
