#pragma once

#include "common/Error.h"

#include <QStringList>

namespace Fieldbook {

class SqlConnection;

/// Applies the numbered SQL files under :/migrations, each in its own transaction, and keeps
/// `PRAGMA user_version` equal to the number of the last one applied. Migrations only move forward.
class Migrator final {
public:
    /// Numbers of the available migrations; they are contiguous from 1.
    static int latestVersion();
    /// Splits a migration script into statements (comments, quotes and trigger bodies respected).
    static QStringList splitStatements(const QString& script);

    /// Migrates `connection` from `fromVersion` to the latest, copying the file to
    /// `<databasePath>.bak-v<fromVersion>` first when `backupPath` is not empty.
    [[nodiscard]] static Result<void> migrate(SqlConnection& connection, int fromVersion, int toVersion,
                                              const QString& backupPath);
};

} // namespace Fieldbook
