#include "ServerCli.h"

#include "DevCertCommand.h"
#include "DeviceRevokeCommand.h"
#include "InitCommand.h"
#include "ServeCommand.h"
#include "ServerContext.h"
#include "UserAddCommand.h"
#include "UserDisableCommand.h"

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

const QString kDataOption = u"data"_s;
const QString kDatabaseOption = u"database"_s;

/// Applies --data or --database (given as "--name", "value" or as "--name=value") at `i`;
/// returns false when `arguments.at(i)` is neither. `*missing` is set when the value is absent.
bool takeGlobal(ServerContext& context, const QStringList& arguments, qsizetype& i, bool* missing) {
    const QString& arg = arguments.at(i);
    for (const QString& name : {kDataOption, kDatabaseOption}) {
        QString value;
        if (arg == u"--"_s + name) {
            if (i + 1 >= arguments.size()) {
                *missing = true;
                return true;
            }
            value = arguments.at(++i);
        } else if (arg.startsWith(u"--"_s + name + u'=')) {
            value = arg.mid(name.size() + 3);
        } else {
            continue;
        }
        (name == kDataOption ? context.dataDir : context.database) = value;
        return true;
    }
    return false;
}

} // namespace

ServerCli::ServerCli() {
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DevCertCommand>());
    m_commands.push_back(std::make_unique<UserAddCommand>());
    m_commands.push_back(std::make_unique<UserDisableCommand>());
    m_commands.push_back(std::make_unique<DeviceRevokeCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
}

ServerCli::~ServerCli() = default;

QString ServerCli::helpText() const {
    QString text = tr("Usage: fieldbook-server [--data DIR] [--database URL] <command> [options]\n"
                      "       fieldbook-server <command> --help | --help | --version\n\n"
                      "Fieldbook's sync server and its administration.\n\n"
                      "Global options (accepted by every command):\n"
                      "  --data DIR        the server's folder (default: the platform's application data "
                      "folder)\n"
                      "  --database URL    the store: postgresql://user:password@host:port/database, or an SQLite "
                      "file (default: DIR/server.sqlite)\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands)
        text += u"  %1\n      %2\n"_s.arg(command->synopsis(), command->summary());
    text += tr("\nExit codes: 0 success, 1 refused by the store (unknown user, name taken...), 2 usage error, "
               "3 store error, 4 input file error.\n");
    return text;
}

ServerCommand* ServerCli::find(const QStringList& words, qsizetype* used) const {
    for (const auto& command : m_commands) {
        const QStringList name = command->name().split(u' ');
        if (words.size() >= name.size() && words.mid(0, name.size()) == name) {
            *used = name.size();
            return command.get();
        }
    }
    return nullptr;
}

QString ServerCli::unknownCommand(const QStringList& words) const {
    QStringList group; // "user" alone or with an unknown action: name the actions there are
    for (const auto& command : m_commands)
        if (command->name().startsWith(words.first() + u' '))
            group.append(command->name());
    if (group.isEmpty())
        return tr("unknown command '%1'").arg(words.first());
    return tr("unknown command '%1'; the %2 commands are: %3")
        .arg(words.mid(0, 2).join(u' '), words.first(), group.join(u", "_s));
}

int ServerCli::usageError(ServerContext& context, const QString& message, QIODevice& err) const {
    const int code = context.error(ServerExitCode::Usage, message);
    err.write("\n" + helpText().toUtf8());
    return code;
}

int ServerCli::run(const QStringList& arguments, QIODevice& out, QIODevice& err) {
    ServerContext context(out, err);
    QStringList words; // the command's words, then everything after them
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        bool missing = false;
        if (!words.isEmpty()) {
            words.append(arg);
        } else if (takeGlobal(context, arguments, i, &missing)) {
            if (missing)
                return usageError(context, tr("%1 needs a value").arg(arg), err);
        } else if (arg == u"--help"_s || arg == u"-h"_s || arg == u"help"_s) {
            out.write(helpText().toUtf8());
            return int(ServerExitCode::Ok);
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            context.printLine(u"fieldbook-server %1"_s.arg(QStringLiteral(FIELDBOOK_VERSION)));
            return int(ServerExitCode::Ok);
        } else if (arg.startsWith(u'-')) {
            return usageError(context, tr("unknown option '%1'").arg(arg), err);
        } else {
            words.append(arg);
        }
    }
    if (words.isEmpty())
        return usageError(context, tr("no command given"), err);
    qsizetype used = 0;
    ServerCommand* command = find(words, &used);
    if (!command)
        return usageError(context, unknownCommand(words), err);
    return runCommand(*command, context, words.mid(used));
}

int ServerCli::runCommand(ServerCommand& command, ServerContext& context, const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    QCommandLineOption dataOption(kDataOption, tr("The server's folder."), u"DIR"_s);
    QCommandLineOption databaseOption(kDatabaseOption, tr("The server store."), u"URL"_s);
    dataOption.setFlags(QCommandLineOption::HiddenFromHelp);
    databaseOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, dataOption, databaseOption});
    command.configure(parser);
    if (!parser.parse(QStringList{u"fieldbook-server"_s} + arguments))
        return context.error(ServerExitCode::Usage,
                             tr("%1; see fieldbook-server %2 --help").arg(parser.errorText(), command.name()));
    if (parser.isSet(helpOption)) {
        QString options = parser.helpText();
        const qsizetype blank = options.indexOf(u"\n\n"_s); // drop Qt's generic usage line
        options = blank >= 0 ? options.mid(blank + 2) : QString();
        context.printLine(tr("Usage: fieldbook-server [--data DIR] [--database URL] %1\n\n%2\n\n")
                              .arg(command.synopsis(), command.summary()) +
                          options);
        return int(ServerExitCode::Ok);
    }
    if (parser.isSet(dataOption))
        context.dataDir = parser.value(dataOption);
    if (parser.isSet(databaseOption))
        context.database = parser.value(databaseOption);
    return command.run(context, parser);
}

} // namespace Fieldbook::Server
