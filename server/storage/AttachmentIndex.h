#pragma once

#include "OwnerFilter.h"
#include "common/Error.h"

namespace Fieldbook::Server {

class ServerDatabase;

/// Which attachment records name which content, so that a caller reaches a blob exactly when a live
/// attachment within their scope names it (docs/sync-protocol.md, Attachment contents). The index
/// follows `records` by change sequence, so pushes need not know it, attachments stored before it
/// existed are taken in, and an attachment given away or deleted stops granting access at once.
class AttachmentIndex final {
public:
    explicit AttachmentIndex(ServerDatabase& db);

    /// Takes in the attachment records written since the index was last brought up to date.
    [[nodiscard]] Result<void> catchUp();
    /// Whether a live attachment of one of `readers` names the content `sha256` (after catchUp()).
    [[nodiscard]] Result<bool> reaches(const OwnerFilter& readers, const QString& sha256);

private:
    /// Moves the index on from `position` by one page of records; returns the new position.
    [[nodiscard]] Result<qint64> indexAfter(qint64 position);
    ServerDatabase& m_db;
};

} // namespace Fieldbook::Server
