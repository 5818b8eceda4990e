#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

/// Attachment contents on the wire (docs/sync-protocol.md, Attachment contents): blobs named by the
/// SHA-256 of their bytes, asked about with POST /v1/blobs/missing, uploaded in byte ranges with
/// PUT /v1/blobs/<sha256> and fetched in byte ranges with GET /v1/blobs/<sha256>.
namespace Fieldbook::Wire {

/// The largest attachment either side takes (the client's attachment limit); the server announces
/// its own in Hello::limits.maxBlobBytes.
constexpr qint64 kMaxBlobBytes = 25 * 1024 * 1024;
/// Hashes one POST /v1/blobs/missing may ask about.
constexpr int kMaxBlobsPerQuery = 500;
/// The path prefix of a blob: "/v1/blobs/" + sha256.
inline constexpr QStringView kBlobPathPrefix = u"/v1/blobs/";

/// Whether `text` names a blob: 64 lower-case hexadecimal digits.
bool isSha256(QStringView text);
/// The SHA-256 of `data` as the protocol writes it.
QString sha256Of(const QByteArray& data);

/// Bytes `first` to `last` (inclusive) of `total`; an empty range (last < first) only for an empty blob.
struct ByteRange {
    qint64 first = 0;
    qint64 last = -1;
    qint64 total = 0;
    qint64 length() const { return last - first + 1; }
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

/// The Content-Range header of `range`: "bytes 0-1048575/3000000", or "bytes */0" for an empty blob.
QByteArray contentRange(const ByteRange& range);
/// Parses a Content-Range header as contentRange() writes it; a total over `maxTotal` is TooLarge.
[[nodiscard]] Result<ByteRange> parseContentRange(const QByteArray& header, qint64 maxTotal);

/// A Range request header for one range: "bytes=F-L", or "bytes=F-" (to the end) when `last` is unset.
QByteArray rangeHeader(qint64 first, std::optional<qint64> last = std::nullopt);
struct RangeRequest {
    qint64 first = 0;
    std::optional<qint64> last; ///< unset: to the end
};
/// Parses a Range header of one byte range as rangeHeader() writes it (suffix ranges are refused).
[[nodiscard]] Result<RangeRequest> parseRange(const QByteArray& header);

/// POST /v1/blobs/missing: which of these contents does the server lack?
struct BlobQuery {
    QStringList sha256;
};

/// One content the server lacks, with the bytes of an upload already received (resume from there).
struct MissingBlob {
    QString sha256;
    qint64 received = 0;
    friend bool operator==(const MissingBlob&, const MissingBlob&) = default;
};

struct MissingBlobs {
    QList<MissingBlob> missing;
};

/// The answer to an accepted PUT /v1/blobs/<sha256>.
struct BlobUpload {
    QString sha256;
    qint64 size = 0;
    qint64 received = 0;
    bool complete = false; ///< verified and visible: GET serves it
};

QJsonObject toJson(const BlobQuery& q);
QJsonObject toJson(const MissingBlobs& m);
QJsonObject toJson(const BlobUpload& u);

/// Strict like the other parsers of the wire format: the error names the member at fault.
[[nodiscard]] Result<BlobQuery> parseBlobQuery(const QByteArray& body);
[[nodiscard]] Result<MissingBlobs> parseMissingBlobs(const QByteArray& body);
[[nodiscard]] Result<BlobUpload> parseBlobUpload(const QByteArray& body);

} // namespace Fieldbook::Wire
