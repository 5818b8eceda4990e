#include "io/VCardReader.h"
#include "io/VCardWriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QStringDecoder>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace Fieldbook;

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

/// Everything a Contact holds that a vCard carries, with text that needs escaping and Chinese.
Contact richContact() {
    Contact c;
    c.id = u8("01890a5d-ac96-774b-bcce-b302099a8057");
    c.firstName = u8("小明");
    c.lastName = u8("王");
    c.title = u8("销售经理; Sales, APAC");
    c.emails = {
        {u8("work"), u8("wang@example.cn")}, {u8("home"), u8("xm@example.com")}, {u8("other"), u8("old@example.org")}};
    c.phones = {{u8("mobile"), u8("+86 138 0013 8000")},
                {u8("work"), u8("+86 10 1234 5678 x12")},
                {u8("fax"), u8("+86 10 1234 5679")},
                {u8("home"), u8("010 8765 4321")},
                {u8("other"), u8("112")}};
    c.address =
        PostalAddress{u8("朝阳区建国路88号\nSOHO 现代城 A座"), u8("北京"), u8("北京市"), u8("100022"), u8("中国")};
    c.birthday = QDate(1990, 1, 31);
    c.tags = {u8("重要客户"), u8("VIP, tier 1"), u8("back\\slash")};
    c.notes = u8("第一行\n第二行; with a comma, a semicolon and a backslash \\.\n") + QString(40, QChar(0x4E2D));
    c.externalId = u8("crm:42");
    return c;
}

/// What a reader gives back for `c`: the store's id is not part of a vCard.
Contact withoutId(Contact c) {
    c.id.clear();
    return c;
}

QList<QByteArray> physicalLines(const QByteArray& card) {
    QList<QByteArray> lines = card.split('\n');
    REQUIRE(lines.back().isEmpty());
    lines.removeLast();
    return lines;
}

bool isValidUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

TEST_CASE("a vCard 3.0 card has CRLF line ends and the expected properties", "[vcard]") {
    Contact c;
    c.id = u8("abc-1");
    c.firstName = u8("John");
    c.lastName = u8("Smith");
    c.title = u8("CEO");
    c.emails = {{u8("work"), u8("john@acme.example")}};
    c.phones = {{u8("mobile"), u8("+1 555 1234")}, {u8("other"), u8("555 9999")}};
    c.birthday = QDate(1980, 5, 17);
    const QByteArray card = VCardWriter::toVCard(c, u8("Acme, Inc."), VCardWriter::Version::V3_0);

    CHECK(card == "BEGIN:VCARD\r\n"
                  "VERSION:3.0\r\n"
                  "N:Smith;John;;;\r\n"
                  "FN:John Smith\r\n"
                  "ORG:Acme\\, Inc.\r\n"
                  "TITLE:CEO\r\n"
                  "EMAIL;TYPE=INTERNET,WORK,PREF:john@acme.example\r\n"
                  "TEL;TYPE=CELL,PREF:+1 555 1234\r\n"
                  "TEL:555 9999\r\n"
                  "BDAY:1980-05-17\r\n"
                  "UID:abc-1\r\n"
                  "END:VCARD\r\n");
}

TEST_CASE("a vCard 4.0 card uses PREF, lower-case types and a urn:uuid UID without an external id", "[vcard]") {
    Contact c;
    c.id = u8("01890a5d-ac96-774b-bcce-b302099a8057");
    c.firstName = u8("伟");
    c.lastName = u8("张");
    c.phones = {{u8("work"), u8("+86 10 1234")}, {u8("mobile"), u8("+86 138 0000")}};
    c.address.city = u8("上海");
    c.birthday = QDate(1985, 2, 3);
    const QByteArray card = VCardWriter::toVCard(c, {}, VCardWriter::Version::V4_0);

    CHECK(card == QByteArray("BEGIN:VCARD\r\n"
                             "VERSION:4.0\r\n"
                             "N:张;伟;;;\r\n"
                             "FN:张伟\r\n"
                             "TEL;TYPE=work;PREF=1:+86 10 1234\r\n"
                             "TEL;TYPE=cell:+86 138 0000\r\n"
                             "ADR;TYPE=work:;;;上海;;;\r\n"
                             "BDAY:19850203\r\n"
                             "UID:urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057\r\n"
                             "END:VCARD\r\n"));

    c.externalId = u8("legacy 7");
    CHECK(VCardWriter::toVCard(c, {}, VCardWriter::Version::V4_0).contains("\r\nUID;VALUE=text:legacy 7\r\n"));
}

