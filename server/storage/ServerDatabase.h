#pragma once

#include "common/Error.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace Fieldbook::Server {

/// The server's store: an SQLite file (the embedded default) or a PostgreSQL database, reached
/// through QtSql with the same portable SQL, migrated to the latest server schema on open.
/// One instance per thread; several server processes may share one PostgreSQL database. Only the
/// classes of server/storage run SQL (docs/server.md).
class ServerDatabase final {
public:
    enum class Kind { Sqlite, Postgres };

    /// `location` is a file path or a postgresql://user:password@host:port/database URL.
    [[nodiscard]] static Result<std::unique_ptr<ServerDatabase>> open(const QString& location);
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    static int latestSchemaVersion();
    Kind kind() const { return m_kind; }

    /// Runs `work` in one transaction that holds the write lock from its start (SQLite: BEGIN
    /// IMMEDIATE); commits only if it succeeds.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()>& work);

    /// Prepares (cached), binds `values` in order and executes; the query is ready to read.
    [[nodiscard]] Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);
    /// run() for a statement that returns no rows.
    [[nodiscard]] Result<void> execute(const QString& sql, const QVariantList& values);
    /// First column of the first row, or an invalid QVariant when there is no row.
    [[nodiscard]] Result<QVariant> scalar(const QString& sql, const QVariantList& values);
    /// Takes the next value of the change sequence; only inside transaction().
    [[nodiscard]] Result<qint64> nextChangeSequence();
    /// Takes the next `count` values of the change sequence at once (a push's mutations); the
    /// first of them. Only inside transaction().
    [[nodiscard]] Result<qint64> reserveChangeSequences(int count);
    /// Adds `by` to the counter `name` and returns its new value. PostgreSQL keeps the counter's row
    /// locked until the transaction ends, so concurrent processes take different values.
    [[nodiscard]] Result<qint64> increment(const QString& name, int by = 1);
    /// "?, ?, ?" for `n` values bound to an IN list.
    static QString placeholders(qsizetype n);

    /// This store's identity: made once when the store is created, the same for every process
    /// that serves it and after restarts. Clients recognise the server by it, not by its address.
    QString serverId() const { return m_serverId; }

private:
    /// Makes the SQLite store at `path` and its -wal and -shm files readable by their owner alone.
    static void keepPrivate(const QString& path);
    ServerDatabase(Kind kind, QString connectionName);
    [[nodiscard]] Result<void> migrate();
    [[nodiscard]] Result<void> loadServerId();
    [[nodiscard]] Result<void> exec(const QString& sql);
    Error failure(const QString& what) const;

    Kind m_kind;
    QString m_name;
    int m_depth = 0;
    QString m_serverId;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
};

} // namespace Fieldbook::Server
