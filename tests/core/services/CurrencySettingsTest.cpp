#include "StringMakers.h"
#include "TempDatabase.h"

#include "store/records/CurrencySettings.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("the reporting currency follows the locale until the user sets one, with the rates", "[services][currency]") {
    Test::TempDatabase tmp;
    CHECK(CurrencySettings::load(tmp.db(), QLocale(QLocale::Chinese, QLocale::China)) == CurrencyRates(u"CNY"_s));

    CurrencyRates rates(u"EUR"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
    rates.setRate(u"JPY"_s, *ExchangeRate::parse(u"0.0061"));
    REQUIRE(CurrencySettings::save(tmp.db(), rates));
    tmp.reopen();
    CHECK(CurrencySettings::load(tmp.db(), QLocale(QLocale::Chinese, QLocale::China)) == rates);
    CHECK(tmp->setting(CurrencySettings::ratesKey()) == u"JPY=0.0061;USD=0.92"_s);

    // Rates that can no longer be read are left out, never guessed; the currency stays.
    REQUIRE(tmp->setSetting(CurrencySettings::ratesKey(), u"USD=zero"_s));
    CHECK(CurrencySettings::load(tmp.db()) == CurrencyRates(u"EUR"_s));
}
