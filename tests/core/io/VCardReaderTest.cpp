#include "TempDatabase.h"
#include "io/VCardReader.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

using namespace Fieldbook;
using Fieldbook::Test::testDataPath;

namespace {

Result<VCardParseResult> readFile(const QString& name) {
    QFile file(testDataPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return VCardReader::read(&file);
}

ContactPoint point(const char* type, const char* value) {
    return ContactPoint{QString::fromUtf8(type), QString::fromUtf8(value)};
}

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("a vCard 3.0 file with Western and Chinese cards is read completely", "[vcard]") {
    const auto result = readFile(QStringLiteral("contacts-3.0.vcf"));
    REQUIRE(result.has_value());
    CHECK(result->problems.isEmpty());
    REQUIRE(result->entries.size() == 2);

    const VCardEntry& john = result->entries[0];
    CHECK(john.firstLine == 1);
    CHECK(john.contact.lastName == u8("Smith"));
    CHECK(john.contact.firstName == u8("John"));
    CHECK(john.organization == u8("Acme Corp."));
    CHECK(john.contact.title == u8("Head of Sales, EMEA"));
    // TYPE=PREF moves the work address first; a grouped item1.EMAIL without a known type is "other".
    CHECK(john.contact.emails == ContactPoints{point("work", "john.smith@acme.example"),
                                               point("home", "john@home.example"), point("other", "js@other.example")});
    CHECK(john.contact.phones == ContactPoints{point("work", "+1 555 123 4567"), point("mobile", "+1 555 765 4321"),
                                               point("fax", "+1 555 123 4568")});
    CHECK(john.contact.address ==
          PostalAddress{u8("1 Main Street\nSuite 100"), u8("Springfield"), u8("IL"), u8("62701"), u8("USA")});
    CHECK(john.contact.birthday == QDate(1980, 5, 17));
    CHECK(john.contact.notes ==
          u8("Prefers email; never call before 9.\nLikes golf. This note is long enough to be folded onto a "
             "second line."));
    CHECK(john.contact.tags == QStringList{u8("VIP"), u8("Golf")});
    CHECK(john.uid == u8("acme-crm-0001"));
    CHECK(john.contact.externalId == john.uid);
    CHECK(john.contact.id.isEmpty());

    const VCardEntry& wang = result->entries[1];
    CHECK(wang.firstLine == 21);
    CHECK(wang.contact.lastName == u8("王"));
    CHECK(wang.contact.firstName == u8("小明"));
    CHECK(wang.contact.displayName() == u8("王小明"));
    CHECK(wang.organization == u8("北京科技有限公司"));
    CHECK(wang.contact.title == u8("销售经理"));
    CHECK(wang.contact.phones == ContactPoints{point("mobile", "138 0013 8000")});
    CHECK(wang.contact.emails == ContactPoints{point("other", "wang@example.cn")});
    CHECK(wang.contact.address ==
          PostalAddress{u8("朝阳区建国路88号"), u8("北京"), u8("北京市"), u8("100022"), u8("中国")});
    CHECK(wang.contact.birthday == QDate(1990, 1, 1));
    CHECK(wang.contact.tags == QStringList{u8("重要客户")});
    CHECK(wang.contact.externalId == u8("cn-0002"));
}

TEST_CASE("a vCard 4.0 file with quoted TYPE lists, PREF and tel URIs is read", "[vcard]") {
    const auto result = readFile(QStringLiteral("contacts-4.0.vcf"));
    REQUIRE(result.has_value());
    CHECK(result->problems.isEmpty());
    REQUIRE(result->entries.size() == 2);

    const VCardEntry& jane = result->entries[0];
    CHECK(jane.contact.firstName == u8("Jane"));
    CHECK(jane.contact.lastName == u8("Doe"));
    CHECK(jane.organization == u8("Example, Inc."));
    CHECK(jane.uid == u8("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
    CHECK(jane.contact.externalId == jane.uid);
    CHECK(jane.contact.emails == ContactPoints{point("home", "jane@home.example"), point("work", "jane@example.com")});
    CHECK(jane.contact.phones == ContactPoints{point("work", "+1-555-555-5555 x5555"),
                                               point("mobile", "+1-555-555-0000"), point("fax", "+1 555 555 0001")});
    CHECK(jane.contact.address.street == u8("123 Main St"));
    CHECK(jane.contact.address.postalCode == u8("91921-1234"));
    CHECK_FALSE(jane.contact.birthday.isValid()); // --0415 has no year
    CHECK(jane.contact.notes == u8("Line 1\nLine 2 with a backslash \\ and a semicolon ;"));
    CHECK(jane.contact.tags == QStringList{u8("customer"), u8("partner,reseller")});

    const VCardEntry& li = result->entries[1];
    CHECK(li.firstLine == 17);
    CHECK(li.contact.displayName() == u8("李娜"));
    CHECK(li.contact.birthday == QDate(1985, 2, 3));
    CHECK(li.uid.isEmpty());
}

TEST_CASE("folded lines are unfolded even when a multi-byte character is split across the fold", "[vcard]") {
    QByteArray data = "BEGIN:VCARD\nVERSION:4.0\nFN:Zhang Wei\nNOTE:北";
    const QByteArray jing = "京"; // three UTF-8 bytes, split 1 + 2 across the fold
    data += jing.left(1) + "\n " + jing.mid(1) + "欢迎\n\tyou\nEND:VCARD\n";
    const auto result = VCardReader::parse(data);
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.notes == u8("北京欢迎you"));
}

TEST_CASE("parameters are read in every common spelling", "[vcard]") {
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jo;;;\r\n"
                            "TEL;TYPE=WORK;TYPE=CELL:1\r\n"
                            "TEL;type=work,voice:2\r\n"
                            "TEL;WORK;FAX:3\r\n"
                            "TEL;TYPE=\"home,voice\":4\r\n"
                            "TEL:5\r\n"
                            "item2.TEL;TYPE=HOME;PREF=1:6\r\n"
                            "END:VCARD\r\n";
    const auto result = VCardReader::parse(data);
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.phones == ContactPoints{point("home", "6"), point("mobile", "1"),
                                                             point("work", "2"), point("fax", "3"), point("home", "4"),
                                                             point("other", "5")});
}

TEST_CASE("a card with only FN is split into first and last name at the last space", "[vcard]") {
    const auto result = VCardReader::parse("BEGIN:VCARD\nVERSION:3.0\nFN:Mary Ann Smith\nEND:VCARD\n");
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.firstName == u8("Mary Ann"));
    CHECK(result->entries[0].contact.lastName == u8("Smith"));
}

TEST_CASE("birthdays are read in extended, basic and date-time forms", "[vcard]") {
    auto birthday = [](const char* value) {
        const QByteArray data = QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:X\nBDAY:") + value + "\nEND:VCARD\n";
        const auto result = VCardReader::parse(data);
        REQUIRE(result.has_value());
        REQUIRE(result->entries.size() == 1);
        return result->entries[0].contact.birthday;
    };
    CHECK(birthday("1975-12-31") == QDate(1975, 12, 31));
    CHECK(birthday("19751231") == QDate(1975, 12, 31));
    CHECK(birthday("1975-12-31T00:00:00Z") == QDate(1975, 12, 31));
    CHECK_FALSE(birthday("--1231").isValid());
    CHECK_FALSE(birthday("circa 1800").isValid());
}

TEST_CASE("a truncated card is reported by line while the good card before it is kept", "[vcard]") {
    const auto result = readFile(QStringLiteral("broken-truncated.vcf"));
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.lastName == u8("Good"));
    REQUIRE(result->problems.size() == 1);
    CHECK(result->problems[0].line == 6);
    CHECK(result->problems[0].message.startsWith(u8("Line 6:")));
    CHECK(result->problems[0].message.contains(u8("END:VCARD")));
}

