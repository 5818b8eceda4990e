#include "BlobWire.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook::Wire {

namespace {

constexpr qint64 kMaxSmallBody = 64 * 1024;
constexpr qint64 kMaxNumber = qint64(1) << 53; ///< exact in a JSON number

template<class T, class ReadTop>
Result<T> parseObject(const QByteArray& body, ReadTop readTop) {
    auto object = parseJsonObject(body, kMaxSmallBody);
    if (!object)
        return std::unexpected(object.error());
    QStringList problem;
    JsonReader in(*object, {}, &problem);
    T value = readTop(in);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem.first());
    return value;
}

/// A hash at `path` of a list: text that isSha256().
QString readHash(JsonReader& in, const QJsonValue& value, const QString& path) {
    if (!value.isString() || !isSha256(value.toString())) {
        in.problem(QCoreApplication::translate("BlobWire", "%1 must be a SHA-256 in 64 lower-case hexadecimal digits")
                       .arg(in.pathOf(path)));
        return {};
    }
    return value.toString();
}

/// The member `key`: a SHA-256.
QString hashMember(JsonReader& in, QStringView key) {
    const QString text = in.text(key, 64);
    if (in.ok() && !isSha256(text))
        return readHash(in, QJsonValue(text), key.toString());
    return text;
}

qint64 number(QStringView digits, bool* ok) {
    *ok = !digits.isEmpty() && digits.size() <= 16;
    for (QChar c : digits)
        *ok = *ok && c >= u'0' && c <= u'9';
    return *ok ? digits.toLongLong(ok) : 0;
}

} // namespace

bool isSha256(QStringView text) {
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString sha256Of(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray contentRange(const ByteRange& range) {
    if (range.total == 0)
        return "bytes */0";
    return "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) + '/' +
           QByteArray::number(range.total);
}

Result<ByteRange> parseContentRange(const QByteArray& header, qint64 maxTotal) {
    static const QRegularExpression form(u"^bytes (?:(\\d+)-(\\d+)|\\*)/(\\d+)$"_s);
    const QString text = QString::fromLatin1(header.trimmed());
    const auto match = form.match(text);
    auto malformed = [&] {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("BlobWire", "Content-Range \"%1\" must read \"bytes FIRST-LAST/TOTAL\" "
                                                            "with FIRST <= LAST < TOTAL (\"bytes */0\" for an empty "
                                                            "file).")
                        .arg(text.left(100)));
    };
    if (!match.hasMatch())
        return malformed();
    bool ok = false;
    ByteRange range;
    range.total = number(match.capturedView(3), &ok);
    if (!ok)
        return malformed();
    if (range.total > maxTotal)
        return fail(ErrorCode::TooLarge,
                    QCoreApplication::translate("BlobWire", "The file is %1 bytes; this server accepts files of at "
                                                            "most %2 bytes.")
                        .arg(range.total)
                        .arg(maxTotal));
    if (match.capturedView(1).isEmpty())
        return range.total == 0 ? Result<ByteRange>(range) : malformed();
    bool firstOk = false;
    bool lastOk = false;
    range.first = number(match.capturedView(1), &firstOk);
    range.last = number(match.capturedView(2), &lastOk);
    if (!firstOk || !lastOk || range.first > range.last || range.last >= range.total)
        return malformed();
    return range;
}

QByteArray rangeHeader(qint64 first, std::optional<qint64> last) {
    return "bytes=" + QByteArray::number(first) + '-' + (last ? QByteArray::number(*last) : QByteArray());
}

Result<RangeRequest> parseRange(const QByteArray& header) {
    static const QRegularExpression form(u"^bytes=(\\d+)-(\\d*)$"_s);
    const QString text = QString::fromLatin1(header.trimmed());
    const auto match = form.match(text);
    bool firstOk = false;
    bool lastOk = true;
    RangeRequest range;
    if (match.hasMatch()) {
        range.first = number(match.capturedView(1), &firstOk);
        if (!match.capturedView(2).isEmpty())
            range.last = number(match.capturedView(2), &lastOk);
    }
    if (!firstOk || !lastOk || (range.last && *range.last < range.first))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("BlobWire", "Range \"%1\" must name one range of bytes: "
                                                            "\"bytes=FIRST-LAST\" or \"bytes=FIRST-\".")
                        .arg(text.left(100)));
    return range;
}

QJsonObject toJson(const BlobQuery& q) {
    return {{u"sha256"_s, QJsonArray::fromStringList(q.sha256)}};
}

QJsonObject toJson(const MissingBlobs& m) {
    QJsonArray missing;
    for (const MissingBlob& blob : m.missing)
        missing.append(QJsonObject{{u"sha256"_s, blob.sha256}, {u"received"_s, blob.received}});
    return {{u"missing"_s, missing}};
}

QJsonObject toJson(const BlobUpload& u) {
    return {{u"sha256"_s, u.sha256}, {u"size"_s, u.size}, {u"received"_s, u.received}, {u"complete"_s, u.complete}};
}

Result<BlobQuery> parseBlobQuery(const QByteArray& body) {
    return parseObject<BlobQuery>(body, [](JsonReader& in) {
        in.allowOnly({u"sha256"});
        BlobQuery q;
        const QJsonArray hashes = in.array(u"sha256", kMaxBlobsPerQuery);
        for (qsizetype i = 0; i < hashes.size() && in.ok(); ++i)
            q.sha256.append(readHash(in, hashes.at(i), u"sha256[%1]"_s.arg(i)));
        return q;
    });
}

Result<MissingBlobs> parseMissingBlobs(const QByteArray& body) {
    return parseObject<MissingBlobs>(body, [](JsonReader& in) {
        in.allowOnly({u"missing"});
        MissingBlobs m;
        const QJsonArray missing = in.array(u"missing", kMaxBlobsPerQuery);
        for (qsizetype i = 0; i < missing.size() && in.ok(); ++i) {
            const QString path = u"missing[%1]"_s.arg(i);
            if (!missing.at(i).isObject()) {
                in.problem(QCoreApplication::translate("JsonReader", "%1 must be an object").arg(in.pathOf(path)));
                break;
            }
            JsonReader item = in.child(missing.at(i).toObject(), path);
            item.allowOnly({u"sha256", u"received"});
            MissingBlob blob;
            blob.sha256 = hashMember(item, u"sha256");
            blob.received = item.integer(u"received", 0, kMaxNumber);
            m.missing.append(blob);
        }
        return m;
    });
}

Result<BlobUpload> parseBlobUpload(const QByteArray& body) {
    return parseObject<BlobUpload>(body, [](JsonReader& in) {
        in.allowOnly({u"sha256", u"size", u"received", u"complete"});
        BlobUpload u;
        u.sha256 = hashMember(in, u"sha256");
        u.size = in.integer(u"size", 0, kMaxNumber);
        u.received = in.integer(u"received", 0, kMaxNumber);
        u.complete = in.boolean(u"complete");
        if (in.ok() && u.received > u.size)
            in.problem(QCoreApplication::translate("BlobWire", "received must not exceed size"));
        return u;
    });
}

} // namespace Fieldbook::Wire
