#include "BenchSyncClient.h"

#include "BenchTimer.h"
#include "demo/DemoGenerator.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "store/db/Database.h"
#include "store/journal/SyncJournal.h"

#include <QNetworkAccessManager>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kRequestTimeoutMs = 60'000;
constexpr qint64 kGeneratorNowMs = 1'790'000'000'000;

} // namespace

BenchSyncClient::BenchSyncClient(QString path, SyncEndpoint endpoint, const std::atomic<bool>* cancel)
    : m_path(std::move(path))
    , m_endpoint(std::move(endpoint))
    , m_cancel(cancel) {}

BenchSyncClient::~BenchSyncClient() = default;

Result<void> BenchSyncClient::open() {
    auto db = Database::open(m_path);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    m_network = std::make_unique<QNetworkAccessManager>();
    return {};
}

Result<void> BenchSyncClient::addRecords(int count, quint64 seed) {
    DemoGenerator generator(seed, kGeneratorNowMs);
    const int accounts = std::max(1, count / 10);
    const QString owner = m_db->localUserId();
    // The generator numbers external ids from 1 whatever the seed; devices must not share them (two
    // records with one external id cannot both be stored).
    const QString externalPrefix = u"S%1-"_s.arg(seed);
    return m_db->transaction([&]() -> Result<void> {
        AccountRepository accountRepository(*m_db);
        ContactRepository contactRepository(*m_db);
        QList<Account> saved;
        saved.reserve(accounts);
        for (int i = 0; i < accounts; ++i) {
            Account account = generator.account(i);
            account.ownerId = owner;
            account.externalId = externalPrefix + account.externalId;
            auto written = accountRepository.save(std::move(account));
            if (!written)
                return std::unexpected(written.error());
            saved.append(std::move(*written));
        }
        for (int i = 0; i < count - accounts; ++i) {
            Contact contact = generator.contact(i, saved.at(generator.accountIndexForContact(i, accounts)));
            contact.ownerId = owner;
            contact.externalId = externalPrefix + contact.externalId;
            if (auto written = contactRepository.save(std::move(contact)); !written)
                return std::unexpected(written.error());
        }
        return {};
    });
}

Result<SyncSummary> BenchSyncClient::sync(SyncTiming* timing) {
    return run(timing, false, nullptr);
}

Result<int> BenchSyncClient::push(SyncTiming& timing) {
    int pushed = 0;
    auto summary = run(&timing, true, &pushed);
    if (summary)
        return summary->pushed;
    if (summary.error().code == ErrorCode::Cancelled && timing.pullMs >= 0)
        return pushed; // stopped as it started pulling: the outbox was empty by then
    return std::unexpected(summary.error());
}

Result<SyncSummary> BenchSyncClient::run(SyncTiming* timing, bool stopAtPull, int* pushed) {
    QElapsedTimer clock;
    double signedInMs = -1;
    double pullStartMs = -1;
    double receivedAtMs = -1;
    double applyMs = 0;
    std::atomic<bool> stop{false};
    SyncEngine::Options options;
    options.server = m_endpoint.server;
    options.user = m_endpoint.user;
    options.caFile = m_endpoint.caFile;
    options.timeoutMs = kRequestTimeoutMs;
    options.cancel = stopAtPull ? &stop : m_cancel;
    options.refreshTokenChanged = [this](const QString& token) {
        m_refreshToken = token;
    };
    options.checkpoint = [&](const char* point) {
        if (signedInMs < 0 && std::strcmp(point, "run:after-sign-in") == 0)
            signedInMs = elapsedMs(clock);
        else if (std::strcmp(point, "pull:after-receive") == 0)
            receivedAtMs = elapsedMs(clock);
        else if (std::strcmp(point, "pull:after-apply") == 0 && receivedAtMs >= 0)
            applyMs += elapsedMs(clock) - receivedAtMs;
    };
    options.progress = [&](const SyncProgress& progress) {
        if (progress.phase == SyncProgress::Phase::Pushing && pushed)
            *pushed = progress.done;
        if (progress.phase == SyncProgress::Phase::Pulling && pullStartMs < 0) {
            pullStartMs = elapsedMs(clock);
            stop = stopAtPull;
        }
    };
    SyncEngine engine(*m_db, *m_network, options);
    engine.setRefreshToken(m_refreshToken);
    engine.setPassword(m_endpoint.password);
    clock.start();
    auto summary = engine.run();
    if (timing) {
        timing->totalMs = elapsedMs(clock);
        timing->connectMs = signedInMs;
        timing->pushMs = signedInMs < 0 || pullStartMs < 0 ? -1 : pullStartMs - signedInMs;
        timing->pullMs = pullStartMs < 0 ? -1 : timing->totalMs - pullStartMs;
        timing->applyMs = applyMs;
    }
    return summary;
}

Result<int> BenchSyncClient::unsettledChanges() const {
    const SyncJournal journal(*m_db);
    auto rejected = journal.rejectedCount();
    auto conflicts = journal.openConflictCount();
    auto unsent = journal.unsentCount();
    if (!rejected || !conflicts || !unsent)
        return std::unexpected(!rejected ? rejected.error() : !conflicts ? conflicts.error() : unsent.error());
    return *rejected + *conflicts + *unsent;
}

Result<int> BenchSyncClient::recordCount() const {
    auto accounts = AccountRepository(*m_db).count();
    if (!accounts)
        return std::unexpected(accounts.error());
    auto contacts = ContactRepository(*m_db).count();
    if (!contacts)
        return std::unexpected(contacts.error());
    return *accounts + *contacts;
}

} // namespace Fieldbook::Bench
