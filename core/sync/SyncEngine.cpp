#include "SyncEngine.h"

#include "AttachmentTransfer.h"
#include "ServerAnswer.h"
#include "SyncHttpClient.h"
#include "common/Clock.h"
#include "common/ServerAddress.h"
#include "store/db/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "fieldbook.sync")

namespace Fieldbook {

namespace {

constexpr int kMaxRounds = 5;  ///< push/pull rounds while edits keep arriving during a run
constexpr int kMaxResends = 2; ///< 409 answers one run follows before it gives up
constexpr int kMaxBatch = 500; ///< mutations per push, below the server's limit
constexpr qint64 kSkewWarnMs = 5 * 60 * 1000;
constexpr qint64 kAheadCorrectMs = 60 * 1000;
constexpr qint64 kSkewStableMs = 60 * 1000;
constexpr std::array kOps{Wire::Op::Insert, Wire::Op::Update, Wire::Op::Delete, Wire::Op::Restore};

/// The limits a server announced, within this device's own: a server cannot make the client take
/// pages, texts or records beyond what it is built to hold (SyncHttpClient bounds an answer's bytes).
Wire::Limits adopted(const Wire::Limits& announced) {
    constexpr Wire::Limits kOwn{.maxBodyBytes = SyncHttpClient::kMaxAnswerBytes / 2,
                                .maxMutationsPerPush = kMaxBatch,
                                .maxFieldsPerRecord = 256,
                                .maxTextChars = 4'000'000,
                                .maxPullLimit = 2000,
                                .maxBlobBytes = Wire::kMaxBlobBytes};
    return {.maxBodyBytes = std::min(announced.maxBodyBytes, kOwn.maxBodyBytes),
            .maxMutationsPerPush = std::min(announced.maxMutationsPerPush, kOwn.maxMutationsPerPush),
            .maxFieldsPerRecord = std::min(announced.maxFieldsPerRecord, kOwn.maxFieldsPerRecord),
            .maxTextChars = std::min(announced.maxTextChars, kOwn.maxTextChars),
            .maxPullLimit = std::min(announced.maxPullLimit, kOwn.maxPullLimit),
            .maxBlobBytes = std::min(announced.maxBlobBytes, kOwn.maxBlobBytes)};
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Wire::Op opFromName(const QString& name) {
    for (Wire::Op op : kOps)
        if (Wire::opName(op) == name)
            return op;
    return Wire::Op::Update;
}

} // namespace

SyncEngine::SyncEngine(Database& db, QNetworkAccessManager& nam, Options options)
    : m_db(db)
    , m_options(std::move(options))
    , m_http(std::make_unique<SyncHttpClient>(
          nam, SyncHttpClient::Options{m_options.server, m_options.caFile, m_options.timeoutMs, m_options.cancel}))
    , m_journal(db) {}

SyncEngine::~SyncEngine() = default;

Result<SyncSummary> SyncEngine::run() {
    SyncSummary summary;
    auto steps = [&]() -> Result<void> {
        if (auto r = m_http->prepare(); !r)
            return r;
        report(SyncProgress::Phase::Connecting, 0);
        if (auto r = hello(summary); !r)
            return r;
        auto previous = m_journal.state();
        if (!previous)
            return std::unexpected(previous.error());
        auto state = m_journal.connect(ServerAddress::normalised(m_options.server), m_serverId, m_options.user);
        if (!state)
            return std::unexpected(state.error());
        m_clientId = state->clientId;
        checkpoint("run:after-connect");
        if (auto r = settleSkew(*state, summary); !r)
            return r;
        if (auto r = signIn(*state); !r) {
            // A first sign-in that fails connects nothing: the store stays as it was.
            if (!*previous || (*previous)->clientId != state->clientId)
                (void)(*previous ? m_journal.restore(**previous) : m_journal.disconnect());
            return r;
        }
        checkpoint("run:after-sign-in");
        if (auto r = directory(); !r)
            return r;
        for (int round = 0; round < kMaxRounds; ++round) {
            if (auto r = push(*state, summary); !r)
                return r;
            if (auto r = pull(summary); !r)
                return r;
            auto waiting = m_journal.unsentCount();
            if (!waiting)
                return std::unexpected(waiting.error());
            summary.waiting = *waiting;
            if (*waiting == 0)
                break;
        }
        if (auto r = transferFiles(summary); !r)
            return r;
        auto conflicts = m_journal.openConflictCount();
        auto rejected = m_journal.rejectedCount();
        auto aside = m_journal.setAsideCount();
        if (!conflicts || !rejected || !aside)
            return std::unexpected(!conflicts ? conflicts.error() : !rejected ? rejected.error() : aside.error());
        summary.conflicts = *conflicts;
        summary.rejected = *rejected;
        summary.setAside = *aside;
        return {};
    };
    if (auto ok = steps(); !ok) {
        qCInfo(lcSync).noquote() << "sync failed:" << ok.error().message << ok.error().detail;
        (void)m_journal.finishRun(ok.error().message);
        (void)m_journal.log(u"error"_s, ok.error().message);
        return std::unexpected(ok.error());
    }
    (void)m_journal.finishRun({});
    (void)m_journal.log(
        u"info"_s, QCoreApplication::translate("SyncEngine", "Synced with %1: %2, %3.")
                       .arg(m_options.server.host(),
                            QCoreApplication::translate("SyncEngine", "%n change(s) sent", "", summary.pushed),
                            QCoreApplication::translate("SyncEngine", "%n record(s) received", "", summary.pulled)));
    return summary;
}

Result<void> SyncEngine::hello(SyncSummary& summary) {
    int status = 0;
    auto body = call("GET", u"/v1/sync/hello"_s, {}, {}, &status);
    if (!body)
        return std::unexpected(body.error());
    if (status != 200)
        return std::unexpected(answerError(status, *body));
    auto hello = Wire::parseHello(*body);
    if (!hello)
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("SyncEngine", "%1 did not answer like a Fieldbook server: %2")
                        .arg(m_options.server.host(), hello.error().message));
    if (hello->protocolVersion > Wire::kProtocolVersion || m_db.schemaVersion() < hello->minClientSchema)
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate(
                        "SyncEngine",
                        "The server is newer than this Fieldbook (sync protocol %1, this is %2). Update Fieldbook to "
                        "sync again; your changes are kept until then.")
                        .arg(hello->protocolVersion)
                        .arg(Wire::kProtocolVersion));
    if (hello->protocolVersion < Wire::kProtocolVersion || m_db.schemaVersion() > hello->maxClientSchema)
        return fail(ErrorCode::Unsupported,
                    QCoreApplication::translate(
                        "SyncEngine",
                        "The server is older than this Fieldbook (it accepts data up to version %1, this store is "
                        "version %2). Ask your administrator to update fieldbook-server; your changes are kept until "
                        "then.")
                        .arg(hello->maxClientSchema)
                        .arg(m_db.schemaVersion()));
    m_limits = adopted(hello->limits);
    m_serverId = hello->serverId;
    summary.skewMs = hello->serverTimeMs - Clock::nowMs();
    if (std::abs(summary.skewMs) > kSkewWarnMs) {
        const qint64 minutes = std::abs(summary.skewMs) / 60'000;
        (void)m_journal.log(
            u"warning"_s,
            summary.skewMs < 0
                ? QCoreApplication::translate(
                      "SyncEngine", "This computer's clock is %1 minutes ahead of the server's. Fieldbook corrects "
                                    "for it when it sends changes; please set the clock right.")
                      .arg(minutes)
                : QCoreApplication::translate(
                      "SyncEngine", "This computer's clock is %1 minutes behind the server's; changes made here may "
                                    "lose to colleagues' older ones. Please set the clock right.")
                      .arg(minutes));
    }
    return {};
}

