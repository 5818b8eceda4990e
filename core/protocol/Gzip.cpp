#include "Gzip.h"

#include <QCoreApplication>

#include <zlib.h>

namespace Fieldbook::Gzip {

namespace {
constexpr int kGzipWindowBits = 15 + 16; ///< zlib: a gzip header and trailer instead of zlib's
constexpr qsizetype kChunk = 64 * 1024;

Bytef* bytes(const QByteArray& data) {
    return reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
}
} // namespace

QByteArray compress(const QByteArray& data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = bytes(data);
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

Result<QByteArray> decompress(const QByteArray& gzip, qint64 maxBytes) {
    z_stream stream{};
    if (inflateInit2(&stream, kGzipWindowBits) != Z_OK)
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("Gzip", "Could not start decompressing."));
    stream.next_in = bytes(gzip);
    stream.avail_in = uInt(gzip.size());
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK) {
        const qsizetype used = out.size();
        if (used >= maxBytes + 1)
            break;
        out.resize(used + std::min<qsizetype>(kChunk, maxBytes + 1 - used));
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + used);
        stream.avail_out = uInt(out.size() - used);
        status = inflate(&stream, Z_NO_FLUSH);
        out.resize(qsizetype(stream.total_out));
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // input ended before the stream did
    }
    inflateEnd(&stream);
    if (out.size() > maxBytes)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Gzip", "The compressed body expands beyond %1 bytes.").arg(maxBytes));
    if (status != Z_STREAM_END)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Gzip", "The compressed body is damaged or cut short."));
    return out;
}

} // namespace Fieldbook::Gzip
