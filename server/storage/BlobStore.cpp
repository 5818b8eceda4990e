#include "BlobStore.h"

#include "ServerDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Fieldbook::Server {

BlobStore::BlobStore(ServerDatabase& db, ClockFn clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}

Result<std::optional<qint64>> BlobStore::completeSize(const QString& sha256) {
    auto size = m_db.scalar(u"SELECT size FROM blobs WHERE sha256 = ?"_s, {sha256});
    if (!size)
        return std::unexpected(size.error());
    return size->isValid() ? std::optional<qint64>(size->toLongLong()) : std::nullopt;
}

Result<qint64> BlobStore::received(const QString& sha256) {
    auto received = m_db.scalar(u"SELECT received FROM blob_uploads WHERE sha256 = ?"_s, {sha256});
    if (!received)
        return std::unexpected(received.error());
    return received->toLongLong();
}

Result<BlobStore::Upload> BlobStore::lockUpload(const QString& sha256, qint64 size) {
    if (auto r = m_db.run(u"INSERT INTO blob_uploads (sha256, size, received, updated_at) VALUES (?, ?, 0, ?) "
                          u"ON CONFLICT (sha256) DO NOTHING"_s,
                          {sha256, size, m_clock()});
        !r)
        return std::unexpected(r.error());
    // PostgreSQL keeps the row locked until commit: uploads of one content take turns.
    if (auto r = m_db.run(u"UPDATE blob_uploads SET updated_at = ? WHERE sha256 = ?"_s, {m_clock(), sha256}); !r)
        return std::unexpected(r.error());
    auto q = m_db.run(u"SELECT size, received FROM blob_uploads WHERE sha256 = ?"_s, {sha256});
    if (!q)
        return std::unexpected(q.error());
    Upload upload;
    if ((*q)->next())
        upload = {(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()};
    (*q)->finish();
    return upload;
}

Result<void> BlobStore::restartUpload(const QString& sha256, qint64 size) {
    if (auto r = m_db.run(u"DELETE FROM blob_chunks WHERE sha256 = ?"_s, {sha256}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.run(u"UPDATE blob_uploads SET size = ?, received = 0 WHERE sha256 = ?"_s, {size, sha256}); !r)
        return std::unexpected(r.error());
    return {};
}

Result<void> BlobStore::discard(const QString& sha256) {
    if (auto r = m_db.run(u"DELETE FROM blob_chunks WHERE sha256 = ?"_s, {sha256}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.run(u"DELETE FROM blob_uploads WHERE sha256 = ?"_s, {sha256}); !r)
        return std::unexpected(r.error());
    return {};
}

Result<QString> BlobStore::hashOfChunks(const QString& sha256) {
    auto q = m_db.run(u"SELECT first_byte, data FROM blob_chunks WHERE sha256 = ? ORDER BY first_byte"_s, {sha256});
    if (!q)
        return std::unexpected(q.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 position = 0;
    bool contiguous = true; // always, as append() stores them; checked all the same
    while ((*q)->next()) {
        const QByteArray data = (*q)->value(1).toByteArray();
        contiguous = contiguous && (*q)->value(0).toLongLong() == position;
        hash.addData(data);
        position += data.size();
    }
    (*q)->finish();
    return contiguous ? QString::fromLatin1(hash.result().toHex()) : u"(bytes missing)"_s;
}

Result<Wire::BlobUpload> BlobStore::append(const QString& sha256, const Wire::ByteRange& range,
                                           const QByteArray& bytes) {
    auto known = completeSize(sha256);
    if (!known)
        return std::unexpected(known.error());
    if (*known)
        return Wire::BlobUpload{sha256, **known, **known, true}; // sent before: nothing to store
    Attempt attempt{{sha256, range.total, 0, false}, {}};
    // A refusal commits what led to it: a discarded upload stays discarded.
    auto ok = m_db.transaction([&] { return appendLocked(sha256, range, bytes, attempt); });
    if (!ok)
        return std::unexpected(ok.error());
    if (attempt.refusal)
        return std::unexpected(*attempt.refusal);
    return attempt.answer;
}

Result<void> BlobStore::appendLocked(const QString& sha256, const Wire::ByteRange& range, const QByteArray& bytes,
                                     Attempt& attempt) {
    auto upload = lockUpload(sha256, range.total);
    if (!upload)
        return std::unexpected(upload.error());
    // Checked under the lock: another process may have completed it while this one waited.
    auto complete = completeSize(sha256);
    if (!complete)
        return std::unexpected(complete.error());
    if (*complete) {
        attempt.answer = {sha256, **complete, **complete, true};
        auto r = m_db.run(u"DELETE FROM blob_uploads WHERE sha256 = ?"_s, {sha256});
        return r ? Result<void>() : std::unexpected(r.error());
    }
    if (upload->size != range.total && range.first == 0) {
        // Only a range from byte 0 replaces an upload of another size, so that a client that
        // announced a wrong size cannot block the content for good.
        if (auto r = restartUpload(sha256, range.total); !r)
            return r;
        *upload = {range.total, 0};
    }
    if (upload->size != range.total) {
        attempt.refusal =
            Error{ErrorCode::Conflict,
                  QCoreApplication::translate("BlobStore", "An upload of this content with %1 bytes is "
                                                           "under way; send it from byte 0 to start over.")
                      .arg(upload->size),
                  {}};
        return {};
    }
    if (range.first != upload->received) {
        attempt.refusal = Error{ErrorCode::Conflict,
                                QCoreApplication::translate("BlobStore", "The server has the first %1 bytes of this "
                                                                         "content; send the bytes from %1 on.")
                                    .arg(upload->received),
                                {}};
        return {};
    }
    if (!bytes.isEmpty()) {
        if (auto r = m_db.run(u"INSERT INTO blob_chunks (sha256, first_byte, size, data) VALUES (?, ?, ?, ?)"_s,
                              {sha256, range.first, qint64(bytes.size()), bytes});
            !r)
            return std::unexpected(r.error());
    }
    attempt.answer.received = upload->received + bytes.size();
    if (attempt.answer.received == range.total)
        return publish(sha256, range.total, attempt);
    auto r = m_db.run(u"UPDATE blob_uploads SET received = ? WHERE sha256 = ?"_s, {attempt.answer.received, sha256});
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<void> BlobStore::publish(const QString& sha256, qint64 size, Attempt& attempt) {
    auto actual = hashOfChunks(sha256);
    if (!actual)
        return std::unexpected(actual.error());
    if (*actual != sha256) {
        attempt.refusal = Error{ErrorCode::Corrupt,
                                QCoreApplication::translate("BlobStore", "The uploaded bytes have the SHA-256 %1, not "
                                                                         "%2; the upload was discarded.")
                                    .arg(*actual, sha256),
                                {}};
        return discard(sha256);
    }
    if (auto r =
            m_db.run(u"INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)"_s, {sha256, size, m_clock()});
        !r)
        return std::unexpected(r.error());
    attempt.answer.complete = true;
    auto r = m_db.run(u"DELETE FROM blob_uploads WHERE sha256 = ?"_s, {sha256});
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<QByteArray> BlobStore::read(const QString& sha256, qint64 first, qint64 last) {
    auto q = m_db.run(u"SELECT first_byte, data FROM blob_chunks WHERE sha256 = ? AND first_byte <= ? "
                      u"AND first_byte + size > ? ORDER BY first_byte"_s,
                      {sha256, last, first});
    if (!q)
        return std::unexpected(q.error());
    QByteArray bytes;
    bytes.reserve(last - first + 1);
    while ((*q)->next()) {
        const qint64 start = (*q)->value(0).toLongLong();
        const QByteArray data = (*q)->value(1).toByteArray();
        const qint64 from = std::max<qint64>(first - start, 0);
        const qint64 to = std::min<qint64>(last - start, data.size() - 1);
        bytes.append(data.constData() + from, to - from + 1);
    }
    (*q)->finish();
    if (bytes.size() != last - first + 1)
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("BlobStore", "The stored content %1 is incomplete.").arg(sha256));
    return bytes;
}

} // namespace Fieldbook::Server
