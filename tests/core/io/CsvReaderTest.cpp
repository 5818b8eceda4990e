#include "TempDatabase.h"
#include "io/CsvReader.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

#include <optional>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace Fieldbook;
using Fieldbook::Test::testDataPath;

namespace {

/// Reads every row, or stops at the first error (returned in `error`).
struct ReadAll {
    QStringList header;
    QList<CsvRecord> records;
    std::optional<Error> error;
};

ReadAll readAll(CsvReader& reader) {
    ReadAll result;
    auto header = reader.header();
    if (!header) {
        result.error = header.error();
        return result;
    }
    result.header = *header;
    for (;;) {
        auto record = reader.next();
        if (!record) {
            result.error = record.error();
            return result;
        }
        if (!*record)
            return result;
        result.records.append(**record);
    }
}

ReadAll readBytes(const QByteArray& bytes, CsvReader::Limits limits = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, limits);
    return readAll(reader);
}

QStringList strings(std::initializer_list<const char*> items) {
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace

TEST_CASE("a CSV file with a byte-order mark yields clean column names and Chinese text", "[csv]") {
    QFile file(testDataPath(QStringLiteral("contacts-bom.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    const ReadAll all = readAll(reader);

    REQUIRE_FALSE(all.error.has_value());
    CHECK(all.header == strings({"first_name", "last_name", "email", "phone", "notes"}));
    REQUIRE(all.records.size() == 4);
    CHECK(all.records[0].row == 2);
    CHECK(all.records[0].fields ==
          strings({"Anna", "Schmidt", "anna@example.com", "+49 30 1234567", "Met at fair, Hall 3"}));
    CHECK(all.records[1].fields ==
          strings({"伟", "张", "zhang.wei@example.cn", "+86 138 0000 0000", "客户说：\"明年再谈\""}));
    CHECK(all.records[2].fields == strings({"Bob", "O'Neil", "", "", "Line one\nLine two"}));
    // The quoted line break does not start a new spreadsheet row.
    CHECK(all.records[3].row == 5);
    CHECK(all.records[3].fields == strings({"", "Lee", "lee@example.com", "", ""}));
    CHECK(reader.bytesRead() == file.size());
    CHECK(reader.totalBytes() == file.size());
}

TEST_CASE("the same rows without a BOM and with LF line ends read identically", "[csv]") {
    QFile file(testDataPath(QStringLiteral("contacts-bom.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const ReadAll withBom = readBytes(bytes);

    bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");
    const ReadAll plain = readBytes(bytes);

    REQUIRE_FALSE(plain.error.has_value());
    CHECK(plain.header == withBom.header);
    CHECK(plain.records == withBom.records);
}

TEST_CASE("quoted fields may hold commas, doubled quotes and CR, LF or CRLF line breaks", "[csv]") {
    const ReadAll all = readBytes("a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n\"x\r\ny\",\"p\rq\"\n\"\",\"\"\"\"\n");
    REQUIRE_FALSE(all.error.has_value());
    REQUIRE(all.records.size() == 3);
    CHECK(all.records[0].fields == strings({"1,5", "say \"hi\""}));
    CHECK(all.records[1].fields == strings({"x\ny", "p\nq"}));
    CHECK(all.records[2].fields == strings({"", "\""}));
    CHECK(all.records[2].row == 4);
}

TEST_CASE("empty fields and a missing final line break are read", "[csv]") {
    const ReadAll all = readBytes("a,b,c\n,,\nx,,z");
    REQUIRE_FALSE(all.error.has_value());
    REQUIRE(all.records.size() == 2);
    CHECK(all.records[0].fields == strings({"", "", ""}));
    CHECK(all.records[1].fields == strings({"x", "", "z"}));
    CHECK(all.records[1].value(2) == QStringLiteral("z"));
    CHECK(all.records[1].value(7).isEmpty());
}

TEST_CASE("blank lines are skipped but still counted as rows", "[csv]") {
    const ReadAll all = readBytes("name\r\nA\r\n\r\nB\r\n\r\n");
    REQUIRE_FALSE(all.error.has_value());
    REQUIRE(all.records.size() == 2);
    CHECK(all.records[0].row == 2);
    CHECK(all.records[1].row == 4);
}

TEST_CASE("an empty file is reported as missing its header row", "[csv]") {
    const ReadAll all = readBytes("");
    REQUIRE(all.error.has_value());
    CHECK(all.error->code == ErrorCode::InvalidInput);
    CHECK(all.error->message.contains(QStringLiteral("empty")));
}

TEST_CASE("an unterminated quote names its row and column and ends reading", "[csv]") {
    QFile file(testDataPath(QStringLiteral("broken-quote.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    const ReadAll all = readAll(reader);

    CHECK(all.records.size() == 1);
    REQUIRE(all.error.has_value());
    CHECK(all.error->code == ErrorCode::InvalidInput);
    CHECK(all.error->message.contains(QStringLiteral("Row 3, column 2")));
    CHECK(all.error->message.contains(QStringLiteral("never closed")));
    CHECK_FALSE(reader.canContinue());
    auto again = reader.next();
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().message == all.error->message);
}

TEST_CASE("a stray quote inside an unquoted field names row and column, then reading continues", "[csv]") {
    QBuffer buffer;
    buffer.setData("a,b\nok,fine\nx,ab\"c\nlast,row\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    REQUIRE(reader.header().has_value());
    REQUIRE(reader.next().has_value());

    auto bad = reader.next();
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().message.contains(QStringLiteral("Row 3, column 2")));
    CHECK(bad.error().message.contains(QStringLiteral("quote")));
    CHECK(reader.canContinue());

    auto last = reader.next();
    REQUIRE(last.has_value());
    REQUIRE(last->has_value());
    CHECK((*last)->row == 4);
    CHECK((*last)->fields == strings({"last", "row"}));
}

TEST_CASE("text after a closing quote is rejected with row and column", "[csv]") {
    const ReadAll all = readBytes("a,b,c\n1,2,\"three\"x\n");
    REQUIRE(all.error.has_value());
    CHECK(all.error->message.contains(QStringLiteral("Row 2, column 3")));
    CHECK(all.error->message.contains(QStringLiteral("after the closing quote")));
}

TEST_CASE("a row with a different field count than the header is rejected alone", "[csv]") {
    QBuffer buffer;
    buffer.setData("a,b,c\n1,2,3\n1,2\n4,5,6\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    REQUIRE(reader.next().has_value());

    auto bad = reader.next();
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK(bad.error().message == QStringLiteral("Row 3 has 2 fields, but the header row has 3 columns."));

    auto good = reader.next();
    REQUIRE(good.has_value());
    REQUIRE(good->has_value());
    CHECK((*good)->fields == strings({"4", "5", "6"}));
}

TEST_CASE("invalid UTF-8 names the row and column", "[csv]") {
    const ReadAll all = readBytes("name,city\nok,Berlin\nbad,M\xFC"
                                  "nchen\n");
    CHECK(all.records.size() == 1);
    REQUIRE(all.error.has_value());
    CHECK(all.error->message.contains(QStringLiteral("Row 3, column 2")));
    CHECK(all.error->message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("a field over the 1 MiB default limit is rejected without being kept", "[csv]") {
    QByteArray bytes = "id,notes\n1,";
    bytes += QByteArray((1 << 20) + 1, 'x');
    bytes += "\n2,short\n";
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);

    auto big = reader.next();
    REQUIRE_FALSE(big.has_value());
    CHECK(big.error().message.contains(QStringLiteral("Row 2, column 2")));
    CHECK(big.error().message.contains(QStringLiteral("1048576")));
    auto next = reader.next();
    REQUIRE(next.has_value());
    REQUIRE(next->has_value());
    CHECK((*next)->row == 3);
}

TEST_CASE("a row over the row limit and a row with too many columns are rejected", "[csv]") {
    CsvReader::Limits limits;
    limits.maxFieldBytes = 8;
    limits.maxRowBytes = 12;
    limits.maxColumns = 3;

    const ReadAll longRow = readBytes("a,b\n12345678,12345678\n", limits);
    REQUIRE(longRow.error.has_value());
    CHECK(longRow.error->message.contains(QStringLiteral("Row 2: the row is longer")));

    const ReadAll wide = readBytes("a,b,c\n1,2,3,4,5\n", limits);
    REQUIRE(wide.error.has_value());
    CHECK(wide.error->message.contains(QStringLiteral("Row 2: the row has more than 3 columns")));
}

TEST_CASE("binary data and UTF-16 files are refused as not being CSV text", "[csv]") {
    const ReadAll binary = readBytes(QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) + "junk\n");
    REQUIRE(binary.error.has_value());
    CHECK(binary.error->code == ErrorCode::InvalidInput);
    CHECK(binary.error->message.contains(QStringLiteral("Row 1, column 1")));
    CHECK(binary.error->message.contains(QStringLiteral("binary")));

    const ReadAll utf16 = readBytes(QByteArray("\xFF\xFE"
                                               "a\0,\0b\0",
                                               8));
    REQUIRE(utf16.error.has_value());
    CHECK(utf16.error->message.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("a large file is streamed across buffer boundaries and progress reaches the end", "[csv]") {
    QByteArray bytes = "id,name,notes\r\n";
    constexpr int Rows = 20000;
    for (int i = 0; i < Rows; ++i)
        bytes += QByteArray::number(i) + ",\"名字 " + QByteArray::number(i) + "\",\"a \"\"q\"\"\r\nb\"\r\n";
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    REQUIRE(reader.header().has_value());

    int count = 0;
    qint64 lastProgress = 0;
    bool allGood = true;
    for (;;) {
        auto record = reader.next();
        if (!record || !*record) {
            CHECK(record.has_value());
            break;
        }
        const CsvRecord& r = **record;
        allGood = allGood && r.row == count + 2 && r.fields.size() == 3 && r.fields[0] == QString::number(count) &&
                  r.fields[1] == QStringLiteral("名字 ") + QString::number(count) &&
                  r.fields[2] == QStringLiteral("a \"q\"\nb");
        allGood = allGood && reader.bytesRead() >= lastProgress;
        lastProgress = reader.bytesRead();
        ++count;
    }
    CHECK(allGood);
    CHECK(count == Rows);
    CHECK(reader.bytesRead() == bytes.size());
}
