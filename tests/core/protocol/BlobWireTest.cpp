#include "StringMakers.h"
#include "protocol/BlobWire.h"
#include "protocol/WireFormat.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QString kHash = Wire::sha256Of("offer");

} // namespace

TEST_CASE("byte ranges are written and read as HTTP writes them, and nothing else", "[protocol][wire][attachments]") {
    const Wire::ByteRange range{1024, 2047, 3000};
    CHECK(Wire::contentRange(range) == "bytes 1024-2047/3000");
    CHECK(Wire::parseContentRange("bytes 1024-2047/3000", 3000).value() == range);
    CHECK(Wire::contentRange({0, -1, 0}) == "bytes */0");
    CHECK(Wire::parseContentRange("bytes */0", 10).value() == Wire::ByteRange{0, -1, 0});
    for (const QByteArray& bad : {"bytes 5-4/10"_ba, "bytes 0-10/10"_ba, "bytes */10"_ba, "bytes -1-3/10"_ba,
                                  "0-3/10"_ba, "bytes 0-3/"_ba, "bytes 0-99999999999999999/1"_ba, ""_ba}) {
        INFO(bad.toStdString());
        const auto parsed = Wire::parseContentRange(bad, 1000);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
    }
    const auto tooLarge = Wire::parseContentRange("bytes 0-9/2000", 1000);
    REQUIRE_FALSE(tooLarge);
    CHECK(tooLarge.error().code == ErrorCode::TooLarge);
    CHECK(tooLarge.error().message.contains(u"2000"_s));

    CHECK(Wire::rangeHeader(10, 19) == "bytes=10-19");
    CHECK(Wire::rangeHeader(10) == "bytes=10-");
    CHECK(Wire::parseRange("bytes=10-19")->last == 19);
    CHECK_FALSE(Wire::parseRange("bytes=10-")->last.has_value());
    for (const QByteArray& bad : {"bytes=-5"_ba, "bytes=9-3"_ba, "bytes=0-1,5-6"_ba, "items=0-1"_ba})
        CHECK_FALSE(Wire::parseRange(bad));
}

TEST_CASE("blob messages survive the trip through JSON and malformed ones name the member", "[protocol][wire]") {
    CHECK(Wire::isSha256(kHash));
    CHECK_FALSE(Wire::isSha256(kHash.toUpper()));
    CHECK_FALSE(Wire::isSha256(kHash.left(63)));

    const Wire::BlobQuery query{{kHash}};
    CHECK(Wire::parseBlobQuery(bytes(Wire::toJson(query)))->sha256 == query.sha256);
    const Wire::MissingBlobs missing{{{kHash, 42}}};
    CHECK(Wire::parseMissingBlobs(bytes(Wire::toJson(missing)))->missing == missing.missing);
    const auto upload = Wire::parseBlobUpload(bytes(Wire::toJson(Wire::BlobUpload{kHash, 10, 4, false})));
    REQUIRE(upload);
    CHECK(upload->received == 4);

    const auto badHash = Wire::parseBlobQuery(R"({"sha256":["a", "b"]})");
    REQUIRE_FALSE(badHash);
    CHECK(badHash.error().message.contains(u"sha256[0]"_s));
    QStringList many;
    for (int i = 0; i <= Wire::kMaxBlobsPerQuery; ++i)
        many.append(kHash);
    CHECK_FALSE(Wire::parseBlobQuery(bytes(Wire::toJson(Wire::BlobQuery{many}))));
    CHECK(Wire::parseMissingBlobs(R"({"missing":[{"sha256":"x","received":0}]})")
              .error()
              .message.contains(u"missing[0].sha256"_s));
    CHECK_FALSE(Wire::parseBlobUpload(bytes(Wire::toJson(Wire::BlobUpload{kHash, 10, 11, false}))));
    CHECK_FALSE(Wire::parseBlobUpload(R"({"sha256":"x","size":1,"received":1,"complete":true,"extra":1})"));
}

TEST_CASE("hello carries the largest attachment, and one without it means the protocol's", "[protocol][wire]") {
    Wire::Hello hello;
    hello.limits.maxBlobBytes = 1000;
    CHECK(Wire::parseHello(bytes(Wire::toJson(hello)))->limits.maxBlobBytes == 1000);
    QJsonObject older = Wire::toJson(Wire::Hello{});
    QJsonObject limits = older.value(u"limits"_s).toObject();
    limits.remove(u"max_blob_bytes"_s);
    older.insert(u"limits"_s, limits);
    CHECK(Wire::parseHello(bytes(older))->limits.maxBlobBytes == Wire::kMaxBlobBytes);
}
