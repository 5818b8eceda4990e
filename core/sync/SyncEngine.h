#pragma once

#include "common/Error.h"
#include "protocol/WireFormat.h"
#include "store/journal/SyncJournal.h"

#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Fieldbook {

class Database;
class SyncHttpClient;
struct HttpAnswer;
struct HttpCall;

/// What one sync run did, and what waits for a person afterwards.
struct SyncSummary {
    int pushed = 0;        ///< local changes the server answered for
    int pulled = 0;        ///< records received (changes and removals)
    int conflicts = 0;     ///< open conflicts after the run
    int rejected = 0;      ///< rejected changes after the run
    int setAside = 0;      ///< pulled records this store could not take (shown in Sync issues)
    int waiting = 0;       ///< local changes still to send (edits made during the run)
    qint64 skewMs = 0;     ///< the server's clock minus this computer's
    int filesSent = 0;     ///< attachment contents sent to the server
    int filesReceived = 0; ///< attachment contents received
    int filesWaiting = 0;  ///< attachment contents still to send or to receive
    bool needsDecision() const { return conflicts > 0 || rejected > 0 || setAside > 0; }
};

/// Where a run is, for the status bar.
struct SyncProgress {
    enum class Phase { Connecting, Pushing, Pulling, Files };
    Phase phase = Phase::Connecting;
    int done = 0;     ///< changes sent, records received or files moved so far in this phase
    qint64 total = 0; ///< what the phase will bring in all, when known (a first sync), else 0
};

/// One sync run against a fieldbook-server (docs/sync-protocol.md): hello, sign-in, push the
/// outbox until it is empty, pull until nothing more, repeat while edits arrive. Blocking: it
/// runs on the sync worker thread with that thread's own Database. Every step is resumable: a run
/// cut short anywhere (network, crash, cancel) leaves the store consistent, and the next run goes
/// on from there without losing or repeating anything.
class SyncEngine final {
public:
    /// Pulled pages are stored together, in one transaction, up to this many rows: fewer commits
    /// (each flushes the search index), and still a short write lock and frequent progress.
    static constexpr int kPullBatchRows = 4000;
    /// Password sign-ins answered 429 "busy" that one run makes before it gives up.
    static constexpr int kBusySignInTries = 8;

    struct Options {
        QUrl server;
        QString user;
        QString caFile;
        int pageSize = 2000; ///< changes per pull page: the server's largest (Wire::Limits), fewest round trips
        int batchRows = kPullBatchRows; ///< pulled rows stored per transaction
        int timeoutMs = 30'000;
        /// Bytes of a file per request: each part stored is a point an interrupted transfer resumes from.
        qint64 fileChunkBytes = 1024 * 1024;
        /// Files fetched in the background per run, in bytes (those the user asked for always come).
        qint64 fileBytesPerRun = 64 * 1024 * 1024;
        const std::atomic<bool>* cancel = nullptr;
        std::function<void(const SyncProgress&)> progress;
        /// Called with each new refresh token (they rotate) so it can be kept at once.
        std::function<void(const QString&)> refreshTokenChanged;
        /// Called at each point where a crash must be survivable ("push:after-mark-sent" ...): the
        /// crash sweep test kills the worker process there.
        std::function<void(const char* point)> checkpoint;
    };
    SyncEngine(Database& db, QNetworkAccessManager& nam, Options options);
    ~SyncEngine();
    Q_DISABLE_COPY_MOVE(SyncEngine)

    /// Sign in with this password when no refresh token works (the connect dialog, the CLI).
    void setPassword(const QString& password) { m_password = password; }
    void setRefreshToken(const QString& token) { m_refreshToken = token; }

    [[nodiscard]] Result<SyncSummary> run();

private:
    [[nodiscard]] Result<void> hello(SyncSummary& summary);
    [[nodiscard]] Result<void> settleSkew(const SyncState& state, SyncSummary& summary);
    [[nodiscard]] Result<void> signIn(const SyncState& state);
    /// Cancelled when the run's cancel flag is set.
    [[nodiscard]] Result<void> stillWanted() const;
    /// Waits `ms`, or less if the run is cancelled meanwhile.
    [[nodiscard]] Result<void> pause(qint64 ms) const;
    [[nodiscard]] Result<void> directory();
    [[nodiscard]] Result<void> push(SyncState& state, SyncSummary& summary);
    /// Pulls pages until the server has no more, storing them in batches (SyncEnginePull.cpp).
    [[nodiscard]] Result<void> pull(SyncSummary& summary);
    struct PullBatch;
    /// Stores the pages of `batch` in one transaction and empties it.
    [[nodiscard]] Result<void> storePulled(PullBatch& batch, SyncSummary& summary);
    /// The page in `answer` to a pull after `cursor`, or why it is not one.
    [[nodiscard]] Result<Wire::PullPage> pulledPage(HttpAnswer answer, const QUrlQuery& query,
                                                    const Wire::Limits& limits);
    [[nodiscard]] Result<QByteArray> call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                          const QByteArray& body, int* status);
    /// Sends `call` with the access token its path needs and returns the answer (settled()).
    [[nodiscard]] Result<HttpAnswer> exchange(const HttpCall& call);
    /// The body of `answer` to a request, sent again once after refreshing an expired access token.
    [[nodiscard]] Result<QByteArray> answered(HttpAnswer answer, const QByteArray& method, const QString& path,
                                              const QUrlQuery& query, const QByteArray& body, int* status,
                                              bool mayRefresh);
    /// `answer` to `call`, or the answer to `call` sent again once after refreshing an expired access token.
    [[nodiscard]] Result<HttpAnswer> settled(HttpAnswer answer, const HttpCall& call, bool mayRefresh);
    /// Sends the attachment contents the server lacks and fetches those pulled attachments name.
    [[nodiscard]] Result<void> transferFiles(SyncSummary& summary);
    static bool isAuthorised(const QString& path);
    [[nodiscard]] Result<void> useTokens(const QByteArray& body);
    Error answerError(int status, const QByteArray& body) const;
    void report(SyncProgress::Phase phase, int done, qint64 total = 0) const;
    void checkpoint(const char* point) const;
    QString wireHlc(const QString& hlc) const;

    Database& m_db;
    Options m_options;
    std::unique_ptr<SyncHttpClient> m_http;
    SyncJournal m_journal;
    QString m_password;
    QString m_refreshToken;
    QString m_accessToken;
    QString m_clientId;
    Wire::Limits m_limits;
    QString m_serverId;   ///< from hello: the server's identity, whatever address reached it
    qint64 m_aheadMs = 0; ///< how far this computer's clock runs ahead of the server's
};

} // namespace Fieldbook
