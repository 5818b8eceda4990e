#include "ServerStoreFixture.h"
#include "StringMakers.h"
#include "sync/SyncService.h"
#include "sync/UserDirectory.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSqlQuery>

#include <mutex>
#include <thread>

using namespace Fieldbook;
using namespace Fieldbook::Server;
using namespace Qt::StringLiterals;

namespace {

constexpr int kClients = 4;
constexpr int kMutations = 25;

Wire::Mutation insertOf(int client, int seq, const QString& owner) {
    Wire::Mutation m;
    m.seq = seq;
    m.mutationId = u"client%1-m%2"_s.arg(client).arg(seq);
    m.table = u"contacts"_s;
    m.recordId = u"c%1-r%2"_s.arg(client).arg(seq);
    m.op = Wire::Op::Insert;
    m.fields = {{u"first_name"_s, u"n"_s}, {u"owner_id"_s, owner}};
    m.hlc = u"%1-0000-client%2"_s.arg(QDateTime::currentMSecsSinceEpoch(), 13, 10, QChar(u'0')).arg(client);
    return m;
}

} // namespace

TEST_CASE("two server processes on one database apply every mutation once, in one order",
          "[server][sync][concurrency]") {
    const auto backend = GENERATE(Catch::Generators::from_range(Test::serverBackends()));
    INFO(Test::backendName(backend));
    Test::ServerStoreFixture store(backend);
    QString rob;
    {
        auto db = store.open();
        rob = UserDirectory(*db).add(u"rob"_s, Role::Rep, {}).value();
    }

    // Each thread is one server with its own connection. Client 0's mutations reach both servers at
    // once (a retry that went to another server); the other clients are split between them.
    std::mutex lock;
    QStringList problems;
    auto serve = [&](int server) {
        auto db = ServerDatabase::open(store.location());
        if (!db) {
            const std::scoped_lock guard(lock);
            problems.append(db.error().message);
            return;
        }
        SyncService sync(**db);
        for (int seq = 1; seq <= kMutations; ++seq) {
            for (int client = 0; client < kClients; ++client) {
                if (client != 0 && client % 2 != server)
                    continue;
                const Caller caller{rob, u"client%1"_s.arg(client)};
                auto outcome = sync.push(caller, {caller.clientId, {insertOf(client, seq, rob)}});
                const std::scoped_lock guard(lock);
                if (!outcome)
                    problems.append(outcome.error().detail);
                else if (outcome->expectedSeq || outcome->response.results.size() != 1 ||
                         outcome->response.results.first().status != Wire::MutationStatus::Applied)
                    problems.append(u"client %1 seq %2: not applied"_s.arg(client).arg(seq));
            }
        }
    };
    std::thread first(serve, 0);
    std::thread second(serve, 1);
    first.join();
    second.join();
    CHECK(problems.isEmpty());
    if (!problems.isEmpty())
        FAIL(problems.first().toStdString());

    auto db = store.open();
    CHECK(db->scalar(u"SELECT count(*) FROM mutation_ledger"_s, {})->toInt() == kClients * kMutations);
    CHECK(db->scalar(u"SELECT count(*) FROM records"_s, {})->toInt() == kClients * kMutations);
    CHECK(db->scalar(u"SELECT count(DISTINCT sv) FROM mutation_ledger"_s, {})->toInt() == kClients * kMutations);
    CHECK(db->scalar(u"SELECT count(DISTINCT row_version) FROM records"_s, {})->toInt() == kClients * kMutations);
    // Every client's mutations were applied in its own order.
    auto order = db->run(u"SELECT client_id, seq, sv FROM mutation_ledger ORDER BY client_id, seq"_s, {});
    REQUIRE(order.has_value());
    QString client;
    qint64 lastSv = 0;
    bool ordered = true;
    while ((*order)->next()) {
        if ((*order)->value(0).toString() != client) {
            client = (*order)->value(0).toString();
            lastSv = 0;
        }
        ordered = ordered && (*order)->value(2).toLongLong() > lastSv;
        lastSv = (*order)->value(2).toLongLong();
    }
    (*order)->finish();
    CHECK(ordered);

    // A pull from the start in small pages sees each record once.
    SyncService sync(*db);
    QString cursor;
    QSet<QString> seen;
    int pulled = 0;
    for (;;) {
        auto page = sync.pull({rob, u"reader"_s}, cursor, 9);
        REQUIRE(page.has_value());
        for (const auto& c : page->changes) {
            seen.insert(c.id);
            ++pulled;
        }
        cursor = page->nextCursor;
        if (!page->hasMore)
            break;
    }
    CHECK(pulled == kClients * kMutations);
    CHECK(seen.size() == kClients * kMutations);
}