Result<void> SyncEngine::settleSkew(const SyncState& state, SyncSummary& summary) {
    // One measurement jitters by the round trip. The correction of this device's clock stamps
    // must not (it would reorder the device's own edits between runs): it is kept in whole seconds
    // and changes only when the clocks really moved apart.
    if (state.skewMs != 0 && std::abs(summary.skewMs - state.skewMs) < kSkewStableMs)
        summary.skewMs = state.skewMs;
    else
        summary.skewMs = (summary.skewMs / 1000) * 1000;
    m_aheadMs = summary.skewMs < -kAheadCorrectMs ? -summary.skewMs : 0;
    return m_journal.setSkew(summary.skewMs);
}

Result<void> SyncEngine::signIn(const SyncState& state) {
    int status = 0;
    if (!m_refreshToken.isEmpty()) {
        auto body = call("POST", u"/v1/auth/refresh"_s, {}, compact(Wire::toJson(Wire::RefreshRequest{m_refreshToken})),
                         &status);
        if (!body)
            return std::unexpected(body.error());
        if (status == 200)
            return useTokens(*body);
        if (status != 401)
            return std::unexpected(answerError(status, *body));
        m_refreshToken.clear(); // expired or revoked: the password, if there is one, signs in again
    }
    if (m_password.isEmpty())
        return fail(ErrorCode::NotSignedIn, QCoreApplication::translate("SyncEngine", "Sign in to %1 as %2 to sync.")
                                                .arg(m_options.server.host(), state.userName));
    const QByteArray request = compact(Wire::toJson(Wire::SignInRequest{m_options.user, m_password, state.clientId}));
    // A server busy checking other passwords says when to come back: this run waits for it a few
    // times (each wait cancellable) before it reports the server as unavailable.
    for (int tries = 1;; ++tries) {
        auto body = call("POST", u"/v1/auth/token"_s, {}, request, &status);
        if (!body)
            return std::unexpected(body.error());
        if (status == 200)
            return useTokens(*body);
        const auto refusal = Wire::parseErrorBody(*body);
        if (status != 429 || !refusal || refusal->error != u"busy"_s || tries == kBusySignInTries)
            return std::unexpected(answerError(status, *body));
        // Spread out, so that devices turned away together do not all come back at the same moment.
        const qint64 wait = std::clamp<qint64>(refusal->retryAfterMs, 100, 10'000);
        if (auto waited = pause(wait + QRandomGenerator::global()->bounded(wait / 2)); !waited)
            return waited;
    }
}

Result<void> SyncEngine::stillWanted() const {
    if (m_options.cancel && m_options.cancel->load())
        return fail(ErrorCode::Cancelled, QCoreApplication::translate("SyncEngine", "Sync was cancelled."));
    return {};
}

Result<void> SyncEngine::pause(qint64 ms) const {
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if (auto wanted = stillWanted(); !wanted)
            return wanted;
        QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, until.remainingTime())));
    }
    return {};
}

