#include "BinaryFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

const QString BinaryFixture::kRobPassword = u"correct horse battery"_s;

BinaryFixture::BinaryFixture(ServerBackend backend_, const QStringList& serveOptions, const Rep& rep)
    : backend(backend_) {
    INFO(backendName(backend));
    REQUIRE(dir.isValid());
    expectOk(server.run({u"init"_s}));
    expectOk(server.run({u"dev-cert"_s}));
    QFile file(passwordFile());
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(rep.password.toUtf8() + "\r\n");
    file.close();
    expectOk(server.run({u"user"_s, u"add"_s, rep.name, u"--role"_s, u"rep"_s, u"--password-file"_s, passwordFile()}));
    url = server.start(tlsFile(u"server.pem"_s), tlsFile(u"server.key"_s), serveOptions);
}

QStringList BinaryFixture::storeArguments() const {
    if (backend == ServerBackend::Sqlite)
        return {u"--data"_s, QFileInfo(store.location()).absolutePath()};
    return {u"--data"_s, dir.path(), u"--database"_s, store.location()};
}

QString BinaryFixture::tlsFile(const QString& name) const {
    return QDir(dataDir()).filePath(u"tls/"_s + name);
}

QString BinaryFixture::passwordFile() const {
    return dir.filePath(u"password.txt"_s);
}

void BinaryFixture::expectOk(const ServerRun& run) {
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace Fieldbook::Test
