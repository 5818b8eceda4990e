#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace Fieldbook;

TEST_CASE("fields are quoted only when they contain a comma, a quote or a line break", "[csv]") {
    CHECK(CsvWriter::encodeField(QStringLiteral("plain")) == "plain");
    CHECK(CsvWriter::encodeField(QStringLiteral(" spaced ")) == " spaced ");
    CHECK(CsvWriter::encodeField(QString()) == "");
    CHECK(CsvWriter::encodeField(QStringLiteral("a,b")) == "\"a,b\"");
    CHECK(CsvWriter::encodeField(QStringLiteral("say \"hi\"")) == "\"say \"\"hi\"\"\"");
    CHECK(CsvWriter::encodeField(QStringLiteral("two\nlines")) == "\"two\nlines\"");
    CHECK(CsvWriter::encodeField(QStringLiteral("cr\ronly")) == "\"cr\ronly\"");
    CHECK(CsvWriter::encodeField(QStringLiteral("张伟")) == QByteArray("张伟"));
}

TEST_CASE("rows end with CRLF and a single empty field is written as a quoted empty string", "[csv]") {
    CHECK(CsvWriter::encodeRow({QStringLiteral("a"), QString(), QStringLiteral("c")}) == "a,,c\r\n");
    CHECK(CsvWriter::encodeRow({QString()}) == "\"\"\r\n");
}

TEST_CASE("the byte-order mark is off by default and written once when asked for", "[csv]") {
    QBuffer plain;
    REQUIRE(plain.open(QIODevice::WriteOnly));
    CsvWriter plainWriter(&plain);
    REQUIRE(plainWriter.writeRow({QStringLiteral("a")}).has_value());
    CHECK(plain.data() == "a\r\n");

    QBuffer withBom;
    REQUIRE(withBom.open(QIODevice::WriteOnly));
    CsvWriter bomWriter(&withBom, CsvWriter::Options{.writeBom = true});
    REQUIRE(bomWriter.writeRow({QStringLiteral("a")}).has_value());
    REQUIRE(bomWriter.writeRow({QStringLiteral("b")}).has_value());
    CHECK(withBom.data() == "\xEF\xBB\xBF"
                            "a\r\nb\r\n");
}

TEST_CASE("what the writer writes the reader reads back unchanged", "[csv]") {
    const QList<QStringList> rows{
        {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("tags")},
        {QStringLiteral("张伟"), QStringLiteral("客户说：\"明年再谈\""), QStringLiteral("vip,北京")},
        {QStringLiteral("O'Neil, Bob"), QStringLiteral("line one\nline two"), QString()},
        {QString(), QString(), QString()},
        {QStringLiteral(" lead "), QStringLiteral("\"quoted\""), QStringLiteral("trailing,")},
    };
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, CsvWriter::Options{.writeBom = true});
    for (const QStringList& row : rows)
        REQUIRE(writer.writeRow(row).has_value());
    buffer.close();

    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    auto header = reader.header();
    REQUIRE(header.has_value());
    CHECK(*header == rows[0]);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        auto record = reader.next();
        REQUIRE(record.has_value());
        REQUIRE(record->has_value());
        CHECK((*record)->fields == rows[i]);
        CHECK((*record)->row == i + 1);
    }
    auto end = reader.next();
    REQUIRE(end.has_value());
    CHECK_FALSE(end->has_value());
}

TEST_CASE("writing to a device that is not open fails with an I/O error", "[csv]") {
    QBuffer closed;
    CsvWriter writer(&closed);
    auto result = writer.writeRow({QStringLiteral("a")});
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Io);
}
