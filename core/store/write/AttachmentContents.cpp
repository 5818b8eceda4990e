#include "AttachmentContents.h"

#include "store/db/Database.h"
#include "store/db/SqlConnection.h"
#include "store/db/StoreEvents.h"
#include "common/Clock.h"
#include "protocol/BlobWire.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

const QString kClientSetting = u"attachments.uploads_client"_s;

constexpr std::array kProblems{
    std::pair{ContentProblem::NotUploaded, "not_uploaded"}, std::pair{ContentProblem::NoAccess, "no_access"},
    std::pair{ContentProblem::Damaged, "damaged"}, std::pair{ContentProblem::TooLarge, "too_large"},
    std::pair{ContentProblem::Interrupted, "interrupted"}};

QString problemName(ContentProblem problem) {
    for (const auto& [value, name] : kProblems)
        if (value == problem)
            return QString::fromLatin1(name);
    return {};
}

ContentProblem problemFromName(const QString& text) {
    for (const auto& [value, name] : kProblems)
        if (text == QLatin1String(name))
            return value;
    return ContentProblem::None;
}

/// A live attachment names the content `d.sha256` (one bound value less: it is a column).
const QString kNamedByLiveAttachment =
    u"EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = %1.sha256 AND a.deleted = 0%2)"_s;

} // namespace

AttachmentContents::AttachmentContents(Database& db)
    : m_db(db) {}

Result<void> AttachmentContents::startFor(const QString& clientId) {
    if (m_db.setting(kClientSetting) == clientId)
        return {};
    return m_db.transaction([&]() -> Result<void> {
        // The server of another client may lack any of them: ask again (those it has are not sent).
        if (auto r = m_db.connection().write(u"INSERT INTO attachment_uploads (sha256) SELECT sha256 FROM "
                                             u"attachment_blobs WHERE true ON CONFLICT (sha256) DO NOTHING"_s,
                                             {}, u"queue attachment contents for a new server"_s);
            !r)
            return std::unexpected(r.error());
        return m_db.setSetting(kClientSetting, clientId);
    });
}

Result<void> AttachmentContents::forgetUnnamed() {
    auto any = m_db.connection().scalar(u"SELECT EXISTS (SELECT 1 FROM attachment_downloads)"_s, {},
                                        u"look for downloads of attachment contents"_s);
    if (!any)
        return std::unexpected(any.error());
    if (any->toInt() == 0)
        return {};
    return m_db.transaction([&]() -> Result<void> {
        for (const QString& table : {u"attachment_download_parts"_s, u"attachment_downloads"_s}) {
            auto r = m_db.connection().write(u"DELETE FROM "_s + table + u" WHERE NOT "_s +
                                                 kNamedByLiveAttachment.arg(table, QString()),
                                             {}, u"forget downloads of removed attachments"_s);
            if (!r)
                return std::unexpected(r.error());
        }
        return {};
    });
}

