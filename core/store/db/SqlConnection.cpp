#include "SqlConnection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

/// Binds `values` in order. Strings and bytes are bound without a copy: the caller keeps `values`
/// alive until the statement is reset. A null QString binds as NULL, as QtSql's driver does.
void bind(sqlite3_stmt* statement, const QVariantList& values) {
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int slot = i + 1;
        switch (value.typeId()) {
        case QMetaType::QString: {
            const auto* text = static_cast<const QString*>(value.constData());
            if (text->isNull())
                sqlite3_bind_null(statement, slot);
            else
                sqlite3_bind_text16(statement, slot, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(statement, slot, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, slot, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(value.constData());
            if (bytes->isNull())
                sqlite3_bind_null(statement, slot);
            else
                sqlite3_bind_blob64(statement, slot, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            sqlite3_bind_null(statement, slot);
            break;
        default: {
            const QString text = value.toString();
            sqlite3_bind_text16(statement, slot, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
        }
        }
    }
}

QString columnText(sqlite3_stmt* statement, int column) {
    // Stored as UTF-8: Qt's decoder is faster than having SQLite convert to UTF-16.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (!text)
        return {};                                              // NULL
    const int bytes = sqlite3_column_bytes(statement, column);  // after sqlite3_column_text, as SQLite asks
    return bytes == 0 ? u""_s : QString::fromUtf8(text, bytes); // the empty text: not null, no allocation
}

QVariant columnValue(sqlite3_stmt* statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                                   sqlite3_column_bytes(statement, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // valid but null, as QtSql reports NULL
    default:
        return QVariant(columnText(statement, column));
    }
}

} // namespace

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
        return std::unexpected(failure(query->lastError(), sql));
    auto* raw = query.get();
    m_cache.emplace(sql, std::move(query));
    return raw;
}

Result<void> SqlConnection::exec(QSqlQuery& query, const QString& context) {
    if (!query.exec()) {
        auto error = failure(query.lastError(), context);
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

void SqlConnection::StatementFinalizer::operator()(sqlite3_stmt* statement) const {
    sqlite3_finalize(statement);
}

sqlite3* SqlConnection::handle() {
    if (!m_handle) {
        // Qt's SQLite driver links the same system libsqlite3 and hands out its connection.
        const QVariant handle = database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(handle.constData());
    }
    return m_handle;
}

Error SqlConnection::failure(const QSqlError& error, const QString& context) {
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const int code = error.nativeErrorCode().toInt();
    return toError(code, text, context, handle() ? sqlite3_system_errno(m_handle) : 0);
}

Error SqlConnection::failure(int sqliteCode, const QString& context) {
    return toError(sqliteCode, QString::fromUtf8(sqlite3_errmsg(m_handle)), context, sqlite3_system_errno(m_handle));
}

Result<sqlite3_stmt*> SqlConnection::native(const QString& sql) {
    if (auto it = m_nativeCache.find(sql); it != m_nativeCache.end())
        return it->second.get();
    if (!handle())
        return std::unexpected(toError(SQLITE_MISUSE, u"no SQLite handle"_s, sql));
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (const int rc = sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                          &statement, nullptr);
        rc != SQLITE_OK)
        return std::unexpected(failure(rc, sql));
    m_nativeCache.emplace(sql, NativeStatement(statement));
    return statement;
}

Result<void> SqlConnection::stepOnce(const QString& sql, const QVariantList& values, const QString& context,
                                     std::optional<QVariantList>* firstRow) {
    auto prepared = native(sql);
    if (!prepared)
        return std::unexpected(prepared.error());
    sqlite3_stmt* statement = *prepared;
    bind(statement, values);
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW && firstRow) {
        QVariantList row;
        const int columns = sqlite3_column_count(statement);
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(columnValue(statement, i));
        *firstRow = std::move(row);
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return std::unexpected(failure(sqlite3_extended_errcode(m_handle), context));
    return {};
}

Result<qint64> SqlConnection::write(const QString& sql, const QVariantList& values, const QString& context) {
    if (auto ok = stepOnce(sql, values, context, nullptr); !ok)
        return std::unexpected(ok.error());
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

QVariant SqlRow::value(int column) const {
    return columnValue(m_statement, column);
}

QString SqlRow::text(int column) const {
    // Text and NULL directly; numbers and bytes as QVariant renders them, as rows always were read.
    const int type = sqlite3_column_type(m_statement, column);
    return type == SQLITE_TEXT || type == SQLITE_NULL ? columnText(m_statement, column) : value(column).toString();
}

QByteArrayView SqlRow::utf8(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return {text, text ? sqlite3_column_bytes(m_statement, column) : 0};
}

QByteArray SqlRow::key(int column) const {
    const QByteArrayView bytes = utf8(column);
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

qint64 SqlRow::integer(int column) const {
    const int type = sqlite3_column_type(m_statement, column);
    return type == SQLITE_INTEGER ? sqlite3_column_int64(m_statement, column)
           : type == SQLITE_NULL  ? 0
                                  : value(column).toLongLong();
}

Result<void> SqlConnection::eachRow(const QString& sql, const QVariantList& values, const QString& context,
                                    const std::function<void(const SqlRow& row)>& take) {
    auto cached = native(sql);
    if (!cached)
        return std::unexpected(cached.error());
    NativeStatement own; // a nested read of the same statement gets one of its own
    sqlite3_stmt* statement = *cached;
    if (sqlite3_stmt_busy(statement)) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
            return std::unexpected(failure(sqlite3_extended_errcode(m_handle), context));
        own.reset(statement);
    }
    bind(statement, values);
    const SqlRow row(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        take(row);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return std::unexpected(failure(sqlite3_extended_errcode(m_handle), context));
    return {};
}

Result<void> SqlConnection::execDirect(const QString& sql, const QString& context) {
    QSqlQuery query(database());
    if (!query.exec(sql))
        return std::unexpected(failure(query.lastError(), context));
    return {};
}

Result<std::optional<QVariantList>> SqlConnection::firstRow(const QString& sql, const QVariantList& values,
                                                            const QString& context) {
    std::optional<QVariantList> row;
    if (auto ok = stepOnce(sql, values, context, &row); !ok)
        return std::unexpected(ok.error());
    return row;
}

Result<QVariant> SqlConnection::scalar(const QString& sql, const QVariantList& values, const QString& context) {
    auto row = firstRow(sql, values, context);
    if (!row)
        return std::unexpected(row.error());
    return *row && !(*row)->isEmpty() ? (*row)->first() : QVariant(); // invalid: no row
}

bool SqlConnection::isConstraintFailure(const Error& error) {
    // SQLite words every constraint failure "<KIND> constraint failed: <table>.<column>".
    return error.code == ErrorCode::Database && error.detail.contains(QStringLiteral(" constraint failed"));
}

Error SqlConnection::toError(const QSqlError& error, const QString& context) {
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return toError(error.nativeErrorCode().toInt(), text, context);
}

Error SqlConnection::toError(int sqliteCode, const QString& databaseText, const QString& context, int systemError) {
    const QString detail = context + QStringLiteral(": ") + databaseText;
    int primary = sqliteCode & 0xFF;
    if (primary == SQLITE_IOERR && (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT))
        primary = SQLITE_FULL;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::DatabaseLocked,
                QCoreApplication::translate("Database",
                                            "The database is in use by another program. Close it there and try again."),
                detail};
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                QCoreApplication::translate("Database", "The disk is full. Nothing was saved; free some space and "
                                                        "try again."),
                detail};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::Database,
                QCoreApplication::translate("Database", "The file is not a Fieldbook database or is damaged."), detail};
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io,
                QCoreApplication::translate("Database", "The database file cannot be read or written (%1).")
                    .arg(databaseText),
                detail};
    default:
        return {ErrorCode::Database,
                QCoreApplication::translate("Database", "The database reported an error: %1").arg(databaseText),
                detail};
    }
}

void SqlConnection::clearCache() {
    m_cache.clear();
    m_nativeCache.clear();
}

} // namespace Fieldbook