TEST_CASE("a file whose only card is truncated is an error naming the line", "[vcard]") {
    const auto result = VCardReader::parse("\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().message.startsWith(u8("Line 2:")));
    CHECK(result.error().message.contains(u8("truncated")));
}

TEST_CASE("a BEGIN inside an unfinished card reports the unfinished one and reads the next", "[vcard]") {
    const auto result =
        VCardReader::parse("BEGIN:VCARD\nVERSION:3.0\nFN:A B\nBEGIN:VCARD\nVERSION:3.0\nFN:C D\nEND:VCARD\n");
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.firstName == u8("C"));
    REQUIRE(result->problems.size() == 1);
    CHECK(result->problems[0].line == 1);
}

TEST_CASE("cards without VERSION or with a line lacking ':' are skipped and named by line", "[vcard]") {
    const QByteArray data = "BEGIN:VCARD\nFN:No Version\nEND:VCARD\n"
                            "BEGIN:VCARD\nVERSION:4.0\nFN:Bad Line\nTHIS LINE HAS NO COLON\nEND:VCARD\n"
                            "BEGIN:VCARD\nVERSION:4.0\nFN:Fine Card\nEND:VCARD\n";
    const auto result = VCardReader::parse(data);
    REQUIRE(result.has_value());
    REQUIRE(result->entries.size() == 1);
    CHECK(result->entries[0].contact.lastName == u8("Card"));
    REQUIRE(result->problems.size() == 2);
    CHECK(result->problems[0].line == 1);
    CHECK(result->problems[0].message == u8("Line 1: the vCard that starts here has no VERSION line."));
    CHECK(result->problems[1].line == 7);
    CHECK(result->problems[1].message.startsWith(u8("Line 7: the line has no ':'")));
}

