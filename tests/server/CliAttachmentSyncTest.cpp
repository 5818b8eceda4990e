#include "CliServerFixture.h"
#include "StringMakers.h"
#include "store/records/AccountRepository.h"
#include "store/records/AttachmentRepository.h"
#include "store/db/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// The real fieldbook-server on loopback (every backend in turn) with the rep `ann`, and stores that
/// sync with it through the real fieldbook-cli.
struct AttachmentCliFixture : CliServerFixture {
    AttachmentCliFixture()
        : CliServerFixture(GENERATE(Catch::Generators::from_range(serverBackends()))) {}
    QString storePath(const QString& name) const { return dir.filePath(name); }
    QJsonObject syncJson(const QString& name) {
        const CliRun run = sync(name);
        INFO(run.err.toStdString() << server.log().toStdString());
        REQUIRE(run.exitCode == 0);
        return run.json();
    }
    /// Attaches `bytes` to a new account in the store `name` (closed again before the CLI opens it).
    Attachment attach(const QString& name, const QByteArray& bytes) {
        auto db = Database::open(storePath(name));
        REQUIRE(db);
        Account account;
        account.name = u"Acme"_s;
        const QString accountId = AccountRepository(**db).save(account).value().id;
        auto attached = AttachmentRepository(**db).addData(u"accounts"_s, accountId, u"contract.pdf"_s, bytes);
        REQUIRE(attached);
        return *attached;
    }
};

} // namespace

TEST_CASE("fieldbook-cli sync sends an attached file through the real server once, and another store receives it",
          "[cli][sync][attachments]") {
    AttachmentCliFixture f;
    QByteArray bytes(2'500'000, Qt::Uninitialized); // three parts of 1 MiB over HTTPS
    QRandomGenerator random(42);
    for (char& b : bytes)
        b = char(random.bounded(256));
    const Attachment contract = f.attach(u"laptop.sqlite"_s, bytes);
    const QJsonObject sent = f.syncJson(u"laptop.sqlite"_s);
    CHECK(sent.value(u"files_sent"_s).toInt() == 1);
    CHECK(sent.value(u"files_waiting"_s).toInt() == 0);

    REQUIRE(cli({u"--db"_s, f.storePath(u"desktop.sqlite"_s), u"init"_s}).exitCode == 0);
    const QJsonObject received = f.syncJson(u"desktop.sqlite"_s);
    CHECK(received.value(u"files_received"_s).toInt() == 1);
    CHECK(received.value(u"files_waiting"_s).toInt() == 0);
    {
        auto desktop = Database::open(f.storePath(u"desktop.sqlite"_s));
        REQUIRE(desktop);
        CHECK(AttachmentRepository(**desktop).data(contract.id).value() == bytes);
    }

    // The same file attached on the desktop: the server has it, so nothing is sent.
    f.attach(u"desktop.sqlite"_s, bytes);
    const QJsonObject again = f.syncJson(u"desktop.sqlite"_s);
    CHECK(again.value(u"files_sent"_s).toInt() == 0);
    CHECK(again.value(u"files_waiting"_s).toInt() == 0);
}
