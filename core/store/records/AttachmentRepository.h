#pragma once

#include "common/Error.h"
#include "domain/Attachment.h"
#include "protocol/BlobWire.h"

#include <QByteArray>

namespace Fieldbook {

class Database;

/// Files attached to records. Bytes are stored once per SHA-256 in the database, so the store
/// stays one file that travels with the laptop.
class AttachmentRepository final {
public:
    /// The protocol's limit, so that every attachment made here can travel to the server.
    static constexpr qint64 kMaxSize = Wire::kMaxBlobBytes;

    explicit AttachmentRepository(Database& db);

    /// Attaches the file at `path` to the record; refuses files over kMaxSize.
    [[nodiscard]] Result<Attachment> add(const QString& recordTable, const QString& recordId, const QString& path);
    /// Attaches bytes under a file name (vCard photos, imports, tests).
    [[nodiscard]] Result<Attachment> addData(const QString& recordTable, const QString& recordId,
                                             const QString& fileName, const QByteArray& data);
    [[nodiscard]] Result<QList<Attachment>> forRecord(const QString& recordId) const;
    /// Live attachments in the store.
    [[nodiscard]] Result<int> count() const;
    [[nodiscard]] Result<QByteArray> data(const QString& attachmentId) const;
    /// Writes the attachment's bytes to `path`.
    [[nodiscard]] Result<void> saveTo(const QString& attachmentId, const QString& path) const;
    [[nodiscard]] Result<void> remove(const QString& id);
    [[nodiscard]] Result<void> restore(const QString& id);
    [[nodiscard]] Result<int> moveToRecord(const QString& recordTable, const QString& fromId, const QString& toId);

private:
    Database& m_db;
};

} // namespace Fieldbook
