#pragma once

#include "OwnerFilter.h"
#include "common/Error.h"
#include "protocol/WireFormat.h"

namespace Fieldbook::Server {

class ServerDatabase;

/// A record that left an owner, with the owner it has now ("" when the server no longer holds it).
struct Revocation {
    Wire::Change change; ///< a Revoke change numbered by the sv of the owner change
    QString ownerNow;
};

/// What a pull reads (docs/server.md): records and revocations after a change number, each list in
/// change order and at most `rows` long.
class ChangeFeed final {
public:
    explicit ChangeFeed(ServerDatabase& db);

    /// The records (tombstones included) written after `after` that `readers` see: their owners'
    /// records and the organisation's. Each change's row version is its change number.
    [[nodiscard]] Result<QList<Wire::Change>> records(qint64 after, const OwnerFilter& readers, int rows);
    /// The records that left one of `formerOwners` after `after`.
    [[nodiscard]] Result<QList<Revocation>> revocations(qint64 after, const QStringList& formerOwners, int rows);
    /// The records `reader` was taken off as a reader of after `after` (RecordSharing::readersIn).
    [[nodiscard]] Result<QList<Revocation>> readerRevocations(qint64 after, const QString& reader, int rows);
    /// How many records `readers` see, tombstones included (a first sync's progress).
    [[nodiscard]] Result<qint64> count(const OwnerFilter& readers);

private:
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
