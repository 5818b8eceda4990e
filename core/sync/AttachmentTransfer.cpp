#include "AttachmentTransfer.h"

#include "ServerAnswer.h"
#include "protocol/BlobWire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace Fieldbook {

namespace {

constexpr int kContentsPerRun = 1000; ///< contents one run looks at in each direction
constexpr int kMaxConflicts = 3;      ///< 409 answers one upload follows before it waits for the next run

/// Failures that end the whole sync run, not only its transfers.
bool endsRun(const Error& error) {
    switch (error.code) {
    case ErrorCode::Cancelled:
    case ErrorCode::NotSignedIn:
    case ErrorCode::TooManyAttempts:
    case ErrorCode::Database:
    case ErrorCode::DatabaseLocked:
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        return true;
    default:
        return false;
    }
}

QString blobPath(const QString& sha256) {
    return Wire::kBlobPathPrefix.toString() + sha256;
}

QStringList hashesOf(const QList<ContentTransfer>& contents) {
    QStringList hashes;
    for (const ContentTransfer& c : contents)
        hashes.append(c.sha256);
    return hashes;
}

} // namespace

AttachmentTransfer::AttachmentTransfer(Database& db, Send send, Options options)
    : m_contents(db)
    , m_send(std::move(send))
    , m_options(std::move(options)) {}

Result<AttachmentTransfer::Tally> AttachmentTransfer::run(const QString& clientId) {
    if (auto r = m_contents.startFor(clientId); !r)
        return std::unexpected(r.error());
    if (auto r = m_contents.forgetUnnamed(); !r)
        return std::unexpected(r.error());
    Tally tally;
    for (auto step : {&AttachmentTransfer::uploadAll, &AttachmentTransfer::downloadAll}) {
        auto r = (this->*step)(tally);
        if (r)
            continue;
        if (endsRun(r.error()))
            return std::unexpected(r.error());
        tally.interrupted = r.error(); // the rest goes at the next run, from the parts stored
        break;
    }
    auto uploads = m_contents.uploadsWaiting();
    auto downloads = m_contents.downloadsWaiting();
    if (!uploads || !downloads)
        return std::unexpected(!uploads ? uploads.error() : downloads.error());
    tally.waiting = *uploads + *downloads;
    return tally;
}

Result<void> AttachmentTransfer::uploadAll(Tally& tally) {
    auto pending = m_contents.toUpload(kContentsPerRun);
    if (!pending)
        return std::unexpected(pending.error());
    m_total += int(pending->size());
    for (qsizetype i = 0; i < pending->size(); i += Wire::kMaxBlobsPerQuery) {
        const QList<ContentTransfer> batch = pending->mid(i, Wire::kMaxBlobsPerQuery);
        auto lacking = missing(hashesOf(batch)); // asked first: what the server has is never sent again
        if (!lacking)
            return std::unexpected(lacking.error());
        for (const ContentTransfer& content : batch) {
            if (auto r = cancelled(); !r)
                return r;
            const auto from = lacking->constFind(content.sha256);
            if (from == lacking->constEnd()) {
                if (auto r = m_contents.uploaded(content.sha256); !r)
                    return r;
            } else if (auto sent = upload(content, *from, tally); !sent) {
                return std::unexpected(sent.error());
            }
            ++m_done;
            progress();
        }
    }
    return {};
}

Result<bool> AttachmentTransfer::upload(const ContentTransfer& content, qint64 from, Tally& tally) {
    auto bytes = m_contents.bytes(content.sha256);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (bytes->size() > m_options.maxBlobBytes || Wire::sha256Of(*bytes) != content.sha256) {
        tally.problems.append(
            bytes->size() > m_options.maxBlobBytes
                ? QCoreApplication::translate("AttachmentTransfer", "A file of %1 bytes is larger than %2 accepts.")
                      .arg(bytes->size())
                      .arg(m_options.host)
                : QCoreApplication::translate("AttachmentTransfer",
                                              "The stored copy of an attached file is damaged; it was not sent (%1).")
                      .arg(content.sha256));
        return false;
    }
    qint64 position = from;
    int conflicts = 0;
    while (position >= 0) {
        if (auto r = cancelled(); !r)
            return std::unexpected(r.error());
        auto next = sendPart(content.sha256, *bytes, position, conflicts, tally);
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return false;
        position = **next;
    }
    if (auto r = m_contents.uploaded(content.sha256); !r)
        return std::unexpected(r.error());
    ++tally.sent;
    return true;
}

