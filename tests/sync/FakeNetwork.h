#pragma once

#include "http/HttpApi.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace Fieldbook::Test {

/// What the fake network does to one request (docs/architecture.md, Tests).
enum class Fault {
    None,
    Unavailable,  ///< the server answers 503 without handling the request
    Hang,         ///< no answer ever comes (the client's timeout must end the wait)
    Truncate,     ///< the server handles it, but the body arrives cut in half
    LoseResponse, ///< the server handles and commits it, then the connection drops
    Duplicate,    ///< the request reaches the server twice; the client sees the second answer
    Refuse,       ///< the connection is refused: the server never sees the request
    Busy,         ///< the server answers 429 "busy" (come back in 100 ms) without handling the request
};

/// Decides the fault for each request; called with the method and path ("POST /v1/sync/push").
using FaultPlan = std::function<Fault(const Server::HttpRequest&)>;

/// A QNetworkAccessManager whose requests go to an in-process HttpApi, with fault hooks, in the
/// spirit of Nextcloud desktop's FakeQNAM: the client's real HTTP code runs, the network does not.
class FakeNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit FakeNetworkAccessManager(std::function<Server::HttpApi&()> api, QObject* parent = nullptr);
    void setFaults(FaultPlan plan) { m_faults = std::move(plan); }
    /// Called after the server handled a request and before the answer travels back.
    void setAfterHandled(std::function<void(const Server::HttpRequest&)> hook) { m_afterHandled = std::move(hook); }
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    std::function<Server::HttpApi&()> m_api;
    FaultPlan m_faults;
    std::function<void(const Server::HttpRequest&)> m_afterHandled;
    int m_requests = 0;
};

/// The reply of FakeNetworkAccessManager: delivers a prepared answer or error on the next event
/// loop turn, or hangs until aborted.
class FakeReply final : public QNetworkReply {
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, QObject* parent);
    void answer(int status, const QByteArray& body, const QHash<QByteArray, QByteArray>& headers = {});
    void failWith(NetworkError error, const QString& text);
    void hang() {}
    void abort() override;
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void finishLater();
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

} // namespace Fieldbook::Test