TEST_CASE("vCard 2.1 is refused as an unsupported version", "[vcard]") {
    const auto result = VCardReader::parse("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Old;Phone\r\nEND:VCARD\r\n");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Unsupported);
    CHECK(result.error().message.startsWith(u8("Line 2:")));
    CHECK(result.error().message.contains(u8("2.1")));
}

TEST_CASE("invalid UTF-8 in a card is reported with its line", "[vcard]") {
    const auto result = VCardReader::parse("BEGIN:VCARD\nVERSION:3.0\nFN:ok\nNOTE:M\xFC"
                                           "nchen\nEND:VCARD\n");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message == u8("Line 4: the text is not valid UTF-8."));
}

TEST_CASE("text that is not a vCard at all is rejected", "[vcard]") {
    const auto empty = VCardReader::parse(QByteArray());
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().message.contains(u8("no vCard")));

    const auto csv = VCardReader::parse("name,email\nA,a@example.com\n");
    REQUIRE_FALSE(csv.has_value());
    CHECK(csv.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("stray text between cards is reported once per stretch and the cards are kept", "[vcard]") {
    const auto result = VCardReader::parse("junk 1\njunk 2\nBEGIN:VCARD\nVERSION:3.0\nFN:A B\nEND:VCARD\n");
    REQUIRE(result.has_value());
    CHECK(result->entries.size() == 1);
    REQUIRE(result->problems.size() == 1);
    CHECK(result->problems[0].line == 1);
}

TEST_CASE("files and cards over the size limits are refused", "[vcard]") {
    VCardReader::Limits limits;
    limits.maxFileBytes = 200;
    limits.maxCardBytes = 60;
    const QByteArray small = "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nEND:VCARD\n";
    const QByteArray big = "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nNOTE:" + QByteArray(80, 'x') + "\nEND:VCARD\n";

    const auto mixed = VCardReader::parse(small + big, limits);
    REQUIRE(mixed.has_value());
    CHECK(mixed->entries.size() == 1);
    REQUIRE(mixed->problems.size() == 1);
    CHECK(mixed->problems[0].line == 5);
    CHECK(mixed->problems[0].message.contains(u8("larger than the limit")));

    const auto tooBig = VCardReader::parse(small + big + big, limits);
    REQUIRE_FALSE(tooBig.has_value());
    CHECK(tooBig.error().message.contains(u8("larger than the limit")));

    // The default limits: 20 MiB per file.
    const auto huge = VCardReader::parse(QByteArray((20 << 20) + 1, ' '));
    REQUIRE_FALSE(huge.has_value());
    CHECK(huge.error().message.contains(u8("20 MiB")));
}
