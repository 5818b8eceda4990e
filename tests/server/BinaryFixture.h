#pragma once

#include "HttpsClient.h"
#include "ServerProcess.h"
#include "ServerStoreFixture.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Fieldbook::Test {

/// A server store of `backend` with a running fieldbook-server on loopback: init, dev-cert and
/// `user add` of one rep (rob, password kRobPassword, unless `rep` says otherwise; the password in
/// passwordFile()) done through the binary, as an administrator would; `serveOptions` go to
/// `serve` (--request-timeout 2 ...).
struct BinaryFixture {
    static const QString kRobPassword;
    struct Rep {
        QString name;
        QString password;
    };

    explicit BinaryFixture(ServerBackend backend, const QStringList& serveOptions = {},
                           const Rep& rep = {QStringLiteral("rob"), kRobPassword});

    ServerBackend backend;
    ServerStoreFixture store{backend};
    QTemporaryDir dir;
    ServerProcess server{storeArguments()};
    QUrl url;

    /// SQLite: the default store in the data folder; PostgreSQL: --database with the test database.
    QStringList storeArguments() const;
    QString dataDir() const { return storeArguments().at(1); }
    QString tlsFile(const QString& name) const;
    QString passwordFile() const;
    static void expectOk(const ServerRun& run);
    HttpsClient client() const { return HttpsClient(url, tlsFile(QStringLiteral("ca.pem"))); }
};

} // namespace Fieldbook::Test
