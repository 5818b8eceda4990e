// fieldbook-server: a thin composition root; the commands live in fieldbook_server_app (ServerCli).
#include "ServerCli.h"
#include "Translations.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QFile>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fieldbook-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDBOOK_VERSION));
    Fieldbook::installTranslations(QLocale::system());
#ifdef Q_OS_UNIX
    ::umask(077); // everything the server creates (its store, keys, logs) is its user's alone
#endif
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up is a socket error, not the server's end
#endif

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return Fieldbook::Server::ServerCli().run(QCoreApplication::arguments(), out, err);
}
