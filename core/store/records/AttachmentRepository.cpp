#include "AttachmentRepository.h"

#include "store/write/AttachmentContents.h"
#include "store/db/StoreFiles.h"
#include "store/db/Database.h"
#include "store/write/DerivedState.h"
#include "store/write/RecordWriter.h"
#include "store/db/SqlConnection.h"
#include "common/Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kColumns = u"id, record_table, record_id, file_name, mime_type, size, sha256, owner_id, created_at, "
                         u"updated_at, row_version, deleted"_s;

Attachment fromRow(const QSqlQuery& q) {
    Attachment a;
    a.id = q.value(0).toString();
    a.recordTable = q.value(1).toString();
    a.recordId = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mimeType = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.ownerId = q.value(7).toString();
    a.createdAt = q.value(8).toLongLong();
    a.updatedAt = q.value(9).toLongLong();
    a.rowVersion = q.value(10).toLongLong();
    a.deleted = q.value(11).toInt() != 0;
    return a;
}

QVariantList toValues(const Attachment& a) {
    return {a.recordTable, a.recordId, a.fileName, a.mimeType, a.size, a.sha256, a.ownerId};
}

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}

} // namespace

AttachmentRepository::AttachmentRepository(Database& db)
    : m_db(db) {}

Result<Attachment> AttachmentRepository::add(const QString& recordTable, const QString& recordId, const QString& path) {
    if (auto refused = StoreFiles::refuse(path); !refused)
        return std::unexpected(refused.error());
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("AttachmentRepository", "The file %1 does not exist.").arg(shown));
    if (file.size() > kMaxSize)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("AttachmentRepository", "The file %1 is %2; attachments can be at most %3.")
                .arg(shown, sizeText(file.size()), sizeText(kMaxSize)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("AttachmentRepository", "The file %1 cannot be read: %2")
                                       .arg(shown, file.errorString()));
    const QByteArray data = file.read(kMaxSize + 1);
    if (data.size() > kMaxSize)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AttachmentRepository", "The file %1 is larger than %2.")
                        .arg(shown, sizeText(kMaxSize)));
    return addData(recordTable, recordId, QFileInfo(path).fileName(), data);
}

Result<Attachment> AttachmentRepository::addData(const QString& recordTable, const QString& recordId,
                                                 const QString& fileName, const QByteArray& data) {
    if (data.size() > kMaxSize)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("AttachmentRepository", "The file %1 is larger than %2.")
                        .arg(fileName, sizeText(kMaxSize)));
    // The record types files may be attached to, as the attachment's type declares them.
    if (!RecordType::attachments().field(u"record_table"_s)->allowed.contains(recordTable))
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("AttachmentRepository", "Files cannot be attached to this kind of record."),
            recordTable);
    Attachment a;
    a.id = createUuid7();
    a.recordTable = recordTable;
    a.recordId = recordId;
    a.fileName = fileName;
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.ownerId = m_db.localUserId();
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto exists = m_db.connection().scalar(u"SELECT 1 FROM "_s + recordTable + u" WHERE id = ? AND deleted = 0"_s,
                                               {recordId}, u"check attachment owner record"_s);
        if (!exists)
            return std::unexpected(exists.error());
        if (!exists->isValid())
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("AttachmentRepository",
                                                    "The record to attach the file to no longer exists."),
                        recordId);
        auto blob = m_db.connection().run(
            u"INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"_s,
            {a.sha256, a.size, data}, u"store attachment bytes"_s);
        if (!blob)
            return std::unexpected(blob.error());
        if (auto kept = AttachmentContents(m_db).keptHere(a.sha256); !kept)
            return kept;
        auto saved = RecordWriter(m_db, RecordType::attachments()).save(a.id, toValues(a), std::nullopt);
        if (!saved)
            return std::unexpected(saved.error());
        a.createdAt = saved->createdAt;
        a.updatedAt = saved->updatedAt;
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return a;
}

Result<int> AttachmentRepository::count() const {
    auto n =
        m_db.connection().scalar(u"SELECT count(*) FROM attachments WHERE deleted = 0"_s, {}, u"count attachments"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<QList<Attachment>> AttachmentRepository::forRecord(const QString& recordId) const {
    auto q = m_db.connection().run(u"SELECT "_s + kColumns +
                                       u" FROM attachments WHERE record_id = ? AND deleted = 0 ORDER BY created_at"_s,
                                   {recordId}, u"list attachments"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<Attachment> list;
    while ((*q)->next())
        list.append(fromRow(**q));
    (*q)->finish();
    return list;
}

Result<QByteArray> AttachmentRepository::data(const QString& attachmentId) const {
    auto value = m_db.connection().scalar(
        u"SELECT b.data FROM attachments a JOIN attachment_blobs b ON b.sha256 = a.sha256 WHERE a.id = ?"_s,
        {attachmentId}, u"read attachment"_s);
    if (!value)
        return std::unexpected(value.error());
    if (!value->isValid())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("AttachmentRepository", "The attachment's content is not on this device."),
            attachmentId);
    return value->toByteArray();
}

Result<void> AttachmentRepository::saveTo(const QString& attachmentId, const QString& path) const {
    auto bytes = data(attachmentId);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (auto refused = StoreFiles::refuse(path); !refused)
        return refused;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return fail(ErrorCode::Io, QCoreApplication::translate("AttachmentRepository", "Cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<void> AttachmentRepository::remove(const QString& id) {
    return setRecordDeleted(m_db, RecordType::attachments(), id, true);
}

Result<void> AttachmentRepository::restore(const QString& id) {
    return setRecordDeleted(m_db, RecordType::attachments(), id, false);
}

Result<int> AttachmentRepository::moveToRecord(const QString& recordTable, const QString& fromId, const QString& toId) {
    int moved = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto q = m_db.connection().run(u"SELECT "_s + kColumns + u" FROM attachments WHERE record_id = ?"_s, {fromId},
                                       u"list attachments to move"_s);
        if (!q)
            return std::unexpected(q.error());
        QList<Attachment> list;
        while ((*q)->next())
            list.append(fromRow(**q));
        (*q)->finish();
        RecordWriter writer(m_db, RecordType::attachments());
        for (auto a : std::as_const(list)) {
            auto previous = writer.load(a.id);
            if (!previous)
                return std::unexpected(previous.error());
            a.recordTable = recordTable;
            a.recordId = toId;
            if (auto r = writer.save(a.id, toValues(a), *previous); !r)
                return std::unexpected(r.error());
            ++moved;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return moved;
}

} // namespace Fieldbook
