#include "ServerStoreFixture.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Test {

namespace {

QString postgresUrl() {
    return qEnvironmentVariable("FIELDBOOK_TEST_POSTGRES");
}

/// Runs one statement on the maintenance database of the test server.
void administer(const QString& sql) {
    const QUrl url(postgresUrl());
    const QString name = u"fieldbook-test-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

std::vector<ServerBackend> serverBackends() {
    if (postgresUrl().isEmpty()) {
        WARN("FIELDBOOK_TEST_POSTGRES is not set: PostgreSQL is not tested (packaging/dev.sh test sets it)");
        return {ServerBackend::Sqlite};
    }
    return {ServerBackend::Sqlite, ServerBackend::Postgres};
}

const char* backendName(ServerBackend backend) {
    return backend == ServerBackend::Postgres ? "PostgreSQL" : "SQLite";
}

ServerStoreFixture::ServerStoreFixture(ServerBackend backend)
    : m_backend(backend) {
    if (backend == ServerBackend::Sqlite) {
        m_location = m_dir.filePath(u"server.sqlite"_s);
        return;
    }
    m_database = u"fbtest_"_s + QUuid::createUuid().toString(QUuid::Id128);
    administer(u"CREATE DATABASE "_s + m_database);
    QUrl url(postgresUrl());
    url.setPath(u"/"_s + m_database);
    m_location = url.toString();
}

ServerStoreFixture::~ServerStoreFixture() {
    if (!m_database.isEmpty())
        administer(u"DROP DATABASE "_s + m_database + u" WITH (FORCE)"_s);
}

std::unique_ptr<Server::ServerDatabase> ServerStoreFixture::open() const {
    auto db = Server::ServerDatabase::open(m_location);
    INFO(backendName(m_backend) << ": " << (db ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.has_value());
    return std::move(*db);
}

} // namespace Fieldbook::Test
