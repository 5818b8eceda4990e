#pragma once

#include "store/write/Outbox.h"
#include "common/Error.h"
#include "protocol/MergeClass.h"

#include <QJsonValue>
#include <QString>

namespace Fieldbook {

class Database;

/// A field the server kept while this device had changed it too.
struct SyncConflict {
    qint64 id = 0;
    QString table;
    QString recordId;
    QString recordLabel; ///< the record's name, for people
    QString field;       ///< a column, or "deleted" for an edit elsewhere against a delete here
    MergeClass merge = MergeClass::Guarded;
    QJsonValue base;   ///< the value both sides started from
    QJsonValue theirs; ///< the server's value (undefined until it was pulled)
    QJsonValue yours;  ///< this device's value
    qint64 createdAt = 0;
};

/// A local change the server refused, kept until the user retries or discards it.
struct SyncRejection {
    OutboxEntry entry;
    QString recordLabel;
    QString reason;
    bool recordPresent = false; ///< false when the record left this device (reassigned away)
};

/// A pulled record this store could not take, kept with the reason until a newer version applies.
struct SyncSetAside {
    QString table;
    QString recordId;
    QString recordLabel;
    QString reason; ///< which field broke which rule, in English (as the log has it)
    qint64 setAsideAt = 0;
};

/// What sync leaves for a person to decide (the "Sync issues" view): conflicts with base, theirs
/// and yours per field, and rejected changes with their reason.
class SyncIssues final {
public:
    enum class Choice { KeepTheirs, UseMine, KeepBoth };

    explicit SyncIssues(Database& db);
    [[nodiscard]] Result<QList<SyncConflict>> conflicts() const;
    [[nodiscard]] Result<QList<SyncRejection>> rejections() const;
    /// Pulled records set aside, newest first.
    [[nodiscard]] Result<QList<SyncSetAside>> setAside() const;
    /// Forgets a set-aside record (the user has seen it; a newer version is still applied when it comes).
    [[nodiscard]] Result<void> dismiss(const QString& table, const QString& recordId);
    [[nodiscard]] Result<int> count() const;

    /// Decides a conflict. UseMine and KeepBoth (long text: theirs, a blank line, yours) become a
    /// new local edit that syncs like any other; KeepTheirs leaves the server's value.
    [[nodiscard]] Result<void> resolve(qint64 conflictId, Choice choice);
    /// Sends a rejected change again as a new change based on the record as it is now.
    [[nodiscard]] Result<void> retry(qint64 seq);
    /// Drops a rejected change and puts back the values it had replaced here.
    [[nodiscard]] Result<void> discard(qint64 seq);

private:
    [[nodiscard]] Result<QString> labelOf(const QString& table, const QString& id) const;
    [[nodiscard]] Result<std::optional<SyncRejection>> rejection(qint64 seq) const;
    /// rejection(), with NotFound when the change was already retried or discarded.
    [[nodiscard]] Result<std::optional<SyncRejection>> pendingRejection(qint64 seq) const;
    Database& m_db;
};

} // namespace Fieldbook
