#include "domain/DecimalText.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using Fieldbook::Decimal4;
using Fieldbook::DecimalText;

TEST_CASE("quantities and rates are read and shown with the locale's decimal point", "[domain][decimal]") {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(DecimalText::format(*Decimal4::parse(u"2.5"_s), english) == u"2.5"_s);
    CHECK(DecimalText::format(*Decimal4::parse(u"2.5"_s), german) == u"2,5"_s);
    CHECK(DecimalText::format(Decimal4::fromInt(1000), german) == u"1000"_s);
    CHECK(DecimalText::parse(u"7,5 %"_s, german) == Decimal4::parse(u"7.5"_s));
    CHECK(DecimalText::parse(u"1.000,25"_s, german) == Decimal4::parse(u"1000.25"_s));
    CHECK(DecimalText::parse(u"1,000.25"_s, english) == Decimal4::parse(u"1000.25"_s));
    CHECK(DecimalText::parse(u" 19% "_s, english) == Decimal4::fromInt(19));
    CHECK_FALSE(DecimalText::parse(u"zwei"_s, german));
    CHECK_FALSE(DecimalText::parse(u"0.00001"_s, english));
}
