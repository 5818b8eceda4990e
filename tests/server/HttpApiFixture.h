#pragma once

#include "ServerStoreFixture.h"
#include "http/HttpApi.h"

#include <QJsonObject>

#include <memory>

namespace Fieldbook::Test {

/// An in-process HttpApi over a fresh store of every backend in turn (a GENERATE inside the
/// constructor), with a fixed clock, small limits and one rep "rob" whose password is "correct horse".
struct HttpApiFixture {
    static constexpr qint64 kNow = 1'790'000'000'000;
    static constexpr int kTestIterations = 1000; // the real default takes a quarter second per sign-in

    HttpApiFixture();
    ~HttpApiFixture();
    Q_DISABLE_COPY_MOVE(HttpApiFixture)

    static Wire::Limits testLimits();

    Server::HttpResponse get(const QString& pathAndQuery, const QString& token = {});
    Server::HttpResponse post(const QString& path, const QByteArray& body, const QString& token = {},
                              const QHash<QByteArray, QByteArray>& headers = {});
    Server::HttpResponse signInRaw(const QString& user, const QString& password, const QString& clientId);
    /// Signs rob in on `clientId`; fails the test unless that answers 200.
    Wire::TokenResponse signIn(const QString& clientId = QStringLiteral("laptop-1"));
    Server::HttpResponse push(const Wire::TokenResponse& tokens, const QString& clientId,
                              const QList<Wire::Mutation>& mutations);

    /// A contact insert owned by rob, numbered `seq`, stamped at the fixture's clock.
    Wire::Mutation contactInsert(qint64 seq, const QString& id, const QString& clientId = QStringLiteral("laptop-1"),
                                 const QString& notes = {}) const;

    ServerStoreFixture store;
    std::unique_ptr<Server::ServerDatabase> db;
    qint64 now = kNow;
    QString robId;
    std::unique_ptr<Server::HttpApi> api;
};

/// The error body of a 4xx/5xx answer; fails the test if it is not one.
Wire::ErrorBody errorOf(const Server::HttpResponse& response);
QJsonObject jsonOf(const Server::HttpResponse& response);

} // namespace Fieldbook::Test