Result<void> AttachmentContents::keptHere(const QString& sha256) {
    SqlConnection& c = m_db.connection();
    if (auto r = c.write(u"INSERT INTO attachment_uploads (sha256) VALUES (?) ON CONFLICT (sha256) DO NOTHING"_s,
                         {sha256}, u"queue attachment contents"_s);
        !r)
        return std::unexpected(r.error());
    if (auto r = c.write(u"DELETE FROM attachment_download_parts WHERE sha256 = ?"_s, {sha256},
                         u"end a download of attachment contents"_s);
        !r)
        return std::unexpected(r.error());
    auto r = c.write(u"DELETE FROM attachment_downloads WHERE sha256 = ?"_s, {sha256},
                     u"end a download of attachment contents"_s);
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<QList<ContentTransfer>> AttachmentContents::toUpload(int limit) const {
    auto q = m_db.connection().run(u"SELECT u.sha256, b.size FROM attachment_uploads u JOIN attachment_blobs b ON "
                                   u"b.sha256 = u.sha256 WHERE "_s +
                                       kNamedByLiveAttachment.arg(u"u"_s, u" AND a.row_version > 0"_s) +
                                       u" ORDER BY u.sha256 LIMIT ?"_s,
                                   {limit}, u"list attachment contents to send"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ContentTransfer> list;
    while ((*q)->next())
        list.append({(*q)->value(0).toString(), (*q)->value(1).toLongLong(), false});
    (*q)->finish();
    return list;
}

Result<QByteArray> AttachmentContents::bytes(const QString& sha256) const {
    auto data = m_db.connection().scalar(u"SELECT data FROM attachment_blobs WHERE sha256 = ?"_s, {sha256},
                                         u"read attachment contents"_s);
    if (!data)
        return std::unexpected(data.error());
    if (!data->isValid())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("AttachmentContents", "The attachment's content is not on this device."),
            sha256);
    return data->toByteArray();
}

Result<void> AttachmentContents::uploaded(const QString& sha256) {
    auto r = m_db.connection().write(u"DELETE FROM attachment_uploads WHERE sha256 = ?"_s, {sha256},
                                     u"mark attachment contents as sent"_s);
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<int> AttachmentContents::uploadsWaiting() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM attachment_uploads u WHERE "_s +
                                          kNamedByLiveAttachment.arg(u"u"_s, QString()),
                                      {}, u"count attachment contents to send"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<void> AttachmentContents::expect(const QString& sha256) {
    auto r = m_db.connection().write(u"INSERT INTO attachment_downloads (sha256) SELECT ? WHERE NOT EXISTS "
                                     u"(SELECT 1 FROM attachment_blobs WHERE sha256 = ?) "
                                     u"ON CONFLICT (sha256) DO NOTHING"_s,
                                     {sha256, sha256}, u"queue attachment contents to fetch"_s);
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<QList<ContentTransfer>> AttachmentContents::toDownload(int limit) const {
    auto q = m_db.connection().run(
        u"SELECT d.sha256, (SELECT max(a.size) FROM attachments a WHERE a.sha256 = d.sha256 AND a.deleted = 0), "
        u"d.wanted_at FROM attachment_downloads d WHERE "_s +
            kNamedByLiveAttachment.arg(u"d"_s, QString()) +
            u" AND NOT EXISTS (SELECT 1 FROM attachment_blobs b WHERE b.sha256 = d.sha256) "
            u"ORDER BY d.wanted_at = 0, d.wanted_at, d.tried_at, d.sha256 LIMIT ?"_s,
        {limit}, u"list attachment contents to fetch"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<ContentTransfer> list;
    while ((*q)->next())
        list.append({(*q)->value(0).toString(), (*q)->value(1).toLongLong(), (*q)->value(2).toLongLong() > 0});
    (*q)->finish();
    return list;
}

Result<int> AttachmentContents::downloadsWaiting() const {
    auto n = m_db.connection().scalar(u"SELECT count(*) FROM attachment_downloads d WHERE "_s +
                                          kNamedByLiveAttachment.arg(u"d"_s, QString()),
                                      {}, u"count attachment contents to fetch"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<qint64> AttachmentContents::received(const QString& sha256) const {
    auto n = m_db.connection().scalar(
        u"SELECT coalesce(sum(length(data)), 0) FROM attachment_download_parts WHERE sha256 = ?"_s, {sha256},
        u"measure a download of attachment contents"_s);
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<void> AttachmentContents::storePart(const QString& sha256, qint64 firstByte, const QByteArray& data) {
    return m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        if (auto r = c.write(u"INSERT INTO attachment_download_parts (sha256, first_byte, data) VALUES (?, ?, ?)"_s,
                             {sha256, firstByte, data}, u"store part of attachment contents"_s);
            !r)
            return std::unexpected(r.error());
        auto r = c.write(u"UPDATE attachment_downloads SET tried_at = ?, problem = '' WHERE sha256 = ?"_s,
                         {Clock::nowMs(), sha256}, u"note a download of attachment contents"_s);
        return r ? Result<void>() : std::unexpected(r.error());
    });
}

Result<void> AttachmentContents::dropParts(const QString& sha256) {
    auto r = m_db.connection().write(u"DELETE FROM attachment_download_parts WHERE sha256 = ?"_s, {sha256},
                                     u"drop parts of attachment contents"_s);
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<void> AttachmentContents::complete(const QString& sha256, qint64 size) {
    std::optional<Error> damaged; // committed: the damaged parts are gone, the problem noted
    auto ok = m_db.transaction([&]() -> Result<void> {
        SqlConnection& c = m_db.connection();
        auto q = c.run(u"SELECT first_byte, data FROM attachment_download_parts WHERE sha256 = ? ORDER BY first_byte"_s,
                       {sha256}, u"join parts of attachment contents"_s);
        if (!q)
            return std::unexpected(q.error());
        QByteArray data;
        while ((*q)->next())
            data.append((*q)->value(1).toByteArray());
        (*q)->finish();
        if (data.size() != size || Wire::sha256Of(data) != sha256) {
            damaged = Error{ErrorCode::Corrupt,
                            QCoreApplication::translate("AttachmentContents",
                                                        "The downloaded file did not match its checksum; it is "
                                                        "downloaded again."),
                            sha256};
            if (auto r = dropParts(sha256); !r)
                return r;
            return setProblem(sha256, ContentProblem::Damaged);
        }
        if (auto r = c.write(u"INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?) "
                             u"ON CONFLICT (sha256) DO NOTHING"_s,
                             {sha256, size, data}, u"store attachment contents"_s);
            !r)
            return std::unexpected(r.error());
        if (auto r = dropParts(sha256); !r)
            return r;
        auto r = c.write(u"DELETE FROM attachment_downloads WHERE sha256 = ?"_s, {sha256},
                         u"end a download of attachment contents"_s);
        return r ? Result<void>() : std::unexpected(r.error());
    });
    if (!ok)
        return ok;
    return damaged ? Result<void>(std::unexpected(*damaged)) : Result<void>();
}

Result<void> AttachmentContents::setProblem(const QString& sha256, ContentProblem problem) {
    auto r = m_db.connection().write(u"UPDATE attachment_downloads SET tried_at = ?, problem = ? WHERE sha256 = ?"_s,
                                     {Clock::nowMs(), problemName(problem), sha256},
                                     u"note a download of attachment contents"_s);
    return r ? Result<void>() : std::unexpected(r.error());
}

Result<void> AttachmentContents::request(const QString& attachmentId) {
    auto r = m_db.connection().write(
        u"INSERT INTO attachment_downloads (sha256, wanted_at) SELECT a.sha256, ? FROM attachments a WHERE a.id = ? "
        u"AND NOT EXISTS (SELECT 1 FROM attachment_blobs b WHERE b.sha256 = a.sha256) "
        u"ON CONFLICT (sha256) DO UPDATE SET wanted_at = excluded.wanted_at, problem = ''"_s,
        {Clock::nowMs(), attachmentId}, u"ask for attachment contents"_s);
    if (!r)
        return std::unexpected(r.error());
    emit m_db.events()->contentsRequested();
    return {};
}

Result<ContentState> AttachmentContents::stateOf(const QString& sha256) const {
    SqlConnection& c = m_db.connection();
    auto here = c.scalar(u"SELECT 1 FROM attachment_blobs WHERE sha256 = ?"_s, {sha256}, u"find attachment contents"_s);
    if (!here)
        return std::unexpected(here.error());
    ContentState state;
    if (here->isValid())
        return state;
    state.here = false;
    auto row = c.firstRow(u"SELECT wanted_at, problem FROM attachment_downloads WHERE sha256 = ?"_s, {sha256},
                          u"find a download of attachment contents"_s);
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        state.requested = (*row)->at(0).toLongLong() > 0;
        state.problem = problemFromName((*row)->at(1).toString());
    }
    auto partial = received(sha256);
    if (!partial)
        return std::unexpected(partial.error());
    state.received = *partial;
    return state;
}

} // namespace Fieldbook