Result<std::optional<qint64>> AttachmentTransfer::sendPart(const QString& sha256, const QByteArray& bytes,
                                                           qint64 position, int& conflicts, Tally& tally) {
    const qint64 length = std::min<qint64>(m_options.chunkBytes, bytes.size() - position);
    const Wire::ByteRange range{position, position + length - 1, bytes.size()};
    auto answer = m_send(
        {"PUT", blobPath(sha256), {}, bytes.mid(position, length), {{"Content-Range", Wire::contentRange(range)}}});
    if (!answer)
        return std::unexpected(answer.error());
    if (m_options.checkpoint)
        m_options.checkpoint("files:after-send");
    if (answer->status == 409 && ++conflicts <= kMaxConflicts) {
        // Another device sends it too, or the answer to a part was lost: go on from where the server is.
        auto lacking = missing({sha256});
        if (!lacking)
            return std::unexpected(lacking.error());
        return lacking->contains(sha256) ? lacking->value(sha256) : -1;
    }
    if (answer->status == 403 || answer->status == 413 || answer->status == 422) {
        // Out of reach now (deleted or given away: the next pull tells), or refused: not sent this run.
        const Error refused = answerError(m_options.host, answer->status, answer->body);
        qCInfo(lcSync).noquote() << "file" << sha256 << "not sent:" << refused.detail;
        if (answer->status != 403)
            tally.problems.append(refused.message);
        return std::nullopt;
    }
    if (answer->status != 200)
        return std::unexpected(answerError(m_options.host, answer->status, answer->body));
    auto stored = Wire::parseBlobUpload(answer->body);
    if (!stored || (!stored->complete && stored->received <= position))
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("AttachmentTransfer", "The server's answer to a sent file is "
                                                                      "unreadable or does not move on."),
                    stored ? QString() : stored.error().message);
    return stored->complete ? -1 : stored->received;
}

Result<void> AttachmentTransfer::downloadAll(Tally& tally) {
    auto pending = m_contents.toDownload(kContentsPerRun);
    if (!pending)
        return std::unexpected(pending.error());
    m_total += int(pending->size());
    qint64 spent = 0;
    for (qsizetype i = 0; i < pending->size(); i += Wire::kMaxBlobsPerQuery) {
        const QList<ContentTransfer> batch = pending->mid(i, Wire::kMaxBlobsPerQuery);
        auto lacking = missing(hashesOf(batch));
        if (!lacking)
            return std::unexpected(lacking.error());
        for (const ContentTransfer& content : batch) {
            if (auto r = cancelled(); !r)
                return r;
            if (!content.wanted && spent >= m_options.backgroundBytes) {
                --m_total; // the next run's share
                continue;
            }
            if (lacking->contains(content.sha256)) {
                if (auto r = m_contents.setProblem(content.sha256, ContentProblem::NotUploaded); !r)
                    return r;
            } else {
                if (auto got = download(content, tally); !got)
                    return std::unexpected(got.error());
                spent += content.size;
            }
            ++m_done;
            progress();
        }
    }
    return {};
}

Result<bool> AttachmentTransfer::download(const ContentTransfer& content, Tally& tally) {
    auto from = m_contents.received(content.sha256); // what an interrupted download left
    if (!from)
        return std::unexpected(from.error());
    // The total is the attachment's word for it until the server's first part says.
    Fetch fetch{*from, content.size, false};
    while (fetch.position < fetch.total) {
        if (auto r = cancelled(); !r)
            return std::unexpected(r.error());
        auto more = receivePart(content.sha256, fetch, tally);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            return false;
    }
    if (auto done = m_contents.complete(content.sha256, fetch.total); !done) {
        if (done.error().code != ErrorCode::Corrupt)
            return std::unexpected(done.error());
        tally.problems.append(done.error().message); // marked damaged: fetched again next time
        return false;
    }
    ++tally.received;
    return true;
}

