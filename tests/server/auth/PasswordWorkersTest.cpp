#include "auth/PasswordHash.h"
#include "auth/PasswordWorkers.h"
#include "EventLoopWait.h"

#include <catch2/catch.hpp>

#include <QThread>

#include <memory>

using namespace Fieldbook::Server;
using Fieldbook::Test::waitUntil;
using namespace Qt::StringLiterals;

namespace {

constexpr int kIterations = 20'000; // long enough that no check ends before the next is asked for

} // namespace

TEST_CASE("password checks run on workers and answer on the caller's thread", "[server][auth]") {
    PasswordWorkers workers(2);
    QObject connection;
    const QString stored = PasswordHash::create(u"correct horse 密码"_s, kIterations);
    std::vector<bool> answers;
    QThread* answeredOn = nullptr;
    auto record = [&](bool right) {
        answers.push_back(right);
        answeredOn = QThread::currentThread();
    };
    REQUIRE(workers.verify(u"10.0.0.1"_s, u"correct horse 密码"_s, stored, &connection, record));
    CHECK(answers.empty()); // not before this thread's event loop runs: the caller never waits
    REQUIRE(workers.verify(u"10.0.0.2"_s, u"wrong"_s, stored, &connection, record));
    REQUIRE(waitUntil([&] { return answers.size() == 2; }));
    CHECK(std::count(answers.begin(), answers.end(), true) == 1);
    CHECK(answeredOn == QThread::currentThread());
    CHECK(workers.pending() == 0);
}

TEST_CASE("password checks beyond the cap, in all or per address, are refused at once", "[server][auth]") {
    PasswordWorkers workers(1, 3, 2);
    QObject connection;
    const QString stored = PasswordHash::create(u"secret password"_s, kIterations);
    int answered = 0;
    auto count = [&](bool) {
        ++answered;
    };
    CHECK(workers.verify(u"10.0.0.1"_s, u"a"_s, stored, &connection, count));
    CHECK(workers.verify(u"10.0.0.1"_s, u"b"_s, stored, &connection, count));
    CHECK_FALSE(workers.verify(u"10.0.0.1"_s, u"c"_s, stored, &connection, count)); // that address's two
    CHECK(workers.verify(u"10.0.0.2"_s, u"d"_s, stored, &connection, count));
    CHECK_FALSE(workers.verify(u"10.0.0.3"_s, u"e"_s, stored, &connection, count)); // three in all
    CHECK(workers.pending() == 3);
    REQUIRE(waitUntil([&] { return answered == 3; }));
    CHECK(workers.pending() == 0);
    CHECK(workers.verify(u"10.0.0.1"_s, u"f"_s, stored, &connection, count)); // room again
    REQUIRE(waitUntil([&] { return answered == 4; }));
}

TEST_CASE("a password check whose connection closed is not answered", "[server][auth]") {
    PasswordWorkers workers(1);
    auto connection = std::make_unique<QObject>();
    bool answered = false;
    REQUIRE(workers.verify(u"10.0.0.1"_s, u"guess"_s, PasswordHash::create(u"secret password"_s, kIterations),
                           connection.get(), [&](bool) { answered = true; }));
    connection.reset(); // the client went away while its password was being checked
    REQUIRE(waitUntil([&] { return workers.pending() == 0; }));
    CHECK_FALSE(answered);
}
