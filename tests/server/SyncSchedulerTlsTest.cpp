#include "ServerProcess.h"
#include "StringMakers.h"
#include "TempDatabase.h"
#include "sync/SyncScheduler.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 60'000;
const QString kPassword = u"ann's long password"_s;

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Signs in through the app's scheduler (its worker thread keeps one network access across runs,
/// as the app does) and returns the run's error, empty on success.
QString connectWith(SyncScheduler& scheduler, const QUrl& url, const QString& caFile) {
    QSignalSpy finished(&scheduler, &SyncScheduler::finished);
    scheduler.connectTo(url, u"ann"_s, kPassword, caFile);
    REQUIRE(finished.wait(kRunTimeoutMs));
    return finished.first().first().toString();
}

} // namespace

TEST_CASE("a CA file chosen after a failed connect is trusted on the next try, and a changed one on the next run",
          "[server][sync][tls]") {
    QStandardPaths::setTestModeEnabled(true); // the sign-in token stays out of the user's files
    QTemporaryDir serverDir;
    ServerProcess server({u"--data"_s, serverDir.path()});
    REQUIRE(server.run({u"init"_s}).exitCode == 0);
    REQUIRE(server.run({u"dev-cert"_s}).exitCode == 0);
    REQUIRE(server
                .run({u"user"_s, u"add"_s, u"ann"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, u"-"_s},
                     kPassword.toUtf8() + '\n')
                .exitCode == 0);
    const QString tls = serverDir.filePath(u"tls/"_s);
    const QUrl url = server.start(tls + u"server.pem"_s, tls + u"server.key"_s);
    QTemporaryDir otherDir; // a certificate authority that did not sign this server's certificate
    REQUIRE(ServerProcess::runRaw({u"--data"_s, otherDir.path(), u"dev-cert"_s}).exitCode == 0);
    const QByteArray rightCa = readFile(tls + u"ca.pem"_s);
    const QByteArray wrongCa = readFile(otherDir.filePath(u"tls/ca.pem"_s));

    TempDatabase store;
    SyncScheduler scheduler(store.db());
    const QString untrusted = connectWith(scheduler, url, {});
    INFO(untrusted.toStdString());
    CHECK(untrusted.contains(u"not trusted"_s));
    CHECK(connectWith(scheduler, url, otherDir.filePath(u"tls/ca.pem"_s)).contains(u"not trusted"_s));
    const QString chosen = connectWith(scheduler, url, tls + u"ca.pem"_s);
    INFO(chosen.toStdString() << server.log().toStdString());
    CHECK(chosen.isEmpty());

    // The same file, its contents replaced (the company renewed its CA): read again on every run.
    const QString companyCa = store.dir() + u"/company-ca.pem"_s;
    writeFile(companyCa, wrongCa);
    CHECK(connectWith(scheduler, url, companyCa).contains(u"not trusted"_s));
    writeFile(companyCa, rightCa);
    const QString renewed = connectWith(scheduler, url, companyCa);
    INFO(renewed.toStdString());
    CHECK(renewed.isEmpty());
    CHECK(scheduler.status().state == SyncStatus::State::UpToDate);
}