Result<void> SyncEngine::directory() {
    int status = 0;
    auto body = call("GET", u"/v1/directory"_s, {}, {}, &status);
    if (!body)
        return std::unexpected(body.error());
    if (status == 404)
        return {}; // a server without a directory: owners show as ids
    if (status != 200)
        return std::unexpected(answerError(status, *body));
    auto users = Wire::parseDirectory(*body, m_limits);
    if (!users)
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("SyncEngine", "The server's user list is unreadable: %1")
                        .arg(users.error().message));
    return m_journal.applyDirectory(*users);
}

Result<void> SyncEngine::useTokens(const QByteArray& body) {
    auto tokens = Wire::parseTokenResponse(body);
    if (!tokens)
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("SyncEngine", "The server's sign-in answer is unreadable: %1")
                        .arg(tokens.error().message));
    m_accessToken = tokens->accessToken;
    m_refreshToken = tokens->refreshToken;
    if (m_options.refreshTokenChanged)
        m_options.refreshTokenChanged(m_refreshToken);
    if (auto ok = m_journal.adoptDeviceNumber(tokens->deviceNumber); !ok)
        return ok;
    return m_journal.adoptUser(tokens->userId);
}

Result<QByteArray> SyncEngine::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                                    const QByteArray& body, int* status) {
    auto answer = exchange({method, path, query, body, {}});
    if (!answer)
        return std::unexpected(answer.error());
    *status = answer->status;
    return std::move(answer->body);
}

