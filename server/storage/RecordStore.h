#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// One record as the server holds it: its fields and, per field, when and by whom it was last set.
struct StoredRecord {
    QString ownerId;
    qint64 rowVersion = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject meta; ///< per field: {"sv": server version, "hlc": the edit's clock, "by": device}
};

/// The server's records table: every synced record of every type, as JSON fields with their
/// per-field metadata (docs/sync-protocol.md).
class RecordStore final {
public:
    explicit RecordStore(ServerDatabase& db);

    /// The record `id` of `table`, deleted or not; nullopt when the server never held it.
    [[nodiscard]] Result<std::optional<StoredRecord>> load(const QString& table, const QString& id);
    /// Whether the server holds (or held: tombstones count) the record `id` of `table`.
    [[nodiscard]] Result<bool> exists(const QString& table, const QString& id);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
