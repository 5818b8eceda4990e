#include "common/Validation.h"

#include <catch2/catch.hpp>

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
} // namespace

TEST_CASE("ordinary and internationalised e-mail addresses are accepted", "[validation]") {
    const char* valid[] = {"a@example.com",           "first.last+tag@sub.example.co.uk",
                           "o'neil@example.ie",       "x@xn--fsqu00a.xn--fiqs8s",
                           "张伟@例子.中国",          "josé@müller.de",
                           "user_name-1@my-domain.io"};
    for (const char* email : valid) {
        INFO(email);
        CHECK(isValidEmail(u8(email)));
    }
}

TEST_CASE("malformed e-mail addresses are rejected", "[validation]") {
    const char* invalid[] = {"",
                             "plain",
                             "a@b",
                             "a@@example.com",
                             "a@b@example.com",
                             "a b@example.com",
                             "@example.com",
                             "a@",
                             "a@.com",
                             "a@example..com",
                             "a@-example.com",
                             "a@example-.com",
                             "a@example.com.",
                             ".a@example.com",
                             "a.@example.com",
                             "a..b@example.com",
                             "a@exa mple.com",
                             "<a>@example.com",
                             "a@example.123",
                             " a@example.com"};
    for (const char* email : invalid) {
        INFO(email);
        CHECK_FALSE(isValidEmail(u8(email)));
    }
}

TEST_CASE("e-mail length limits are enforced", "[validation]") {
    CHECK(isValidEmail(QString(64, u'a') + QStringLiteral("@example.com")));
    CHECK_FALSE(isValidEmail(QString(65, u'a') + QStringLiteral("@example.com")));
    CHECK(isValidEmail(QStringLiteral("a@") + QString(63, u'b') + QStringLiteral(".com")));
    CHECK_FALSE(isValidEmail(QStringLiteral("a@") + QString(64, u'b') + QStringLiteral(".com")));
    // 254 characters in all is the limit: 64 + '@' + 189.
    const QString domain =
        QString(63, u'c') + u'.' + QString(63, u'd') + u'.' + QString(57, u'e') + QStringLiteral(".com");
    REQUIRE(domain.size() == 189);
    CHECK(isValidEmail(QString(64, u'a') + u'@' + domain));
    CHECK_FALSE(isValidEmail(QString(64, u'a') + QStringLiteral("@x") + domain));
}

TEST_CASE("e-mail normalisation trims and lower-cases the domain, and the match key lower-cases all", "[validation]") {
    CHECK(normalizeEmail(QStringLiteral("  John.Doe@Example.COM \t")) == QStringLiteral("John.Doe@example.com"));
    CHECK(emailMatchKey(QStringLiteral(" John.Doe@Example.COM")) == QStringLiteral("john.doe@example.com"));
    CHECK(emailMatchKey(QStringLiteral("JOHN.DOE@example.com")) ==
          emailMatchKey(QStringLiteral("john.doe@EXAMPLE.com")));
    CHECK(normalizeEmail(QStringLiteral(" no-at-sign ")) == QStringLiteral("no-at-sign"));
}

TEST_CASE("phone numbers are normalised to digits in groups with an optional plus", "[validation]") {
    const std::pair<const char*, const char*> cases[] = {
        {"+1 (555) 123-4567", "+1 555 123 4567"},
        {"  030 / 123 45 67 ", "030 123 45 67"},
        {"0049 30 1234567", "+49 30 1234567"},
        {"0049-30-1234567", "+49 30 1234567"},
        {"555.123.4567", "555 123 4567"},
        {"０３０－１２３４５６７", "030 1234567"},
        {"＋８６ １３８ ０００ ００００", "+86 138 000 0000"},
        {"555-1234 x89", "555 1234 x89"},
        {"555-1234 ext. 12", "555 1234 x12"},
        {"555-1234 Ext 12", "555 1234 x12"},
        {"555-1234#7", "555 1234 x7"},
        {"112", "112"},
        {"+123456789012345", "+123456789012345"},
    };
    for (const auto& [input, expected] : cases) {
        INFO(input);
        const auto result = normalizePhone(u8(input));
        REQUIRE(result.has_value());
        CHECK(*result == u8(expected));
    }
}

TEST_CASE("invalid phone numbers are rejected with a reason", "[validation]") {
    const std::pair<const char*, const char*> cases[] = {
        {"", "empty"},
        {"   ", "empty"},
        {"call me maybe", "letters"},
        {"555-CALL-NOW", "letters"},
        {"12", "too few"},
        {"00 12", "too few"},
        {"1234567890123456", "too many"},
        {"+1 234 567 890 123 456", "too many"},
        {"555*1234", "character"},
        {"555+1234", "'+'"},
        {"++49 30 1234", "'+'"},
    };
    for (const auto& [input, reason] : cases) {
        INFO(input);
        const auto result = normalizePhone(u8(input));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().message.contains(u8(reason)));
    }
}

TEST_CASE("phone digits ignore formatting, extensions and the 00 prefix", "[validation]") {
    CHECK(phoneDigits(QStringLiteral("+1 (555) 123-4567")) == QStringLiteral("15551234567"));
    CHECK(phoneDigits(QStringLiteral("0049 30 1234567")) == phoneDigits(QStringLiteral("+49 30 1234567")));
    CHECK(phoneDigits(QStringLiteral("555-1234 ext. 12")) == QStringLiteral("5551234"));
    CHECK(phoneDigits(u8("０３０－１２３")) == QStringLiteral("030123"));
    for (const char* input :
         {"+1 (555) 123-4567", "0049 30 1234567", "555-1234 x89", "＋８６ １３８ ０００ ００００"}) {
        INFO(input);
        const auto normalized = normalizePhone(u8(input));
        REQUIRE(normalized.has_value());
        CHECK(phoneDigits(*normalized) == phoneDigits(u8(input)));
    }
}
