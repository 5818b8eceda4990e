#include "UserAddCommand.h"

#include "ServerContext.h"
#include "auth/AuthService.h"
#include "storage/ServerDatabase.h"
#include "sync/UserDirectory.h"

#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

constexpr qint64 kMaxPasswordLine = 4096;

} // namespace

void UserAddCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(u"NAME"_s, tr("The user's sign-in name."));
    parser.addOption({u"role"_s, tr("rep, manager or admin."), u"ROLE"_s});
    parser.addOption({u"manager"_s, tr("The name of the user's manager (an existing user)."), u"NAME"_s});
    parser.addOption(
        {u"password-file"_s, tr("A file whose first line is the password; - reads standard input."), u"FILE"_s});
}

Result<QString> UserAddCommand::readPassword(const QString& path) {
    const bool standardInput = path == u"-"_s;
    QFile file(standardInput ? QString() : path);
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    const QString shown = standardInput ? tr("standard input") : QDir::toNativeSeparators(path);
    if (!opened)
        return fail(ErrorCode::Io, tr("Cannot read the password file %1: %2").arg(shown, file.errorString()));
    QByteArray line = file.readLine(kMaxPasswordLine);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The password file %1 is empty; its first line must be the "
                                                "password.")
                                                 .arg(shown));
    return QString::fromUtf8(line);
}

int UserAddCommand::run(ServerContext& context, const QCommandLineParser& parser) {
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return context.error(ServerExitCode::Usage, tr("user add needs exactly one user name"));
    const auto role = UserDirectory::roleFromName(parser.value(u"role"_s));
    if (!role)
        return context.error(ServerExitCode::Usage, tr("--role must be rep, manager or admin"));
    if (!parser.isSet(u"password-file"_s))
        return context.error(ServerExitCode::Usage, tr("user add needs --password-file FILE (- for standard input)"));
    auto password = readPassword(parser.value(u"password-file"_s));
    if (!password)
        return context.error(ServerExitCode::Input, password.error().message);

    auto store = context.openStore(false);
    if (!store)
        return context.error(store.error());
    ServerDatabase& db = **store;
    // One transaction: a password that is refused leaves no user behind without one.
    auto added = db.transaction([&]() -> Result<void> {
        if (auto id = UserDirectory(db).add(names.first(), *role, parser.value(u"manager"_s)); !id)
            return std::unexpected(id.error());
        return AuthService(db).setPassword(names.first(), *password);
    });
    if (!added)
        return context.error(added.error());
    context.printLine(tr("Added the user %1 (%2).").arg(names.first(), UserDirectory::roleName(*role)));
    return int(ServerExitCode::Ok);
}

} // namespace Fieldbook::Server
