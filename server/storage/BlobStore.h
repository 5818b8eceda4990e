#pragma once

#include "common/Error.h"
#include "protocol/BlobWire.h"

#include <functional>
#include <optional>

namespace Fieldbook::Server {

class ServerDatabase;

/// Attachment contents in the server's store (docs/sync-protocol.md, Attachment contents): uploads
/// arrive as consecutive byte ranges and are kept in those chunks; a blob becomes complete, and
/// readable, only when its last byte arrived and the SHA-256 of all of them matched its name.
/// Several server processes on one PostgreSQL database take turns per blob.
class BlobStore final {
public:
    using ClockFn = std::function<qint64()>;
    BlobStore(ServerDatabase& db, ClockFn clock);

    /// The size of the complete blob `sha256`; nullopt while it is missing or incomplete.
    [[nodiscard]] Result<std::optional<qint64>> completeSize(const QString& sha256);
    /// The bytes of an unfinished upload of `sha256` received so far (0 when none is under way).
    [[nodiscard]] Result<qint64> received(const QString& sha256);
    /// Stores `bytes` as `range` of the upload of `sha256`. Conflict when the range does not start
    /// where the upload stands (the message says where) or names another size while bytes of the
    /// first are in (then start from byte 0); Corrupt when the last range completes bytes whose
    /// SHA-256 is not `sha256` (the upload is discarded: it starts again from byte 0).
    [[nodiscard]] Result<Wire::BlobUpload> append(const QString& sha256, const Wire::ByteRange& range,
                                                  const QByteArray& bytes);
    /// Bytes `first` to `last` (inclusive, within its size) of the complete blob `sha256`.
    [[nodiscard]] Result<QByteArray> read(const QString& sha256, qint64 first, qint64 last);

private:
    struct Upload {
        qint64 size = 0;
        qint64 received = 0;
    };
    /// What one append() answers, or why it refuses.
    struct Attempt {
        Wire::BlobUpload answer;
        std::optional<Error> refusal;
    };
    [[nodiscard]] Result<void> appendLocked(const QString& sha256, const Wire::ByteRange& range,
                                            const QByteArray& bytes, Attempt& attempt);
    /// Makes the upload of `sha256` a complete blob if its bytes match the name; discards it otherwise.
    [[nodiscard]] Result<void> publish(const QString& sha256, qint64 size, Attempt& attempt);
    [[nodiscard]] Result<Upload> lockUpload(const QString& sha256, qint64 size);
    [[nodiscard]] Result<void> restartUpload(const QString& sha256, qint64 size);
    /// The SHA-256 of the stored chunks of `sha256`, read in order.
    [[nodiscard]] Result<QString> hashOfChunks(const QString& sha256);
    [[nodiscard]] Result<void> discard(const QString& sha256);

    ServerDatabase& m_db;
    ClockFn m_clock;
};

} // namespace Fieldbook::Server
