#include "SignInStorm.h"

#include "BenchTimer.h"
#include "protocol/WireFormat.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <barrier>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

constexpr int kManagers = 10; ///< connections of the storm: six per manager at most (Qt's limit per host)
constexpr int kStormDeadlineMs = 300'000;

struct Shared {
    explicit Shared(int parties)
        : start(parties) {}

    void failed(const QString& what) {
        const QMutexLocker lock(&mutex);
        result.failures.append(what);
    }

    std::barrier<> start;
    std::atomic<bool> stormOver{false};
    QMutex mutex;
    Samples noop;
    SignInStormResult result;
};

/// One device: signs in, waits for the storm, then syncs with nothing to do until it is over.
void runDevice(Shared& shared, int index, const QString& path, const SyncEndpoint& endpoint) {
    BenchSyncClient client(path, endpoint);
    auto opened = client.open();
    auto signedIn = opened ? client.sync() : Result<SyncSummary>(std::unexpected(opened.error()));
    shared.start.arrive_and_wait();
    if (!signedIn)
        return shared.failed(u"device %1: signing in: %2"_s.arg(index).arg(signedIn.error().message));
    while (!shared.stormOver) {
        SyncTiming timing;
        auto summary = client.sync(&timing);
        if (!summary || summary->pushed != 0 || summary->pulled != 0)
            return shared.failed(u"device %1: a sync with nothing to do %2"_s.arg(index).arg(
                summary ? u"moved changes"_s : summary.error().message));
        const QMutexLocker lock(&shared.mutex);
        shared.noop.add(timing.totalMs);
    }
}

/// The storm: every sign-in sent at once over kManagers clients, each sent again while "busy".
class Storm final {
public:
    Storm(const SyncEndpoint& endpoint, int signIns, SignInStormResult& result)
        : m_endpoint(endpoint)
        , m_result(result) {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(QSslCertificate::fromPath(endpoint.caFile));
        for (int i = 0; i < kManagers; ++i)
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        m_outstanding = signIns;
    }

    void run(int signIns) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < signIns; ++i)
            send(i);
        QTimer::singleShot(kStormDeadlineMs, &m_loop, [this] { m_loop.exit(1); });
        if (m_loop.exec() != 0)
            m_result.failures.append(
                u"the storm's sign-ins were not all answered within %1 s"_s.arg(kStormDeadlineMs / 1000));
        m_result.stormSeconds = elapsedMs(clock) / 1000.0;
    }

private:
    void send(int i) {
        const bool right = i % 2 == 0;
        const Wire::SignInRequest body{right ? m_endpoint.user : u"storm-guess-%1"_s.arg(i),
                                       right ? m_endpoint.password : u"guess-%1"_s.arg(i), u"storm-%1"_s.arg(i)};
        QNetworkRequest request(m_endpoint.server.resolved(QUrl(u"/v1/auth/token"_s)));
        request.setSslConfiguration(m_ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply = m_managers[std::size_t(i % kManagers)]->post(
            request, QJsonDocument(Wire::toJson(body)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &m_loop, [this, reply, i] { answered(reply, i); });
    }

    void answered(QNetworkReply* reply, int i) {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto error = Wire::parseErrorBody(reply->readAll());
        if (status == 429 && error && error->error == u"busy"_s) {
            ++m_result.busyRetries;
            QTimer::singleShot(std::max<qint64>(error->retryAfterMs, 1), &m_loop, [this, i] { send(i); });
            return;
        }
        if (status == 200)
            ++m_result.accepted;
        else if (status == 401 || status == 429)
            ++m_result.refused;
        else
            m_result.failures.append(u"sign-in %1: HTTP %2 %3"_s.arg(i).arg(status).arg(reply->errorString()));
        if (--m_outstanding == 0)
            m_loop.quit();
    }

    const SyncEndpoint& m_endpoint;
    SignInStormResult& m_result;
    QSslConfiguration m_ssl;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QEventLoop m_loop;
    int m_outstanding = 0;
};

} // namespace

SignInStormResult runSignInStorm(const QString& dir, const SyncEndpoint& endpoint, int devices, int signIns) {
    auto shared = std::make_shared<Shared>(devices + 1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < devices; ++i) {
        const QString path = QDir(dir).filePath(u"storm-device-%1.sqlite"_s.arg(i));
        threads.emplace_back(QThread::create([shared, i, path, endpoint] { runDevice(*shared, i, path, endpoint); }));
        threads.back()->start();
    }
    shared->start.arrive_and_wait(); // every device signed in
    SignInStormResult storm;
    Storm(endpoint, signIns, storm).run(signIns);
    shared->stormOver = true;
    for (const auto& thread : threads)
        thread->wait();
    SignInStormResult result = storm;
    result.failures += shared->result.failures;
    result.noopP50Ms = shared->noop.percentile(50);
    result.noopP99Ms = shared->noop.percentile(99);
    result.noopRuns = int(shared->noop.count());
    return result;
}

} // namespace Fieldbook::Bench
