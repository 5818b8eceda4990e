#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Fieldbook {

class Database;

/// A content (the bytes of attachments, named by their SHA-256) to send or to fetch.
struct ContentTransfer {
    QString sha256;
    qint64 size = 0;     ///< as the attachments naming it say
    bool wanted = false; ///< the user asked for it: fetched first, whatever the run's budget
};

/// Why a content has not arrived, as the last attempt found (docs/sync-protocol.md, Attachment contents).
enum class ContentProblem {
    None,
    NotUploaded, ///< the server does not have it yet: the device that attached it has not sent it
    NoAccess,    ///< the server no longer lets this user fetch it
    Damaged,     ///< it arrived, but its bytes did not match their hash (fetched again)
    TooLarge,    ///< larger than this device accepts
    Interrupted, ///< the transfer stopped (network); it goes on at the next sync
};

/// Where an attachment's bytes are, for the attachments pane.
struct ContentState {
    bool here = true;       ///< the bytes are on this device
    bool requested = false; ///< the user asked for them
    qint64 received = 0;    ///< bytes already here of an interrupted download
    ContentProblem problem = ContentProblem::None;
};

/// The local side of attachment contents in sync: which contents wait to be sent, which to be
/// fetched, and the parts of downloads under way, kept so that an interrupted transfer resumes.
/// All SQL of it lives here; the transfer itself is core/sync/AttachmentTransfer.
class AttachmentContents final {
public:
    explicit AttachmentContents(Database& db);

    /// Contents added here (attached files) or kept by the server for this store's current client
    /// (sync_state.client_id); another client (another server or user) than before queues every
    /// content here to be asked about again.
    [[nodiscard]] Result<void> startFor(const QString& clientId);
    /// Drops downloads, and their parts, of contents no live attachment names any more (deleted,
    /// or gone with a record that left this user's scope).
    [[nodiscard]] Result<void> forgetUnnamed();
    /// Bytes of `sha256` stored here: queue them to be sent, and end a download of them.
    [[nodiscard]] Result<void> keptHere(const QString& sha256);
    /// Contents to send: queued, and named by a live attachment the server has acknowledged.
    [[nodiscard]] Result<QList<ContentTransfer>> toUpload(int limit) const;
    [[nodiscard]] Result<QByteArray> bytes(const QString& sha256) const;
    /// The server has `sha256`: never sent again.
    [[nodiscard]] Result<void> uploaded(const QString& sha256);
    [[nodiscard]] Result<int> uploadsWaiting() const;

    /// A pulled attachment names `sha256`: fetch it unless it is here.
    [[nodiscard]] Result<void> expect(const QString& sha256);
    /// Contents to fetch, named by live attachments: those the user asked for first, then those
    /// not tried for the longest time.
    [[nodiscard]] Result<QList<ContentTransfer>> toDownload(int limit) const;
    [[nodiscard]] Result<int> downloadsWaiting() const;
    /// Bytes of `sha256` received so far: the next part starts there.
    [[nodiscard]] Result<qint64> received(const QString& sha256) const;
    [[nodiscard]] Result<void> storePart(const QString& sha256, qint64 firstByte, const QByteArray& data);
    /// Forgets the parts of `sha256` (the next download starts from byte 0).
    [[nodiscard]] Result<void> dropParts(const QString& sha256);
    /// Joins the parts of `sha256` into its stored bytes. Corrupt when they are not `size` bytes
    /// whose SHA-256 is `sha256`: they are dropped and the content is marked damaged.
    [[nodiscard]] Result<void> complete(const QString& sha256, qint64 size);
    [[nodiscard]] Result<void> setProblem(const QString& sha256, ContentProblem problem);

    /// The user asks for the bytes of attachment `attachmentId` (opening or saving it): they are
    /// fetched first, at once. Call outside a transaction: it announces the request.
    [[nodiscard]] Result<void> request(const QString& attachmentId);
    [[nodiscard]] Result<ContentState> stateOf(const QString& sha256) const;

private:
    Database& m_db;
};

} // namespace Fieldbook
