#include "SqlReplay.h"

#include "BenchTimer.h"
#include "store/db/Database.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Fieldbook::Bench {

namespace {

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

struct ValueFree {
    void operator()(sqlite3_value* v) const { sqlite3_value_free(v); }
};
using Row = std::vector<std::unique_ptr<sqlite3_value, ValueFree>>;

/// Everything written for one record, in the order Fieldbook writes it.
struct RecordRows {
    size_t table = 0; ///< index into the replayed tables
    qint64 rowVersion = 0;
    qint64 rid = 0;
    QByteArray id;
    Row record;
    Row search; ///< name, body
    std::vector<Row> outbox;
    std::vector<Row> keys;
};

Db openDb(const QString& path, int flags, QString* error) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Db db(raw);
    if (rc != SQLITE_OK) {
        *error = u"cannot open %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errmsg(raw)));
        return nullptr;
    }
    return db;
}

Stmt prepare(sqlite3* db, const QByteArray& sql, QString* error) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        *error = u"cannot prepare %1: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db)));
    return Stmt(raw);
}

Row readRow(sqlite3_stmt* s, int first) {
    Row row;
    for (int i = first; i < sqlite3_column_count(s); ++i)
        row.emplace_back(sqlite3_value_dup(sqlite3_column_value(s, i)));
    return row;
}

bool step(sqlite3_stmt* s, const Row& row, QString* error) {
    for (size_t i = 0; i < row.size(); ++i)
        sqlite3_bind_value(s, int(i) + 1, row[i].get());
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s)));
        return false;
    }
    return true;
}

/// Column names of `table` without `skip` (the local rowid alias is assigned anew, as in the import).
QList<QByteArray> columns(sqlite3* db, const QByteArray& table, const QByteArray& skip, QString* error) {
    QList<QByteArray> names;
    Stmt info = prepare(db, "SELECT name FROM pragma_table_info('" + table + "')", error);
    while (info && sqlite3_step(info.get()) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 0)));
        if (name != skip)
            names.append(name);
    }
    return names;
}

QByteArray insertSql(const QByteArray& table, const QList<QByteArray>& names) {
    QByteArray marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks += i == 0 ? "?" : ", ?";
    return "INSERT INTO " + table + " (" + names.join(", ") + ") VALUES (" + marks + ")";
}

} // namespace

QString createStore(const QString& path) {
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    auto db = Database::open(path);
    return db ? QString() : db.error().message;
}

double replayRowsPerSecond(const QString& writtenDb, const QString& freshDb, const QStringList& tables,
                           const ReplayOptions& options, QString* error) {
    Db source = openDb(writtenDb, SQLITE_OPEN_READONLY, error);
    Db target = openDb(freshDb, SQLITE_OPEN_READWRITE, error);
    if (!source || !target)
        return -1;

    // Read (untimed) what was written, grouped by record.
    std::vector<QByteArray> names;
    std::vector<QList<QByteArray>> recordColumns;
    std::vector<RecordRows> records;
    QHash<QByteArray, size_t> indexOf; ///< record id -> index into records
    for (const QString& table : tables) {
        const QByteArray t = table.toUtf8();
        names.push_back(t);
        recordColumns.push_back(columns(source.get(), t, "rid", error));
        Stmt s = prepare(source.get(),
                         "SELECT r.id, r.row_version, r.rid, f.name, f.body, " +
                             recordColumns.back().join(", r.").prepend("r.") + " FROM " + t + " r JOIN " + t +
                             "_fts f ON f.rowid = r.rid",
                         error);
        while (s && sqlite3_step(s.get()) == SQLITE_ROW) {
            RecordRows r;
            r.table = names.size() - 1;
            r.rowVersion = sqlite3_column_int64(s.get(), 1);
            r.rid = sqlite3_column_int64(s.get(), 2);
            r.id = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0)));
            r.search.emplace_back(sqlite3_value_dup(sqlite3_column_value(s.get(), 3)));
            r.search.emplace_back(sqlite3_value_dup(sqlite3_column_value(s.get(), 4)));
            r.record = readRow(s.get(), 5);
            records.push_back(std::move(r));
        }
    }
    std::sort(records.begin(), records.end(), [](const RecordRows& a, const RecordRows& b) {
        return std::tie(a.rowVersion, a.table, a.rid) < std::tie(b.rowVersion, b.table, b.rid);
    });
    for (size_t i = 0; i < records.size(); ++i)
        indexOf.insert(records[i].id, i);
    const QList<QByteArray> outboxColumns = columns(source.get(), "outbox", "seq", error);
    const QList<QByteArray> keyColumns = columns(source.get(), "record_keys", {}, error);
    auto attach = [&](const QByteArray& from, const QList<QByteArray>& names, auto member) {
        Stmt s =
            prepare(source.get(), "SELECT record_id, " + names.join(", ") + " FROM " + from + " ORDER BY rowid", error);
        while (s && sqlite3_step(s.get()) == SQLITE_ROW) {
            const auto it =
                indexOf.constFind(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s.get(), 0))));
            if (it != indexOf.cend())
                (records[*it].*member).push_back(readRow(s.get(), 1));
        }
    };
    attach("outbox", outboxColumns, &RecordRows::outbox);
    attach("record_keys", keyColumns, &RecordRows::keys);
    if (!error->isEmpty())
        return -1;
    if (records.empty()) {
        *error = u"%1 holds no %2"_s.arg(writtenDb, tables.join(u", "_s));
        return -1;
    }

    // Write them again (timed): the same pragmas as the store.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -32000"})
        sqlite3_exec(target.get(), pragma, nullptr, nullptr, nullptr);
    std::vector<Stmt> insertRecord;
    std::vector<Stmt> insertSearch;
    for (size_t i = 0; i < names.size(); ++i) {
        insertRecord.push_back(prepare(target.get(), insertSql(names[i], recordColumns[i]), error));
        insertSearch.push_back(
            prepare(target.get(), "INSERT INTO " + names[i] + "_fts (rowid, name, body) VALUES (?, ?, ?)", error));
    }
    Stmt insertOutbox = prepare(target.get(), insertSql("outbox", outboxColumns), error);
    Stmt insertKey = prepare(target.get(), insertSql("record_keys", keyColumns), error);
    if (!error->isEmpty())
        return -1;
    auto exec = [&](const char* sql) {
        if (sqlite3_exec(target.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(target.get()));
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    int inTransaction = 0;
    for (const RecordRows& r : records) {
        if (inTransaction == 0 && !exec("BEGIN IMMEDIATE"))
            return -1;
        if (!step(insertRecord[r.table].get(), r.record, error))
            return -1;
        if (!options.recordsOnly) {
            sqlite3_stmt* search = insertSearch[r.table].get();
            sqlite3_bind_int64(search, 1, sqlite3_last_insert_rowid(target.get()));
            sqlite3_bind_value(search, 2, r.search[0].get());
            sqlite3_bind_value(search, 3, r.search[1].get());
            const int rc = sqlite3_step(search);
            sqlite3_reset(search);
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(target.get()));
                return -1;
            }
            for (const Row& row : r.outbox)
                if (!step(insertOutbox.get(), row, error))
                    return -1;
            for (const Row& row : r.keys)
                if (!step(insertKey.get(), row, error))
                    return -1;
        }
        if (++inTransaction == options.rowsPerTransaction) {
            if (!exec("COMMIT"))
                return -1;
            inTransaction = 0;
        }
    }
    if (inTransaction > 0 && !exec("COMMIT"))
        return -1;
    return double(records.size()) / (elapsedMs(timer) / 1000.0);
}

} // namespace Fieldbook::Bench
