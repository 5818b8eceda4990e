#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Fieldbook {

class Database;

/// Records that belong to users who exist only on this device: the demo's sales team that
/// `generate` makes, or colleagues typed in before a server was known. A server refuses every one
/// of them, so before a store's first sign-in the user decides once (docs/sync-protocol.md,
/// "The first connect"): take them over as their own, or start from the server's data and keep this
/// file as a backup. Nothing is refused silently.
class LocalOnlyRecords final {
    Q_DECLARE_TR_FUNCTIONS(LocalOnlyRecords)

public:
    explicit LocalOnlyRecords(Database& db);

    /// Records owned by users made on this device (whose creation the server never took), whether
    /// or not the store has signed in before.
    [[nodiscard]] Result<qint64> count() const;
    /// Every such record and its pending changes become the local user's (and so, at sign-in, the
    /// server user's); the users that exist only here are removed with their pending changes, and
    /// changes the server refused are sent again. One transaction. Ends the store's demo status.
    [[nodiscard]] Result<qint64> takeOver();
    /// Copies the store to `backupPath` through SQLite, then empties it of every record, pending
    /// change, conflict and sync state, keeping only the local user and settings. Ends the demo status.
    [[nodiscard]] Result<void> startFresh(const QString& backupPath);
    /// A backup name beside the store that does not exist yet: "<store>.before-sync-<date>.sqlite".
    static QString backupPathFor(const QString& storePath);

    /// Whether the store holds demo data (written by `generate`) that nobody has taken over yet.
    static bool isDemo(const Database& db);
    /// Marks the store as holding demo data (DemoDataService).
    [[nodiscard]] static Result<void> markDemo(Database& db);

private:
    [[nodiscard]] Result<void> requeueRejected();
    [[nodiscard]] Result<void> backUp(const QString& backupPath);
    [[nodiscard]] Result<void> removeLocalUsers();
    Database& m_db;
};

} // namespace Fieldbook
