#pragma once

#include "common/Error.h"
#include "protocol/PushPlan.h"

#include <QString>

#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// What a push reads and writes of the server's records: the `records` table (every synced record
/// of every type, as JSON fields with their per-field metadata), and beside it the revocations of
/// records that changed owner and the field history of values that lost to a concurrent edit
/// (docs/server.md).
class RecordStore final {
public:
    explicit RecordStore(ServerDatabase& db);

    /// The record `id` of `table`, deleted or not; nullopt when the server never held it.
    [[nodiscard]] Result<std::optional<HeldRecord>> load(const QString& table, const QString& id);
    /// Whether the server holds (or held: tombstones count) the record `id` of `table`.
    [[nodiscard]] Result<bool> exists(const QString& table, const QString& id);
    /// Writes what `plan` decided for the record `id` of `table`, the change numbered `sv`.
    [[nodiscard]] Result<void> save(const QString& table, const QString& id, const PushPlan& plan, qint64 sv);
    /// Whether a record lends the record `id` of `table` to `userId` (RecordSharing::lends).
    [[nodiscard]] Result<bool> isLent(const QString& table, const QString& id, const QString& userId);

private:
    [[nodiscard]] Result<void> insert(const QString& table, const QString& id, const HeldRecord& record);
    [[nodiscard]] Result<void> update(const QString& table, const QString& id, const HeldRecord& record);
    [[nodiscard]] Result<void> setState(const QString& table, const QString& id, const HeldRecord& record);
    [[nodiscard]] Result<void> addRevocation(qint64 sv, const QString& table, const QString& id,
                                             const QString& formerOwner);
    [[nodiscard]] Result<void> addHistory(qint64 sv, const QString& table, const QString& id, const LostValue& lost);
    /// Brings `record_readers` in line with the readers `fields` name (RecordSharing::readersIn);
    /// those taken off are noted in `reader_revocations` with the change `sv`.
    [[nodiscard]] Result<void> keepReaders(const QString& table, const QString& id, const QJsonObject& fields,
                                           qint64 sv);
    /// Brings `lent_records` in line with what `record` (of a type that lends) lends to its owner;
    /// a loan that ends is noted in `reader_revocations`, a new one sends the lent record again.
    [[nodiscard]] Result<void> keepLent(const QString& table, const QString& id, const HeldRecord& record, qint64 sv);
    [[nodiscard]] Result<void> startLoan(const QString& table, const QString& id, const QString& userId,
                                         const QString& byTable, const QString& byId);
    [[nodiscard]] Result<void> endLoan(const QString& table, const QString& id, const QString& userId,
                                       const QString& byTable, const QString& byId, qint64 sv);

    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
