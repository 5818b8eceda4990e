// fieldbook-sync-worker: one sync run in a process of its own, for the crash sweep
// (tests/sync/CrashSweepTest.cpp). The server's logic runs in-process on the server's store file
// behind the fake network; `--crash-at POINT --crash-count N` kills the process with SIGKILL the
// N-th time the run passes POINT, as a power cut or `kill -9` would.
#include "FakeNetwork.h"
#include "storage/ServerDatabase.h"
#include "store/db/Database.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOptions({{u"server-db"_s, u"server store"_s, u"file"_s},
                    {u"client-db"_s, u"client store"_s, u"file"_s},
                    {u"user"_s, u"user name"_s, u"name"_s},
                    {u"password"_s, u"password"_s, u"text"_s},
                    {u"crash-at"_s, u"point"_s, u"point"_s},
                    {u"crash-count"_s, u"hits before the crash"_s, u"n"_s, u"1"_s}});
    cli.process(app);
    const QByteArray crashAt = cli.value(u"crash-at"_s).toUtf8();
    int hitsLeft = cli.value(u"crash-count"_s).toInt();
    auto maybeCrash = [&](const char* point) {
        if (!crashAt.isEmpty() && std::strcmp(point, crashAt.constData()) == 0 && --hitsLeft == 0)
            ::kill(::getpid(), SIGKILL);
    };

    auto serverDb = Server::ServerDatabase::open(cli.value(u"server-db"_s));
    if (!serverDb) {
        std::fprintf(stderr, "server store: %s\n", qPrintable(serverDb.error().message));
        return 3;
    }
    Server::HttpApi api(**serverDb);
    Test::FakeNetworkAccessManager network([&api]() -> Server::HttpApi& { return api; });
    network.setAfterHandled([&](const Server::HttpRequest& request) {
        if (request.path == u"/v1/sync/push"_s)
            maybeCrash("server:after-commit");
    });
    auto clientDb = Database::open(cli.value(u"client-db"_s));
    if (!clientDb) {
        std::fprintf(stderr, "client store: %s\n", qPrintable(clientDb.error().message));
        return 3;
    }
    SyncEngine::Options options;
    options.server = QUrl(u"https://fieldbook.test"_s);
    options.user = cli.value(u"user"_s);
    options.pageSize = 100;
    options.batchRows = 250; // several pages per transaction, and several transactions
    options.checkpoint = maybeCrash;
    SyncEngine engine(**clientDb, network, options);
    engine.setPassword(cli.value(u"password"_s));
    auto result = engine.run();
    if (!result) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(result.error().message));
        return 1;
    }
    std::printf("pushed %d pulled %d\n", result->pushed, result->pulled);
    return 0;
}
