#include "CliServerFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

QJsonObject CliRun::json() const {
    return QJsonDocument::fromJson(out).object();
}

CliRun cli(const QStringList& arguments) {
    // Kept sign-ins go to a folder of this test run, not the user's keychain or data folder.
    static const QTemporaryDir data;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"FIELDBOOK_KEYCHAIN"_s, u"off"_s);
    environment.insert(u"XDG_DATA_HOME"_s, data.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FIELDBOOK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120'000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

CliServerFixture::CliServerFixture(ServerBackend which)
    : BinaryFixture(which, {}, {u"ann"_s, u"ann's long password"_s}) {}

void CliServerFixture::writeFile(const QString& name, const QByteArray& data) {
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QStringList CliServerFixture::syncArguments(const QString& db, const QString& serverUrl, const QString& passwordFile,
                                            const QString& ca) const {
    return {u"--db"_s,
            dir.filePath(db),
            u"sync"_s,
            u"--server"_s,
            serverUrl,
            u"--user"_s,
            u"ann"_s,
            u"--password-file"_s,
            dir.filePath(passwordFile),
            u"--ca-cert"_s,
            ca.isEmpty() ? tls(u"ca.pem"_s) : ca,
            u"--timeout"_s,
            u"20"_s};
}

CliRun CliServerFixture::sync(const QString& db, const QString& passwordFile, const QString& ca) {
    return cli(syncArguments(db, url.toString(), passwordFile, ca));
}

} // namespace Fieldbook::Test
