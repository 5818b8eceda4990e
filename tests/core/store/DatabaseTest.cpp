#include "StringMakers.h"
#include "TempDatabase.h"
#include "store/db/Database.h"
#include "store/db/Migrator.h"
#include "store/write/Outbox.h"
#include "store/db/SqlConnection.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// Schema as text: every table and index with its SQL, for comparing databases.
QStringList schemaOf(const QString& path) {
    QStringList schema;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-reader"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"_s));
        while (q.next())
            schema.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema-reader"_s);
    return schema;
}

void setUserVersion(const QString& path, int version) {
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version-writer"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"version-writer"_s);
}

} // namespace

TEST_CASE("a new database is created at the latest schema version in WAL mode", "[store][migration]") {
    Test::TempDatabase tmp;
    CHECK(tmp->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK_FALSE(tmp->localUserId().isEmpty());
    CHECK_FALSE(tmp->deviceId().isEmpty());
    CHECK(QFile::exists(tmp.path() + u"-wal"_s));
}

TEST_CASE("every earlier schema version migrates to the same schema as a fresh database", "[store][migration]") {
    Test::TempDatabase fresh;
    const QStringList expected = schemaOf(fresh.path());
    REQUIRE_FALSE(expected.isEmpty());

    for (int from = 0; from < Database::latestSchemaVersion(); ++from) {
        INFO("migrating from version " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        Database::Options old;
        old.migrateTo = from;
        {
            auto db = Database::open(path, old);
            REQUIRE(db.has_value());
            CHECK((*db)->schemaVersion() == from);
        }
        auto db = Database::open(path);
        REQUIRE(db.has_value());
        CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
        db->reset();
        CHECK(schemaOf(path) == expected);
        // A backup is taken before upgrading an existing (non-empty) schema.
        CHECK(QFile::exists(path + u".bak-v%1"_s.arg(from)) == (from > 0));
    }
}

TEST_CASE("changes waiting in a version 1 outbox survive the upgrade, with an empty base", "[store][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.sqlite"_s);
    Database::Options v1;
    v1.migrateTo = 1;
    {
        auto db = Database::open(path, v1);
        REQUIRE(db.has_value());
        REQUIRE((*db)->connection().write(
            u"INSERT INTO outbox (mutation_id, table_name, record_id, op, base_row_version, fields_json, hlc, "
            u"created_at) VALUES ('m1', 'contacts', 'c1', 'update', 3, '{\"title\":\"CFO\"}', 'h', 1)"_s,
            {}, u"test"_s));
    }
    auto db = Database::open(path);
    REQUIRE(db.has_value());
    auto entries = Outbox(**db).entries();
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().fields.value(u"title"_s) == u"CFO"_s);
    CHECK(entries->first().baseRowVersion == 3);
    CHECK(entries->first().base.isEmpty());
}

TEST_CASE("reopening a database keeps its device identity and local user", "[store][migration]") {
    Test::TempDatabase tmp;
    const QString device = tmp->deviceId();
    const QString user = tmp->localUserId();
    tmp.reopen();
    CHECK(tmp->deviceId() == device);
    CHECK(tmp->localUserId() == user);
}

TEST_CASE("a database written by a newer Fieldbook is refused and left unchanged", "[store][errors]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.sqlite"_s);
    {
        auto db = Database::open(path);
        REQUIRE(db.has_value());
    }
    setUserVersion(path, Database::latestSchemaVersion() + 5);
    QFile before(path);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == ErrorCode::DatabaseTooNew);
    CHECK(db.error().message.contains(u"newer version of Fieldbook"_s));
    CHECK(db.error().message.contains(u"newer.sqlite"_s));
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);
}

TEST_CASE("a file that is not a database gives a clear error naming the file", "[store][errors]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    auto db = Database::open(path);
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().message.contains(u"notes.txt"_s));
    CHECK(db.error().message.contains(u"not a Fieldbook database"_s));
}

TEST_CASE("a folder or a missing file is refused with a message naming it", "[store][errors]") {
    QTemporaryDir dir;
    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder.has_value());
    CHECK(folder.error().message.contains(u"folder"_s));

    Database::Options noCreate;
    noCreate.create = false;
    auto missing = Database::open(dir.filePath(u"missing.sqlite"_s), noCreate);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(u"missing.sqlite"_s));
}