TEST_CASE("long lines are folded at 75 octets without splitting a UTF-8 character", "[vcard]") {
    // "NOTE:" + 69 ASCII bytes = 74 octets, so the 3-byte "中" would straddle octet 75.
    const QByteArray line = "NOTE:" + QByteArray(69, 'a') + QByteArray("中文字符测试").repeated(10);
    const QByteArray folded = VCardWriter::fold(line);
    const QList<QByteArray> lines = physicalLines(folded);

    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "NOTE:" + QByteArray(69, 'a') + "\r");
    bool allShortAndValid = true;
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines[i];
        allShortAndValid = allShortAndValid && physical.endsWith('\r');
        physical.chop(1);
        allShortAndValid = allShortAndValid && physical.size() <= 75 && isValidUtf8(physical);
        if (i > 0) {
            allShortAndValid = allShortAndValid && physical.startsWith(' ');
            physical.remove(0, 1);
        }
        unfolded += physical;
    }
    CHECK(allShortAndValid);
    CHECK(unfolded == line);
    CHECK(VCardWriter::fold("SHORT:line") == "SHORT:line\r\n");
    CHECK(VCardWriter::fold(QByteArray(75, 'x')) == QByteArray(75, 'x') + "\r\n");
}

TEST_CASE("every line of a written card fits in 75 octets", "[vcard]") {
    for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
        const QByteArray card = VCardWriter::toVCard(richContact(), u8("北京科技有限公司"), version);
        for (QByteArray line : physicalLines(card)) {
            INFO(line.toStdString());
            REQUIRE(line.endsWith('\r'));
            line.chop(1);
            CHECK(line.size() <= 75);
            CHECK(isValidUtf8(line));
        }
    }
}

TEST_CASE("writing then reading a card is lossless in vCard 3.0 and 4.0", "[vcard]") {
    const Contact original = richContact();
    for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
        INFO((version == VCardWriter::Version::V3_0 ? "3.0" : "4.0"));
        const QByteArray card = VCardWriter::toVCard(original, u8("Acme; 北京, Inc."), version);
        const auto result = VCardReader::parse(card);
        REQUIRE(result.has_value());
        CHECK(result->problems.isEmpty());
        REQUIRE(result->entries.size() == 1);
        const VCardEntry& entry = result->entries.front();
        CHECK(entry.contact == withoutId(original));
        CHECK(entry.organization == u8("Acme; 北京, Inc."));
        CHECK(entry.uid == original.externalId);
    }
}

TEST_CASE("escaped characters survive a round trip in every text property", "[vcard]") {
    const QString tricky = u8("a\\b,c;d\ne\\nf\\,g");
    Contact c;
    c.firstName = tricky;
    c.lastName = tricky;
    c.title = tricky;
    c.notes = tricky;
    c.tags = {tricky};
    c.address.street = tricky;
    c.address.country = tricky;
    c.emails = {{u8("work"), u8("x,y@example.com")}};
    c.phones = {{u8("work"), u8("1;2")}};
    c.externalId = tricky;
    const auto result = VCardReader::parse(VCardWriter::toVCard(c, tricky, VCardWriter::Version::V4_0));
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact == c);
    CHECK(result->entries[0].organization == tricky);
}

TEST_CASE("several cards written to a device read back in order", "[vcard]") {
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    VCardWriter writer(&buffer, VCardWriter::Version::V3_0);
    Contact first = withoutId(richContact());
    Contact second;
    second.firstName = u8("Ann");
    second.lastName = u8("Lee");
    second.externalId = u8("ext-2");
    REQUIRE(writer.write(first, u8("Org A")).has_value());
    REQUIRE(writer.write(second).has_value());
    buffer.close();

    REQUIRE(buffer.open(QIODevice::ReadOnly));
    const auto result = VCardReader::read(&buffer);
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 2);
    CHECK(result->entries[0].contact == first);
    CHECK(result->entries[0].organization == u8("Org A"));
    CHECK(result->entries[1].contact == second);
    CHECK(result->entries[1].organization.isEmpty());
    CHECK(result->entries[1].firstLine > result->entries[0].firstLine);

    QBuffer closed;
    VCardWriter failing(&closed, VCardWriter::Version::V4_0);
    auto failed = failing.write(second);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().code == ErrorCode::Io);
}
