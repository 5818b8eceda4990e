#pragma once

#include <QString>

namespace Fieldbook {

/// A file attached to any record; the bytes live once per content hash in the store.
struct Attachment {
    QString id;
    QString recordTable; ///< "accounts", "contacts", "activities"
    QString recordId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; ///< hex
    QString ownerId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 rowVersion = 0;
    bool deleted = false;
    friend bool operator==(const Attachment&, const Attachment&) = default;
};

} // namespace Fieldbook
