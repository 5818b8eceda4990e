#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QList>

namespace Fieldbook {

class Database;

/// One recorded local change waiting for sync.
struct OutboxEntry {
    qint64 seq = 0;
    QString mutationId;
    QString table;
    QString recordId;
    QString op; ///< insert, update, delete, restore
    qint64 baseRowVersion = 0;
    QJsonObject fields;
    QJsonObject base; ///< the same fields' values before the change (empty for inserts)
    QString hlc;
    QString state;
};

/// Read access to the outbox (the sync engine and the status bar use it; writes come only from
/// RecordWriter).
class Outbox final {
public:
    explicit Outbox(Database& db);
    [[nodiscard]] Result<int> pendingCount() const;
    /// Entries in sequence order, optionally only for one record.
    [[nodiscard]] Result<QList<OutboxEntry>> entries(const QString& recordId = {}, int limit = 1000) const;

private:
    Database& m_db;
};

} // namespace Fieldbook