Result<bool> AttachmentTransfer::receivePart(const QString& sha256, Fetch& fetch, Tally& tally) {
    const QByteArray range = Wire::rangeHeader(fetch.position, fetch.position + m_options.chunkBytes - 1);
    auto answer = m_send({"GET", blobPath(sha256), {}, {}, {{"Range", range}}});
    if (!answer) {
        (void)m_contents.setProblem(sha256, ContentProblem::Interrupted);
        return std::unexpected(answer.error());
    }
    if (m_options.checkpoint)
        m_options.checkpoint("files:after-receive");
    if (answer->status == 403 || answer->status == 404) {
        auto r = m_contents.setProblem(sha256,
                                       answer->status == 403 ? ContentProblem::NoAccess : ContentProblem::NotUploaded);
        return r ? Result<bool>(false) : std::unexpected(r.error());
    }
    if (answer->status == 416 && !fetch.restarted) {
        fetch.restarted = true; // the parts kept here do not fit the server's content: start again
        fetch.position = 0;
        auto r = m_contents.dropParts(sha256);
        return r ? Result<bool>(true) : std::unexpected(r.error());
    }
    if (answer->status != 206)
        return std::unexpected(answerError(m_options.host, answer->status, answer->body));
    auto total = storePart(sha256, fetch.position, *answer);
    if (!total && total.error().code == ErrorCode::TooLarge) {
        tally.problems.append(total.error().message);
        auto r = m_contents.setProblem(sha256, ContentProblem::TooLarge);
        return r ? Result<bool>(false) : std::unexpected(r.error());
    }
    if (!total)
        return std::unexpected(total.error());
    fetch.total = *total;
    fetch.position += answer->body.size();
    return true;
}

Result<qint64> AttachmentTransfer::storePart(const QString& sha256, qint64 position, const HttpAnswer& answer) {
    auto range = Wire::parseContentRange(answer.contentRange, Wire::kMaxBlobBytes);
    if (!range && range.error().code == ErrorCode::TooLarge)
        return std::unexpected(range.error());
    if (!range || range->first != position || range->length() != answer.body.size())
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("AttachmentTransfer",
                                                "The server sent another part of a file than was asked for."),
                    QString::fromLatin1(answer.contentRange));
    if (auto r = m_contents.storePart(sha256, position, answer.body); !r)
        return std::unexpected(r.error());
    return range->total;
}

Result<QHash<QString, qint64>> AttachmentTransfer::missing(const QStringList& hashes) {
    const QByteArray body = QJsonDocument(Wire::toJson(Wire::BlobQuery{hashes})).toJson(QJsonDocument::Compact);
    auto answer = m_send({"POST", u"/v1/blobs/missing"_s, {}, body, {}});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(answerError(m_options.host, answer->status, answer->body));
    auto parsed = Wire::parseMissingBlobs(answer->body);
    if (!parsed)
        return fail(ErrorCode::ServerFailure,
                    QCoreApplication::translate("AttachmentTransfer", "The server's list of missing files is "
                                                                      "unreadable: %1")
                        .arg(parsed.error().message));
    QHash<QString, qint64> lacking;
    for (const Wire::MissingBlob& blob : std::as_const(parsed->missing))
        lacking.insert(blob.sha256, blob.received);
    return lacking;
}

Result<void> AttachmentTransfer::cancelled() const {
    if (m_options.cancel && m_options.cancel->load())
        return fail(ErrorCode::Cancelled, QCoreApplication::translate("SyncEngine", "Sync was cancelled."));
    return {};
}

void AttachmentTransfer::progress() {
    if (m_options.progress)
        m_options.progress(m_done, m_total);
}

} // namespace Fieldbook
