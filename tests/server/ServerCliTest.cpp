#include "ServerProcess.h"
#include "StringMakers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// A data folder with an initialised SQLite store and a password file.
struct CliFixture {
    QTemporaryDir dir;
    ServerProcess server{{u"--data"_s, dir.path()}};

    CliFixture() {
        REQUIRE(dir.isValid());
        REQUIRE(server.run({u"init"_s}).exitCode == 0);
        writeFile(u"password.txt"_s, "a long enough password\n");
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& content) const {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    ServerRun addUser(const QStringList& extra) const { return server.run(QStringList{u"user"_s, u"add"_s} + extra); }
};

void expectFailure(const ServerRun& run, int exitCode, const QString& message) {
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(QString::fromUtf8(run.err).contains(message));
    CHECK_FALSE(run.err.contains("QSql"));
}

} // namespace

TEST_CASE("fieldbook-server refuses an unknown command or option with its usage", "[server][cli]") {
    CliFixture f;
    const ServerRun unknown = f.server.run({u"frobnicate"_s});
    expectFailure(unknown, 2, u"unknown command 'frobnicate'"_s);
    CHECK(unknown.err.contains("Usage: fieldbook-server"));
    expectFailure(f.server.run({u"--colour"_s, u"init"_s}), 2, u"unknown option '--colour'"_s);
    expectFailure(f.server.run({u"user"_s, u"remove"_s, u"rob"_s}), 2,
                  u"unknown command 'user remove'; the user commands are: user add, user disable"_s);
    expectFailure(f.server.run({u"device"_s}), 2, u"the device commands are: device revoke"_s);
    expectFailure(f.server.run({u"init"_s, u"--colour"_s}), 2, u"colour"_s);
    expectFailure(ServerProcess::runRaw({}), 2, u"no command given"_s);
    expectFailure(ServerProcess::runRaw({u"--data"_s}), 2, u"--data needs a value"_s);
    const ServerRun help = ServerProcess::runRaw({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("user add NAME"));
}

TEST_CASE("user add explains a missing or empty password file and an unknown manager", "[server][cli]") {
    CliFixture f;
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s}), 2, u"--password-file"_s);
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, f.path(u"missing.txt"_s)}), 4,
                  u"Cannot read the password file"_s);
    f.writeFile(u"empty.txt"_s, "\r\n");
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, f.path(u"empty.txt"_s)}), 4,
                  u"is empty"_s);
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"boss"_s, u"--password-file"_s, f.path(u"password.txt"_s)}), 2,
                  u"--role must be rep, manager or admin"_s);
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s, u"--manager"_s, u"nobody"_s, u"--password-file"_s,
                             f.path(u"password.txt"_s)}),
                  1, u"There is no user nobody"_s);
    f.writeFile(u"short.txt"_s, "short\n");
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, f.path(u"short.txt"_s)}), 1,
                  u"at least 8 characters"_s);

    // None of the refused attempts left a user behind; standard input works as the file.
    const ServerRun added = f.server.run(
        {u"user"_s, u"add"_s, u"rob"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, u"-"_s}, "from standard input\n");
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    expectFailure(f.addUser({u"rob"_s, u"--role"_s, u"rep"_s, u"--password-file"_s, f.path(u"password.txt"_s)}), 1,
                  u"already a user rob"_s);
}

TEST_CASE("the administration commands explain a missing store, user, device or key", "[server][cli]") {
    QTemporaryDir empty;
    ServerProcess fresh({u"--data"_s, empty.path()});
    expectFailure(fresh.run({u"user"_s, u"disable"_s, u"rob"_s}), 3, u"run \"fieldbook-server --data"_s);

    CliFixture f;
    expectFailure(f.server.run({u"user"_s, u"disable"_s, u"nobody"_s}), 1, u"There is no user nobody"_s);
    expectFailure(f.server.run({u"device"_s, u"revoke"_s, u"no-such-device"_s}), 1, u"There is no device"_s);
    expectFailure(f.server.run({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}), 2, u"--tls-cert"_s);
    expectFailure(
        f.server.run({u"serve"_s, u"--listen"_s, u"somewhere"_s, u"--tls-cert"_s, u"a"_s, u"--tls-key"_s, u"b"_s}), 2,
        u"--listen expects ADDR:PORT"_s);
    REQUIRE(f.server.run({u"dev-cert"_s}).exitCode == 0);
    expectFailure(
        f.server.run({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                      QDir(f.dir.path()).filePath(u"tls/server.pem"_s), u"--tls-key"_s, f.path(u"missing.key"_s)}),
        4, u"Cannot read the key"_s);
    const QString tls = QDir(f.dir.path()).filePath(u"tls/"_s);
    for (const QString& option : {u"--threads"_s, u"--max-connections-per-address"_s, u"--idle-timeout"_s})
        expectFailure(f.server.run({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s, tls + u"server.pem"_s,
                                    u"--tls-key"_s, tls + u"server.key"_s, option, u"0"_s}),
                      2, option + u" expects a whole number from 1 to 1000000, not '0'"_s);
}
