#pragma once

#include "common/Error.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Fieldbook {

class StoreEvents;
class SqlConnection;

/// One open Fieldbook store: an SQLite file in WAL mode, migrated to the latest schema.
/// Each thread opens its own Database on the same file (SQLite connections are per thread).
class Database final {
public:
    struct Options {
        bool create = true;              ///< create the file when missing
        bool backupBeforeMigrate = true; ///< copy to <db>.bak-v<N> before upgrading
        int busyTimeoutMs = 5000;
        int migrateTo = -1; ///< stop at this schema version (tests of old versions); -1: latest
    };

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The schema version this program writes; a database with a higher one is refused.
    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const;

    /// Runs `work` in one transaction and commits only if it succeeds. A nested call joins the
    /// outer transaction (no savepoint: savepoints make SQLite's full-text index flush on every
    /// record, which costs imports a factor of two). Repositories validate before they write, so a
    /// nested failure of kind InvalidInput or NotFound has written nothing and the outer work may
    /// carry on; any other nested failure (disk full, locked, I/O) dooms the whole transaction.
    /// Change notifications collected during the transaction are emitted after the outermost commit.
    [[nodiscard]] Result<void> transaction(const std::function<Result<void>()>& work);
    bool inTransaction() const;

    /// Local settings (not synced): local user id, device id, UI preferences.
    QString setting(const QString& key, const QString& fallback = {}) const;
    [[nodiscard]] Result<void> setSetting(const QString& key, const QString& value);

    /// The user who owns records created on this device; created on first open.
    QString localUserId() const;
    /// Reads the local user id again after sync passed this device to a server user (another
    /// connection on the same file changed it).
    void reloadLocalUser();
    /// Identifies this device in the outbox and, later, to the sync server.
    QString deviceId() const;

    StoreEvents* events() const;
    /// Queue a change notification; delivered after commit (or at once outside a transaction).
    void notifyChanged(const QString& table, const QString& id);
    void notifyReset(const QString& table);

    /// The connection behind this database, for code inside core/store and core/search only.
    SqlConnection& connection() const;

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Fieldbook
