#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Fieldbook {

/// The row a statement stands on while SqlConnection::eachRow reads it: valid only inside the
/// callback. Columns are decoded where asked, without a QVariant in between.
class SqlRow final {
public:
    explicit SqlRow(sqlite3_stmt* statement)
        : m_statement(statement) {}
    /// NULL as a valid, null QVariant (as scalar() gives it); INTEGER as qint64, REAL as double.
    QVariant value(int column) const;
    /// NULL as a null QString, the empty text as an empty one.
    QString text(int column) const;
    /// The column's text as UTF-8, without a copy: valid while the row is (a lookup key).
    QByteArrayView utf8(int column) const;
    /// The same as a QByteArray over the row's bytes, without a copy: a hash lookup key, valid
    /// while the row is. Reading 100,000 deals spent most of its time making QStrings only to
    /// look them up (docs/forecast.md, Performance).
    QByteArray key(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3_stmt* m_statement;
};

/// The one gateway to an SQLite connection: cached prepared statements and error mapping.
/// Internal to core/store and core/search; nothing outside core includes it.
class SqlConnection final {
public:
    explicit SqlConnection(QString connectionName);
    ~SqlConnection();
    Q_DISABLE_COPY_MOVE(SqlConnection)

    QSqlDatabase database() const;
    QString name() const { return m_name; }

    /// A prepared statement for `sql`, prepared once per connection and reused.
    /// Bind positionally with bindValue(i, ...); call finish() after reading results.
    [[nodiscard]] Result<QSqlQuery*> prepared(const QString& sql);

    /// Executes a prepared statement; maps failures to an Error naming `context`.
    [[nodiscard]] Result<void> exec(QSqlQuery& query, const QString& context);
    /// Prepares (cached), binds `values` in order and executes.
    [[nodiscard]] Result<QSqlQuery*> run(const QString& sql, const QVariantList& values, const QString& context);
    /// Executes a write (INSERT, UPDATE, DELETE) that returns no rows, binding `values` in order, on
    /// the SQLite handle under this connection with a cached native statement: the bulk paths (import,
    /// demo data) write several rows per record, and QtSql's per-value bookkeeping cost more than
    /// SQLite's own work. Same transaction, same error mapping as run(). Returns the last inserted rowid.
    [[nodiscard]] Result<qint64> write(const QString& sql, const QVariantList& values, const QString& context);
    /// The columns of the first row of `sql` (nullopt: no row), on a cached native statement; NULL
    /// columns are valid, null QVariants, as in scalar().
    [[nodiscard]] Result<std::optional<QVariantList>> firstRow(const QString& sql, const QVariantList& values,
                                                               const QString& context);
    /// Runs `sql` and calls `take` with every row, on a cached native statement: reading through
    /// QtSql's cached result cost more per row than SQLite's own work (docs/performance.md). `take`
    /// may run other statements, even this one.
    [[nodiscard]] Result<void> eachRow(const QString& sql, const QVariantList& values, const QString& context,
                                       const std::function<void(const SqlRow& row)>& take);
    /// Executes one statement without caching (DDL, PRAGMA).
    [[nodiscard]] Result<void> execDirect(const QString& sql, const QString& context);
    /// First column of the first row of `sql`, or an invalid QVariant when there is no row (a NULL
    /// value is a valid, null QVariant). Runs on a cached native statement, like write().
    [[nodiscard]] Result<QVariant> scalar(const QString& sql, const QVariantList& values, const QString& context);

    /// Translates an SQLite failure into an Error: locked, disk full, not a database, I/O.
    /// Whether `error` is SQLite refusing a statement for a constraint (NOT NULL, CHECK, UNIQUE,
    /// FOREIGN KEY): that statement wrote nothing and the transaction around it may go on.
    [[nodiscard]] static bool isConstraintFailure(const Error& error);
    static Error toError(const QSqlError& error, const QString& context);
    /// The same for a native SQLite result code and message. `systemError` is the errno behind an
    /// I/O failure: no space, a file-size limit or a quota is reported as a full disk.
    static Error toError(int sqliteCode, const QString& databaseText, const QString& context, int systemError = 0);

    /// Drops all cached statements (before closing, or after a schema change).
    void clearCache();

private:
    struct StatementFinalizer {
        void operator()(sqlite3_stmt* statement) const;
    };
    using NativeStatement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;
    [[nodiscard]] Result<sqlite3_stmt*> native(const QString& sql);
    /// Runs the cached native statement for `sql` once; the first row, if any, goes to `firstRow`.
    [[nodiscard]] Result<void> stepOnce(const QString& sql, const QVariantList& values, const QString& context,
                                        std::optional<QVariantList>* firstRow);
    /// The SQLite connection under Qt's driver (null if the driver is not Qt's SQLite one).
    sqlite3* handle();
    /// toError() with the operating system's reason for an I/O failure on this connection.
    Error failure(const QSqlError& error, const QString& context);
    Error failure(int sqliteCode, const QString& context);

    QString m_name;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    std::unordered_map<QString, NativeStatement> m_nativeCache;
    sqlite3* m_handle = nullptr;
};

} // namespace Fieldbook
