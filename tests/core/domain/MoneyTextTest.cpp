#include "domain/MoneyText.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Fieldbook::MoneyText;

TEST_CASE("amounts typed in major units become exact minor units", "[ui][money]") {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(MoneyText::parse(u"1,234.56"_s, english, 2) == 123456);
    CHECK(MoneyText::parse(u"0.1"_s, english, 2) == 10);
    CHECK(MoneyText::parse(u"19.99"_s, english, 2) == 1999); // 19.99 * 100 is 1998.9999... in double
    CHECK(MoneyText::parse(u"1.234,56"_s, german, 2) == 123456);
    CHECK(MoneyText::parse(u"-5"_s, english, 2) == -500);
    CHECK(MoneyText::parse(u"1500"_s, english, 0) == 1500);
    CHECK_FALSE(MoneyText::parse(u"1.234"_s, english, 2));
    CHECK_FALSE(MoneyText::parse(u"12abc"_s, english, 2));
    CHECK_FALSE(MoneyText::parse(u""_s, english, 2));
    CHECK_FALSE(MoneyText::parse(u"99999999999999999999"_s, english, 2));
}

TEST_CASE("minor units are shown in major units with the locale's separators", "[ui][money]") {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(MoneyText::format(123456, english, 2) == u"1,234.56");
    CHECK(MoneyText::format(-5, english, 2) == u"-0.05");
    CHECK(MoneyText::format(1500, english, 0) == u"1,500");
    CHECK(MoneyText::decimalsFor(u"jpy"_s) == 0);
    CHECK(MoneyText::decimalsFor(u"KWD"_s) == 3);
    CHECK(MoneyText::decimalsFor(u"EUR"_s) == 2);
}