Result<HttpAnswer> SyncEngine::exchange(const HttpCall& call) {
    if (auto wanted = stillWanted(); !wanted)
        return std::unexpected(wanted.error());
    return settled(m_http->send(call, isAuthorised(call.path) ? m_accessToken : QString()), call, true);
}

bool SyncEngine::isAuthorised(const QString& path) {
    return !path.startsWith(u"/v1/auth/"_s) && path != u"/v1/sync/hello"_s;
}

Result<QByteArray> SyncEngine::answered(HttpAnswer answer, const QByteArray& method, const QString& path,
                                        const QUrlQuery& query, const QByteArray& body, int* status, bool mayRefresh) {
    auto settledAnswer = settled(std::move(answer), {method, path, query, body, {}}, mayRefresh);
    if (!settledAnswer)
        return std::unexpected(settledAnswer.error());
    *status = settledAnswer->status;
    return std::move(settledAnswer->body);
}

Result<HttpAnswer> SyncEngine::settled(HttpAnswer answer, const HttpCall& call, bool mayRefresh) {
    if (answer.failure)
        return std::unexpected(*answer.failure);
    // An access token lives 15 minutes; a long first sync outlives it. Refresh once and go on.
    if (isAuthorised(call.path) && answer.status == 401 && mayRefresh && !m_refreshToken.isEmpty()) {
        m_accessToken.clear();
        auto state = m_journal.state();
        if (!state || !*state)
            return fail(ErrorCode::NotSignedIn, QCoreApplication::translate("SyncEngine", "Sign in again to sync."));
        if (auto r = signIn(**state); !r)
            return std::unexpected(r.error());
        if (auto wanted = stillWanted(); !wanted)
            return std::unexpected(wanted.error());
        return settled(m_http->send(call, m_accessToken), call, false);
    }
    return answer;
}

Error SyncEngine::answerError(int status, const QByteArray& body) const {
    return Fieldbook::answerError(m_options.server.host(), status, body);
}

Result<void> SyncEngine::transferFiles(SyncSummary& summary) {
    AttachmentTransfer::Options options;
    options.host = m_options.server.host();
    options.chunkBytes = std::clamp<qint64>(m_options.fileChunkBytes, 1, m_limits.maxBodyBytes);
    options.backgroundBytes = m_options.fileBytesPerRun;
    options.maxBlobBytes = std::min(m_limits.maxBlobBytes, Wire::kMaxBlobBytes);
    options.cancel = m_options.cancel;
    options.progress = [this](int done, int total) {
        report(SyncProgress::Phase::Files, done, total);
    };
    options.checkpoint = m_options.checkpoint;
    AttachmentTransfer transfer(
        m_db, [this](const HttpCall& call) { return exchange(call); }, options);
    auto tally = transfer.run(m_clientId);
    if (!tally)
        return std::unexpected(tally.error());
    summary.filesSent = tally->sent;
    summary.filesReceived = tally->received;
    summary.filesWaiting = tally->waiting;
    for (const QString& problem : std::as_const(tally->problems))
        (void)m_journal.log(u"warning"_s, problem);
    if (tally->interrupted)
        (void)m_journal.log(u"warning"_s, QCoreApplication::translate("SyncEngine", "Files could not be transferred: "
                                                                                    "%1 They follow at the next sync.")
                                              .arg(tally->interrupted->message));
    return {};
}

