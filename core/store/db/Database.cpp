#include "Database.h"

#include "Migrator.h"
#include "SqlConnection.h"
#include "StoreEvents.h"
#include "StoreFiles.h"
#include "common/Clock.h"
#include "common/Uuid7.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

QString nextConnectionName() {
    static QAtomicInt counter;
    return u"fieldbook-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/// $USER with a capital first letter; empty when it names nobody in particular (root, unset).
QString environmentUserName() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty() || name == u"root"_s)
        return {};
    name[0] = name[0].toUpper();
    return name;
}

/// The message of `error` prefixed with the database it concerns.
std::unexpected<Error> withPath(Error error, const QString& shownPath) {
    error.message =
        QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(shownPath, error.message);
    return std::unexpected(std::move(error));
}

/// Whether the file at `info` can be opened (or, with `create`, made, its folder first).
Result<void> checkFile(const QFileInfo& info, bool create, const QString& shownPath) {
    if (!info.exists()) {
        if (!create)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("Database", "The database %1 does not exist.").arg(shownPath));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot create the folder %1.")
                                           .arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (info.isDir()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(shownPath));
    } else if (!info.isReadable()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Database", "The database %1 cannot be read: permission denied.")
                        .arg(shownPath));
    }
    return {};
}

/// Refuses a schema newer than this program, configures the connection (WAL, foreign keys) and
/// migrates up to the version `options` asks for. Returns the schema version now.
Result<int> prepareSchema(SqlConnection& c, const Database::Options& options, const QString& path,
                          const QString& shownPath) {
    auto version = c.scalar(u"PRAGMA user_version"_s, {}, u"read schema version"_s);
    if (!version)
        return withPath(version.error(), shownPath);
    const int current = version->toInt();
    const int latest = Database::latestSchemaVersion();
    if (current > latest)
        return fail(ErrorCode::DatabaseTooNew,
                    QCoreApplication::translate(
                        "Database",
                        "The database %1 was written by a newer version of Fieldbook (schema %2; this version "
                        "understands up to %3). Update Fieldbook to open it; the file was not changed.")
                        .arg(shownPath)
                        .arg(current)
                        .arg(latest));

    auto mode = c.scalar(u"PRAGMA journal_mode = WAL"_s, {}, u"enable WAL"_s);
    if (!mode)
        return withPath(mode.error(), shownPath);
    for (const auto* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -32000"}) {
        if (auto ok = c.execDirect(QString::fromLatin1(pragma), u"configure connection"_s); !ok)
            return withPath(ok.error(), shownPath);
    }

    const int target = options.migrateTo >= 0 ? std::min(options.migrateTo, latest) : latest;
    if (current < target) {
        const QString backup =
            (current > 0 && options.backupBeforeMigrate) ? path + u".bak-v%1"_s.arg(current) : QString();
        if (auto ok = Migrator::migrate(c, current, target, backup); !ok)
            return withPath(ok.error(), shownPath);
    }
    return std::max(current, target);
}

/// The identity of this device and its local user, created once (in `deviceId` and `localUserId`,
/// which hold what the settings had).
Result<void> ensureIdentity(Database& db, QString& deviceId, QString& localUserId) {
    deviceId = db.setting(u"device_id"_s);
    localUserId = db.setting(u"local_user_id"_s);
    if (!deviceId.isEmpty() && !localUserId.isEmpty())
        return {};
    return db.transaction([&]() -> Result<void> {
        if (deviceId.isEmpty()) {
            deviceId = createUuid7();
            if (auto r = db.setSetting(u"device_id"_s, deviceId); !r)
                return r;
        }
        if (!localUserId.isEmpty())
            return {};
        // The local user is the device's identity, not shared data: the server owns the user
        // directory, so this row is written directly and never enters the outbox.
        localUserId = createUuid7();
        const qint64 now = Clock::nowMs();
        const QString known = environmentUserName();
        const QString name = known.isEmpty() ? QCoreApplication::translate("Database", "Me") : known;
        auto r = db.connection().run(
            u"INSERT INTO users (id, name, role, created_at, updated_at) VALUES (?, ?, 'admin', ?, ?)"_s,
            {localUserId, name, now, now}, u"create local user"_s);
        if (!r)
            return std::unexpected(r.error());
        // Remembered so that the user is asked for their real name (UserRepository::localUserNeedsName).
        if (known.isEmpty())
            if (auto placeholder = db.setSetting(u"local_user_placeholder"_s, name); !placeholder)
                return placeholder;
        return db.setSetting(u"local_user_id"_s, localUserId);
    });
}

} // namespace

struct Database::Private {
    QString path;
    std::unique_ptr<StoreFiles::Registration> registration; ///< only SQLite opens the files of an open store
    std::unique_ptr<SqlConnection> connection;
    std::unique_ptr<StoreEvents> events;
    int schemaVersion = 0;
    int depth = 0;
    std::optional<Error> doomed; ///< a nested storage failure: the outer transaction must not commit
    QString localUserId;
    QString deviceId;
    QHash<QString, QStringList> pendingChanges;
    QSet<QString> pendingResets;

