#pragma once

#include "SyncService.h"
#include "storage/AttachmentIndex.h"
#include "storage/BlobStore.h"

namespace Fieldbook::Server {

/// Attachment contents for the HTTP API (docs/sync-protocol.md, Attachment contents): which ones
/// the server lacks, resumable uploads verified before they become visible, and ranges of complete
/// ones. A caller reaches only contents that a live attachment within their scope names.
class BlobService final {
public:
    using ClockFn = std::function<qint64()>;
    BlobService(ServerDatabase& db, ClockFn clock);

    /// Those of `query` the server has no complete content for, with the bytes of an upload under way.
    /// Contents outside the caller's reach are answered as missing, so the answer tells nothing about them.
    [[nodiscard]] Result<Wire::MissingBlobs> missing(const Caller& caller, const Wire::BlobQuery& query);
    /// Stores `bytes` as `range` of the content `sha256` (see BlobStore::append); PermissionDenied
    /// when no attachment the caller may see names it.
    [[nodiscard]] Result<Wire::BlobUpload> upload(const Caller& caller, const QString& sha256,
                                                  const Wire::ByteRange& range, const QByteArray& bytes);
    /// The size of the complete content `sha256`: PermissionDenied outside the caller's reach,
    /// NotFound while its bytes have not all arrived.
    [[nodiscard]] Result<qint64> sizeFor(const Caller& caller, const QString& sha256);
    /// Bytes `first` to `last` of a content sizeFor() found.
    [[nodiscard]] Result<QByteArray> read(const QString& sha256, qint64 first, qint64 last);

private:
    /// PermissionDenied unless a live attachment of one of `readers` names `sha256`.
    [[nodiscard]] Result<void> checkReach(const OwnerFilter& readers, const QString& sha256);
    /// Whose attachments the caller sees, with the attachment index brought up to date.
    [[nodiscard]] Result<OwnerFilter> readersOf(const Caller& caller);

    UserDirectory m_users;
    AttachmentIndex m_index;
    BlobStore m_store;
};

} // namespace Fieldbook::Server
