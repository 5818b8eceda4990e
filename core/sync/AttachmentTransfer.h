#pragma once

#include "SyncHttpClient.h"
#include "common/Error.h"
#include "store/write/AttachmentContents.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <optional>

namespace Fieldbook {

class Database;

/// The file part of a sync run (docs/sync-protocol.md, Attachment contents): asks the server which
/// of this device's contents it lacks and sends those once, in parts it acknowledges one by one;
/// then fetches the contents that pulled attachments name, those the user asked for first and the
/// others within a budget per run, in parts stored as they arrive. A transfer cut short goes on
/// from the last part either side stored.
class AttachmentTransfer final {
public:
    /// Sends one request to the server, signed in (the sync engine's exchange()).
    using Send = std::function<Result<HttpAnswer>(const HttpCall&)>;

    struct Options {
        QString host;                              ///< for messages
        qint64 chunkBytes = 1024 * 1024;           ///< bytes per request
        qint64 backgroundBytes = 64 * 1024 * 1024; ///< bytes fetched per run that nobody asked for
        qint64 maxBlobBytes = 0;                   ///< the server's limit (Hello)
        const std::atomic<bool>* cancel = nullptr;
        std::function<void(int done, int total)> progress;
        std::function<void(const char* point)> checkpoint;
    };

    /// What a run moved, and what is left for the next.
    struct Tally {
        int sent = 0;
        int received = 0;
        int waiting = 0;
        std::optional<Error> interrupted; ///< the network failed: the rest waits for the next run
        QStringList problems;             ///< contents refused for good, for the sync log
    };

    AttachmentTransfer(Database& db, Send send, Options options);

    /// Sends, then fetches. Fails only for what ends the whole run (cancel, sign-in, the local store);
    /// a network failure ends the transfers of this run (Tally::interrupted).
    [[nodiscard]] Result<Tally> run(const QString& clientId);

private:
    [[nodiscard]] Result<void> uploadAll(Tally& tally);
    /// Sends `content` from byte `from`; false when it was refused (noted in `tally`).
    [[nodiscard]] Result<bool> upload(const ContentTransfer& content, qint64 from, Tally& tally);
    /// Sends the part of `bytes` from `position`: where to go on (-1: the server has all of it), or
    /// nullopt when the server refused the content.
    [[nodiscard]] Result<std::optional<qint64>> sendPart(const QString& sha256, const QByteArray& bytes,
                                                         qint64 position, int& conflicts, Tally& tally);
    [[nodiscard]] Result<void> downloadAll(Tally& tally);
    /// Fetches `content` from the bytes already here; false when it did not arrive (noted per content).
    [[nodiscard]] Result<bool> download(const ContentTransfer& content, Tally& tally);
    /// Where one download stands.
    struct Fetch {
        qint64 position = 0;
        qint64 total = 0;
        bool restarted = false; ///< once from byte 0 after the server refused the range
    };
    /// Asks for and stores the next part of `sha256`; false when the content cannot come now (noted).
    [[nodiscard]] Result<bool> receivePart(const QString& sha256, Fetch& fetch, Tally& tally);
    /// Stores the part `answer` brings of `sha256` from `position`; the content's total size.
    [[nodiscard]] Result<qint64> storePart(const QString& sha256, qint64 position, const HttpAnswer& answer);
    /// The bytes received of each of `hashes` the server lacks (POST /v1/blobs/missing).
    [[nodiscard]] Result<QHash<QString, qint64>> missing(const QStringList& hashes);
    [[nodiscard]] Result<void> cancelled() const;
    void progress();

    AttachmentContents m_contents;
    Send m_send;
    Options m_options;
    int m_done = 0;
    int m_total = 0;
};

} // namespace Fieldbook