    void flushNotifications() {
        const auto resets = std::exchange(pendingResets, {});
        auto changes = std::exchange(pendingChanges, {});
        for (const QString& table : resets) {
            changes.remove(table);
            emit events->tableReset(table);
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            emit events->recordsChanged(it.key(), it.value());
    }

    /// Opens the SQLite connection to `path` with its busy timeout.
    Result<void> connect(int busyTimeoutMs, const QString& shownPath) {
        const QString name = nextConnectionName();
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!sql.isValid())
            return fail(ErrorCode::Unsupported,
                        QCoreApplication::translate(
                            "Database",
                            "The Qt SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite."));
        sql.setDatabaseName(path);
        sql.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        connection = std::make_unique<SqlConnection>(name);
        if (!sql.open()) {
            auto error = SqlConnection::toError(sql.lastError(), u"open"_s);
            error.message = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                                .arg(shownPath, error.message);
            return std::unexpected(error);
        }
        return {};
    }
};

Database::Database()
    : d(std::make_unique<Private>()) {}

Database::~Database() {
    if (!d->connection)
        return;
    const QString name = d->connection->name();
    d->connection->clearCache();
    d->connection->database().close();
    d->connection.reset();
    QSqlDatabase::removeDatabase(name);
}

int Database::latestSchemaVersion() {
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options) {
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (auto ok = checkFile(info, options.create, shownPath); !ok)
        return std::unexpected(ok.error());

    std::unique_ptr<Database> db(new Database);
    db->d->path = info.absoluteFilePath();
    db->d->registration = std::make_unique<StoreFiles::Registration>(db->d->path);
    db->d->events = std::make_unique<StoreEvents>();
    if (auto ok = db->d->connect(options.busyTimeoutMs, shownPath); !ok)
        return std::unexpected(ok.error());
    auto version = prepareSchema(*db->d->connection, options, db->d->path, shownPath);
    if (!version)
        return std::unexpected(version.error());
    db->d->schemaVersion = *version;
    if (db->d->schemaVersion < latestSchemaVersion())
        return db; // a deliberately old schema (tests): no identity rows, the tables may not exist yet
    if (auto ok = ensureIdentity(*db, db->d->deviceId, db->d->localUserId); !ok)
        return withPath(ok.error(), shownPath);
    return db;
}

int Database::schemaVersion() const {
    return d->schemaVersion;
}

QString Database::path() const {
    return d->path;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work) {
    SqlConnection& c = *d->connection;
    if (d->depth > 0) {
        ++d->depth;
        Result<void> result = work();
        --d->depth;
        if (!result && result.error().code != ErrorCode::InvalidInput && result.error().code != ErrorCode::NotFound &&
            !d->doomed)
            d->doomed = result.error();
        return result;
    }
    if (auto ok = c.execDirect(u"BEGIN IMMEDIATE"_s, u"begin"_s); !ok)
        return ok;
    d->depth = 1;
    d->doomed.reset();
    Result<void> result = work();
    d->depth = 0;
    if (result && d->doomed)
        result = std::unexpected(*std::exchange(d->doomed, std::nullopt));
    if (result) {
        if (auto ok = c.execDirect(u"COMMIT"_s, u"commit"_s); !ok)
            result = ok;
    }
    if (!result) {
        (void)c.execDirect(u"ROLLBACK"_s, u"rollback"_s);
        d->pendingChanges.clear();
        d->pendingResets.clear();
        return result;
    }
    d->flushNotifications();
    return {};
}

bool Database::inTransaction() const {
    return d->depth > 0;
}

QString Database::setting(const QString& key, const QString& fallback) const {
    auto value = d->connection->scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key}, u"read setting"_s);
    if (!value || !value->isValid())
        return fallback;
    return value->toString();
}

Result<void> Database::setSetting(const QString& key, const QString& value) {
    auto r = d->connection->run(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                {key, value.isNull() ? u""_s : value}, u"write setting"_s);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QString Database::localUserId() const {
    return d->localUserId;
}

void Database::reloadLocalUser() {
    const QString id = setting(u"local_user_id"_s);
    if (!id.isEmpty())
        d->localUserId = id;
}

QString Database::deviceId() const {
    return d->deviceId;
}

StoreEvents* Database::events() const {
    return d->events.get();
}

void Database::notifyChanged(const QString& table, const QString& id) {
    if (d->depth == 0) {
        emit d->events->recordsChanged(table, {id});
        return;
    }
    auto& ids = d->pendingChanges[table];
    if (ids.size() > 500) {
        d->pendingResets.insert(table);
        return;
    }
    ids.append(id);
}

void Database::notifyReset(const QString& table) {
    if (d->depth == 0) {
        emit d->events->tableReset(table);
        return;
    }
    d->pendingResets.insert(table);
}

SqlConnection& Database::connection() const {
    return *d->connection;
}

} // namespace Fieldbook
