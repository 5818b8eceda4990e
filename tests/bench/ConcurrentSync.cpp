#include "ConcurrentSync.h"

#include "BenchServer.h"
#include "BenchTimer.h"

#include <QDir>
#include <QMutex>
#include <QThread>

#include <array>
#include <atomic>
#include <barrier>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kDeadlineMs = 600'000;   ///< the whole run, far beyond what it needs
constexpr int kCancelGraceMs = 60'000; ///< after cancelling, for the engines to give up
constexpr quint64 kFirstSeed = 1000;

struct Shared;

/// Runs when every client has arrived at the barrier: the time of each common step.
struct Mark {
    Shared* shared;
    void operator()() noexcept;
};

struct Shared {
    explicit Shared(int clients)
        : barrier(clients, Mark{this}) {}

    void failed(const QString& what) {
        const QMutexLocker lock(&mutex);
        failures.append(what);
    }

    QElapsedTimer clock;
    std::array<double, 3> marks{}; ///< ready, first runs done, second runs done (ms on `clock`)
    int marked = 0;
    std::barrier<Mark> barrier;
    std::atomic<bool> cancel{false};
    QMutex mutex;
    QStringList failures;
};

void Mark::operator()() noexcept {
    if (shared->marked < int(shared->marks.size()))
        shared->marks[std::size_t(shared->marked++)] = elapsedMs(shared->clock);
}

QString describe(const Error& error) {
    return error.detail.isEmpty() ? error.message : error.message + u" ("_s + error.detail + u')';
}

/// A run that left nothing for a person to decide and nothing unsent.
Result<void> clean(const Result<SyncSummary>& summary, int expectedPushed) {
    if (!summary)
        return std::unexpected(summary.error());
    if (summary->pushed != expectedPushed || summary->rejected > 0 || summary->conflicts > 0 || summary->waiting > 0)
        return fail(ErrorCode::ServerFailure,
                    u"pushed %1 (expected %2), %3 rejected, %4 conflicts, %5 waiting"_s.arg(summary->pushed)
                        .arg(expectedPushed)
                        .arg(summary->rejected)
                        .arg(summary->conflicts)
                        .arg(summary->waiting));
    return {};
}

/// One client's thread. It reaches every barrier whatever fails, so the others never wait forever.
void runClient(Shared& shared, int index, const QString& path, const SyncEndpoint& endpoint, int recordsEach,
               int expectedTotal) {
    BenchSyncClient client(path, endpoint, &shared.cancel);
    bool ok = true;
    auto step = [&](const QString& what, const std::function<Result<void>()>& work) {
        if (!ok)
            return;
        if (auto done = work(); !done) {
            ok = false;
            shared.failed(u"client %1: %2: %3"_s.arg(index).arg(what, describe(done.error())));
        }
    };
    step(u"open"_s, [&] { return client.open(); });
    step(u"sign in"_s, [&] { return clean(client.sync(), 0); });
    step(u"add records"_s, [&] { return client.addRecords(recordsEach, kFirstSeed + quint64(index)); });
    shared.barrier.arrive_and_wait(); // all ready: the clock starts
    step(u"first sync"_s, [&] { return clean(client.sync(), recordsEach); });
    shared.barrier.arrive_and_wait(); // every client's records are on the server
    step(u"second sync"_s, [&] { return clean(client.sync(), 0); });
    shared.barrier.arrive_and_wait(); // the clock stops
    step(u"count records"_s, [&]() -> Result<void> {
        auto count = client.recordCount();
        if (!count)
            return std::unexpected(count.error());
        if (*count != expectedTotal)
            return fail(ErrorCode::ServerFailure,
                        u"holds %1 records after syncing, expected %2"_s.arg(*count).arg(expectedTotal));
        return {};
    });
}

/// Waits for every thread until `deadline`; false if one is still running.
bool joinAll(const std::vector<std::unique_ptr<QThread>>& threads, const QDeadlineTimer& deadline) {
    bool all = true;
    for (const auto& thread : threads)
        all = thread->wait(deadline) && all;
    return all;
}

} // namespace

ConcurrentSyncResult runConcurrentSync(const QString& dir, const SyncEndpoint& endpoint, const BenchServer& server,
                                       int clients, int recordsEach) {
    ConcurrentSyncResult result;
    const int expectedTotal = clients * recordsEach;
    // Shared with the threads: a thread that never ends (it should not) keeps it alive.
    auto shared = std::make_shared<Shared>(clients);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clients; ++i) {
        const QString path = QDir(dir).filePath(u"client-%1.sqlite"_s.arg(i));
        threads.emplace_back(QThread::create([shared, i, path, endpoint, recordsEach, expectedTotal] {
            runClient(*shared, i, path, endpoint, recordsEach, expectedTotal);
        }));
    }
    shared->clock.start();
    for (const auto& thread : threads)
        thread->start();
    if (!joinAll(threads, QDeadlineTimer(kDeadlineMs))) {
        shared->failed(u"the clients did not finish within %1 s; cancelled"_s.arg(kDeadlineMs / 1000));
        shared->cancel = true;
        if (!joinAll(threads, QDeadlineTimer(kCancelGraceMs))) {
            for (auto& thread : threads)
                (void)thread.release(); // still running: destroying a running QThread aborts the process
            const QMutexLocker lock(&shared->mutex);
            result.failures = shared->failures;
            return result;
        }
    }
    result.seconds = (shared->marks[2] - shared->marks[0]) / 1000.0;
    result.failures = shared->failures;
    auto held = server.recordsOwnedBy(endpoint.user);
    if (!held)
        result.failures.append(u"server: "_s + describe(held.error()));
    else if (*held != expectedTotal)
        result.failures.append(
            u"server: holds %1 records of %2, expected %3"_s.arg(*held).arg(endpoint.user).arg(expectedTotal));
    result.ok = result.failures.isEmpty();
    return result;
}

} // namespace Fieldbook::Bench