TEST_CASE("a database locked by another writer reports that it is in use", "[store][errors]") {
    Test::TempDatabase tmp;
    auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
    other.setDatabaseName(tmp.path());
    REQUIRE(other.open());
    {
        QSqlQuery lock(other);
        REQUIRE(lock.exec(u"BEGIN EXCLUSIVE"_s));
        Database::Options quick;
        quick.busyTimeoutMs = 50;
        auto second = Database::open(tmp.path(), quick);
        REQUIRE(second.has_value());
        auto tx = (*second)->transaction([&]() -> Result<void> { return (*second)->setSetting(u"k"_s, u"v"_s); });
        REQUIRE_FALSE(tx.has_value());
        CHECK(tx.error().code == ErrorCode::DatabaseLocked);
        CHECK(tx.error().message.contains(u"in use by another program"_s));
        REQUIRE(lock.exec(u"ROLLBACK"_s));
    }
    other.close();
    other = {};
    QSqlDatabase::removeDatabase(u"locker"_s);
}

TEST_CASE("a failed transaction leaves nothing behind", "[store][transaction]") {
    Test::TempDatabase tmp;
    auto failed = tmp->transaction([&]() -> Result<void> {
        REQUIRE(tmp->setSetting(u"a"_s, u"1"_s).has_value());
        return fail(ErrorCode::InvalidInput, u"stop"_s);
    });
    CHECK_FALSE(failed.has_value());
    CHECK(tmp->setting(u"a"_s).isEmpty());
}

TEST_CASE("a nested validation failure lets the outer transaction commit", "[store][transaction]") {
    Test::TempDatabase tmp;
    auto outer = tmp->transaction([&]() -> Result<void> {
        REQUIRE(tmp->setSetting(u"b"_s, u"1"_s).has_value());
        auto inner = tmp->transaction([&]() -> Result<void> { return fail(ErrorCode::InvalidInput, u"bad row"_s); });
        CHECK_FALSE(inner.has_value());
        return {};
    });
    CHECK(outer.has_value());
    CHECK(tmp->setting(u"b"_s) == u"1"_s);
}

TEST_CASE("a nested storage failure dooms the outer transaction even if the caller ignores it",
          "[store][transaction]") {
    Test::TempDatabase tmp;
    auto outer = tmp->transaction([&]() -> Result<void> {
        REQUIRE(tmp->setSetting(u"b"_s, u"1"_s).has_value());
        auto inner = tmp->transaction([&]() -> Result<void> {
            REQUIRE(tmp->setSetting(u"c"_s, u"1"_s).has_value());
            return fail(ErrorCode::DiskFull, u"disk full"_s);
        });
        CHECK_FALSE(inner.has_value());
        return {}; // a careless caller carries on
    });
    REQUIRE_FALSE(outer.has_value());
    CHECK(outer.error().code == ErrorCode::DiskFull);
    CHECK(tmp->setting(u"b"_s).isEmpty());
    CHECK(tmp->setting(u"c"_s).isEmpty());
    // The connection is usable afterwards.
    CHECK(tmp->transaction([&]() -> Result<void> { return tmp->setSetting(u"d"_s, u"1"_s); }).has_value());
    CHECK(tmp->setting(u"d"_s) == u"1"_s);
}

TEST_CASE("migration scripts split into statements around comments, strings and triggers", "[store][migration]") {
    const QStringList statements = Migrator::splitStatements(
        u"-- a comment; with a semicolon\nCREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
        u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 'b'; DELETE FROM t WHERE 0; END;\n"
        u"INSERT INTO t VALUES ('z')"_s);
    REQUIRE(statements.size() == 3);
    CHECK(statements.at(0) == u"CREATE TABLE t (a TEXT DEFAULT 'x;y')"_s);
    CHECK(statements.at(1).endsWith(u"END"_s));
    CHECK(statements.at(2) == u"INSERT INTO t VALUES ('z')"_s);
}
