#include "ServerDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return u"fieldbook-server-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString migrationPath(int version) {
    return u":/server/migrations/%1_server.sql"_s.arg(version, 4, 10, QLatin1Char('0'));
}

/// Statements of a migration script: split at semicolons that end a line (no triggers or
/// functions in the server schema, so nothing more is needed).
QStringList statements(const QString& script) {
    QStringList result;
    QString current;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace

int ServerDatabase::latestSchemaVersion() {
    int version = 0;
    while (QFile::exists(migrationPath(version + 1)))
        ++version;
    return version;
}

ServerDatabase::ServerDatabase(Kind kind, QString connectionName)
    : m_kind(kind)
    , m_name(std::move(connectionName)) {}

ServerDatabase::~ServerDatabase() {
    m_cache.clear();
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& location) {
    const QUrl url(location);
    const bool postgres = url.scheme() == u"postgresql"_s || url.scheme() == u"postgres"_s;
    const QString name = nextConnectionName();
    std::unique_ptr<ServerDatabase> db(new ServerDatabase(postgres ? Kind::Postgres : Kind::Sqlite, name));
    QSqlDatabase sql = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (!sql.isValid())
        return fail(
            ErrorCode::Unsupported,
            QCoreApplication::translate("ServerDatabase", "The Qt driver %1 is not installed (package %2).")
                .arg(postgres ? u"QPSQL"_s : u"QSQLITE"_s, postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s));
    if (postgres) {
        sql.setHostName(url.host());
        if (url.port() > 0)
            sql.setPort(url.port());
        sql.setDatabaseName(url.path().mid(1));
        sql.setUserName(url.userName());
        sql.setPassword(url.password());
    } else {
        const QFileInfo info(location);
        const bool created = !QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorCode::Io, QCoreApplication::translate("ServerDatabase", "Cannot create the folder %1.")
                                           .arg(QDir::toNativeSeparators(info.absolutePath())));
        // The server's own folder is its owner's alone; a folder that existed keeps what its administrator chose.
        if (created)
            QFile::setPermissions(info.absolutePath(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        sql.setDatabaseName(info.absoluteFilePath());
        sql.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!sql.open())
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("ServerDatabase", "Cannot open the server database %1: %2")
                        .arg(postgres ? url.toDisplayString(QUrl::RemovePassword) : location, sql.lastError().text()));
    if (!postgres) {
        for (const auto& pragma :
             {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s})
            if (auto ok = db->exec(pragma); !ok)
                return std::unexpected(ok.error());
    }
    if (auto ok = db->migrate(); !ok)
        return std::unexpected(ok.error());
    if (!postgres)
        keepPrivate(QFileInfo(location).absoluteFilePath());
    return db;
}

void ServerDatabase::keepPrivate(const QString& path) {
    // Password hashes, tokens and every user's records: readable by the server's user alone, also
    // in a store made by an older server. The write-ahead log and its index hold the same data.
    for (const QString& file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Result<void> ServerDatabase::exec(const QString& sql) {
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql))
        return std::unexpected(Error{ErrorCode::Database,
                                     QCoreApplication::translate("ServerDatabase", "The server database failed: %1")
                                         .arg(query.lastError().databaseText()),
                                     sql + u": "_s + query.lastError().text()});
    return {};
}

Error ServerDatabase::failure(const QString& what) const {
    return {ErrorCode::Database,
            QCoreApplication::translate("ServerDatabase", "The server database failed: %1").arg(what), what};
}

Result<void> ServerDatabase::migrate() {
    // Several servers may start at once against one PostgreSQL: the version check and the upgrade
    // run in one transaction that holds the write lock.
    if (auto ok = exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s); !ok)
        return ok;
    return transaction([&]() -> Result<void> {
        if (m_kind == Kind::Postgres) {
            if (auto ok = exec(u"LOCK TABLE schema_version IN EXCLUSIVE MODE"_s); !ok)
                return ok;
        }
        auto version = scalar(u"SELECT max(version) FROM schema_version"_s, {});
        if (!version)
            return std::unexpected(version.error());
        const int current = version->isNull() ? 0 : version->toInt();
        const int latest = latestSchemaVersion();
        if (current > latest)
            return fail(ErrorCode::DatabaseTooNew,
                        QCoreApplication::translate("ServerDatabase",
                                                    "The server database has schema %1; this fieldbook-server "
                                                    "understands up to %2. Update the server.")
                            .arg(current)
                            .arg(latest));
        for (int v = current + 1; v <= latest; ++v) {
            QFile file(migrationPath(v));
            if (!file.open(QIODevice::ReadOnly))
                return std::unexpected(failure(u"migration %1 is missing"_s.arg(v)));
            for (const QString& statement : statements(QString::fromUtf8(file.readAll())))
                if (auto ok = exec(statement); !ok)
                    return ok;
            if (auto ok = run(u"INSERT INTO schema_version (version) VALUES (?)"_s, {v}); !ok)
                return std::unexpected(ok.error());
        }
        return loadServerId();
    });
}

