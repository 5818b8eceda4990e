#include "StringMakers.h"

#include "domain/PhoneNumber.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("a number typed the local way is written in international form in the default region", "[phone]") {
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"030 1234567", "DE", "+49 30 1234567"},
        {"  030 / 123 45 67 ", "DE", "+49 30 1234567"},
        {"０３０－１２３４５６７", "DE", "+49 30 1234567"},
        {"0049 30 1234567", "DE", "+49 30 1234567"},
        {"+49 30 1234567", "", "+49 30 1234567"},
        {"0049 30 1234567", "", "+49 30 1234567"},
        {"(650) 253-0000", "US", "+1 650 253 0000"},
        {"650-253-0000 ext. 12", "US", "+1 650 253 0000 x12"},
        {"+44 20 7946 0958", "DE", "+44 20 7946 0958"},
        {"138 0013 8000", "CN", "+86 138 0013 8000"},
    };
    for (const auto& [input, region, expected] : cases) {
        INFO(input << " in " << region);
        const auto result = PhoneNumber::international(QString::fromUtf8(input), QString::fromUtf8(region));
        REQUIRE(result.has_value());
        CHECK(*result == QString::fromUtf8(expected));
    }
}

TEST_CASE("what cannot be read as a phone number says why", "[phone]") {
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"030 1234567", "", "country code"},
        {"ask reception", "DE", "letters"},
        {"+999 1234567", "DE", "country code"},
        {"030 1", "DE", "not a valid number in Germany"},
        {"12", "DE", "few"},
    };
    for (const auto& [input, region, reason] : cases) {
        INFO(input << " in " << region);
        const auto result = PhoneNumber::international(QString::fromUtf8(input), QString::fromUtf8(region));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().message.contains(QString::fromUtf8(reason)));
    }
}

TEST_CASE("phone regions come from the locale's territory and name their calling code", "[phone]") {
    CHECK(PhoneNumber::regionOf(QLocale(QLocale::German, QLocale::Germany)) == u"DE"_s);
    CHECK(PhoneNumber::regionOf(QLocale(QLocale::Chinese, QLocale::China)) == u"CN"_s);
    CHECK(PhoneNumber::regionOf(QLocale::c()).isEmpty());
    CHECK(PhoneNumber::callingCode(u"de"_s) == 49);
    CHECK(PhoneNumber::callingCode(u"XX"_s) == 0);
    CHECK(PhoneNumber::regions().contains(u"CN"_s));
    CHECK(PhoneNumber::regionName(u"DE"_s) == u"Germany (+49)"_s);
}