void SyncEngine::checkpoint(const char* point) const {
    if (m_options.checkpoint)
        m_options.checkpoint(point);
}

void SyncEngine::report(SyncProgress::Phase phase, int done, qint64 total) const {
    if (m_options.progress)
        m_options.progress({phase, done, total});
}

QString SyncEngine::wireHlc(const QString& hlc) const {
    if (m_aheadMs == 0 || hlc.size() < 13)
        return hlc;
    // Moving every stamp back by the same amount keeps this device's own order of edits.
    const qint64 ms = std::max<qint64>(0, QStringView(hlc).left(13).toLongLong() - m_aheadMs);
    return u"%1"_s.arg(ms, 13, 10, QChar(u'0')) + QStringView(hlc).mid(13);
}

Result<void> SyncEngine::push(SyncState& state, SyncSummary& summary) {
    int resends = 0;
    int batchSize = std::min(kMaxBatch, m_limits.maxMutationsPerPush);
    auto pending = m_journal.unsentCount();
    if (!pending)
        return std::unexpected(pending.error());
    const int total = summary.pushed + *pending;
    for (;;) {
        auto batch = m_journal.unsent(batchSize);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->isEmpty())
            return {};
        checkpoint("push:before-mark-sent");
        if (auto r = m_journal.markSent(*batch); !r)
            return r;
        checkpoint("push:after-mark-sent");
        Wire::PushRequest request{m_clientId, {}};
        request.mutations.reserve(batch->size());
        for (const OutboxEntry& e : std::as_const(*batch))
            request.mutations.append({e.seq - state.seqBase, e.mutationId, e.table, e.recordId, opFromName(e.op),
                                      e.baseRowVersion, e.fields, e.base, wireHlc(e.hlc)});
        int status = 0;
        auto body = call("POST", u"/v1/sync/push"_s, {}, compact(Wire::toJson(request)), &status);
        if (!body)
            return std::unexpected(body.error());
        checkpoint("push:after-receive");
        if (status == 409) {
            const auto expected = Wire::parseErrorBody(*body);
            if (!expected || expected->expectedSeq <= 0 || ++resends > kMaxResends)
                return std::unexpected(answerError(status, *body));
            qCInfo(lcSync) << "server expects seq" << expected->expectedSeq << "; sending again from there";
            if (auto r = m_journal.resendFrom(state, expected->expectedSeq); !r)
                return r;
            continue;
        }
        if (status == 413 && batchSize > 1) {
            batchSize = std::max(1, batchSize / 4); // large notes: send fewer at a time
            continue;
        }
        if (status != 200)
            return std::unexpected(answerError(status, *body));
        auto response = Wire::parsePushResponse(*body, m_limits);
        if (!response)
            return fail(
                ErrorCode::ServerFailure,
                QCoreApplication::translate("SyncEngine", "The server's answer to sent changes is unreadable: %1")
                    .arg(response.error().message));
        if (response->results.isEmpty())
            return fail(ErrorCode::ServerFailure,
                        QCoreApplication::translate("SyncEngine", "The server answered sent changes with no result."));
        auto tally = m_journal.recordResults(state, *batch, response->results);
        if (!tally)
            return std::unexpected(tally.error());
        checkpoint("push:after-record");
        const int settled = tally->acknowledged + tally->conflicts + tally->rejected;
        if (settled == 0) // sending the same changes again would get the same answer, for ever
            return fail(ErrorCode::ServerFailure,
                        QCoreApplication::translate("SyncEngine", "The server answered for changes this device did "
                                                                  "not send; sync stopped. Your changes are kept."));
        summary.pushed += settled;
        report(SyncProgress::Phase::Pushing, summary.pushed, std::max(total, summary.pushed));
    }
}

} // namespace Fieldbook