Result<void> ServerDatabase::loadServerId() {
    // Inside the migrating transaction: of several processes starting on one new store, the
    // first makes the id and the others read it.
    auto stored = scalar(u"SELECT value FROM server_settings WHERE name = 'server_id'"_s, {});
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isValid()) {
        m_serverId = stored->toString();
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto ok = run(u"INSERT INTO server_settings (name, value) VALUES ('server_id', ?)"_s, {id}); !ok)
        return std::unexpected(ok.error());
    m_serverId = id;
    return {};
}

Result<void> ServerDatabase::transaction(const std::function<Result<void>()>& work) {
    if (m_depth > 0) {
        ++m_depth;
        auto result = work();
        --m_depth;
        return result;
    }
    if (auto ok = exec(m_kind == Kind::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s); !ok)
        return ok;
    m_depth = 1;
    Result<void> result = work();
    m_depth = 0;
    if (result) {
        if (auto ok = exec(u"COMMIT"_s); !ok)
            result = ok;
    }
    if (!result)
        (void)exec(u"ROLLBACK"_s);
    return result;
}

Result<QSqlQuery*> ServerDatabase::run(const QString& sql, const QVariantList& values) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return std::unexpected(failure(sql + u": "_s + query->lastError().text()));
        it = m_cache.emplace(sql, std::move(query)).first;
    }
    QSqlQuery* query = it->second.get();
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        const Error error = failure(sql + u": "_s + query->lastError().text());
        query->finish();
        return std::unexpected(error);
    }
    return query;
}

Result<void> ServerDatabase::execute(const QString& sql, const QVariantList& values) {
    auto query = run(sql, values);
    if (!query)
        return std::unexpected(query.error());
    (*query)->finish();
    return {};
}

Result<QVariant> ServerDatabase::scalar(const QString& sql, const QVariantList& values) {
    auto query = run(sql, values);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    (*query)->finish();
    return value;
}

Result<qint64> ServerDatabase::nextChangeSequence() {
    return reserveChangeSequences(1);
}

Result<qint64> ServerDatabase::reserveChangeSequences(int count) {
    Q_ASSERT(m_depth > 0 && count > 0);
    auto last = increment(u"sv"_s, count);
    if (!last)
        return last;
    return *last - count + 1;
}

Result<qint64> ServerDatabase::increment(const QString& name, int by) {
    if (auto ok = execute(u"UPDATE counters SET value = value + ? WHERE name = ?"_s, {by, name}); !ok)
        return std::unexpected(ok.error());
    auto value = scalar(u"SELECT value FROM counters WHERE name = ?"_s, {name});
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

QString ServerDatabase::placeholders(qsizetype n) {
    QString marks;
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    return marks;
}

} // namespace Fieldbook::Server
