#include "SqlConnection.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Fieldbook {

SqlConnection::SqlConnection(QString connectionName)
    : m_name(std::move(connectionName)) {}

SqlConnection::~SqlConnection() = default;

QSqlDatabase SqlConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

Result<QSqlQuery*> SqlConnection::prepared(const QString& sql) {
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->finish();
        return it->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return std::unexpected(toError(query->lastError(), sql));
    auto* raw = query.get();
    m_cache.emplace(sql, std::move(query));
    return raw;
}

Result<void> SqlConnection::exec(QSqlQuery& query, const QString& context) {
    if (!query.exec()) {
        auto error = toError(query.lastError(), context);
        query.finish();
        return std::unexpected(std::move(error));
    }
    return {};
}

Result<QSqlQuery*> SqlConnection::run(const QString& sql, const QVariantList& values, const QString& context) {
    auto query = prepared(sql);
    if (!query)
        return query;
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    if (auto ok = exec(**query, context); !ok)
        return std::unexpected(ok.error());
    return query;
}

Result<void> SqlConnection::execDirect(const QString& sql, const QString& context) {
    QSqlQuery query(database());
    if (!query.exec(sql))
        return std::unexpected(toError(query.lastError(), context));
    return {};
}

Result<QVariant> SqlConnection::scalar(const QString& sql, const QVariantList& values, const QString& context) {
    auto query = run(sql, values, context);
    if (!query)
        return std::unexpected(query.error());
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    (*query)->finish();
    return value;
}

Error SqlConnection::toError(const QSqlError& error, const QString& context) {
    const int code = error.nativeErrorCode().toInt() & 0xFF; // primary SQLite result code
    const QString detail = context + QStringLiteral(": ") + error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {ErrorCode::DatabaseLocked,
                QCoreApplication::translate("Database",
                                            "The database is in use by another program. Close it there and try again."),
                detail};
    case 13: // SQLITE_FULL
        return {ErrorCode::DiskFull,
                QCoreApplication::translate("Database", "The disk is full. Nothing was saved; free some space and "
                                                        "try again."),
                detail};
    case 26: // SQLITE_NOTADB
    case 11: // SQLITE_CORRUPT
        return {ErrorCode::Database,
                QCoreApplication::translate("Database", "The file is not a Fieldbook database or is damaged."), detail};
    case 8:  // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return {ErrorCode::Io,
                QCoreApplication::translate("Database", "The database file cannot be read or written (%1).")
                    .arg(error.driverText().isEmpty() ? error.databaseText() : error.databaseText()),
                detail};
    default:
        return {ErrorCode::Database,
                QCoreApplication::translate("Database", "The database reported an error: %1").arg(error.databaseText()),
                detail};
    }
}

void SqlConnection::clearCache() {
    m_cache.clear();
}

} // namespace Fieldbook
