#include "StringMakers.h"
#include "domain/CurrencyRates.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("exchange rates are read as exact fractions or refused", "[domain][money][currency]") {
    struct Row {
        const char16_t* text;
        qint64 numerator; // 0: refused
        qint64 denominator;
    };
    const Row rows[] = {{u"0.92", 23, 25},
                        {u"163.25", 653, 4},
                        {u"7,8125", 125, 16},
                        {u" 1 ", 1, 1},
                        {u"0.00000001", 1, 100'000'000},
                        {u"9999999.99999999", 999'999'999'999'999, 100'000'000},
                        {u"0", 0, 0},
                        {u"0.000000001", 0, 0}, // nine decimals
                        {u"10000000", 0, 0},    // too large
                        {u"-1.5", 0, 0},
                        {u"1e3", 0, 0},
                        {u"1.2.3", 0, 0},
                        {u"", 0, 0},
                        {u".", 0, 0}};
    for (const Row& r : rows) {
        const QString text = QString::fromUtf16(r.text);
        INFO(text.toStdString());
        const auto rate = ExchangeRate::parse(text);
        if (r.numerator == 0) {
            CHECK_FALSE(rate);
            continue;
        }
        REQUIRE(rate);
        CHECK(rate->numerator == r.numerator);
        CHECK(rate->denominator == r.denominator);
        CHECK(ExchangeRate::parse(rate->toString()) == rate);
    }
    CHECK(ExchangeRate::parse(u"0.9200").value().toString() == u"0.92"_s);
    CHECK(ExchangeRate::parse(u"163.25").value().toString() == u"163.25"_s);
    CHECK(ExchangeRate::parse(u"3").value().toString() == u"3"_s);
}

TEST_CASE("amounts are converted to the reporting currency once, halves rounded away from zero",
          "[domain][money][currency]") {
    struct Row {
        const char* reporting;
        const char* from;
        const char* rate;
        qint64 amount;   // minor units of `from`
        qint64 expected; // minor units of `reporting`, computed by hand
    };
    const Row rows[] = {
        {"EUR", "USD", "0.92", 10'000, 9'200},            // 100.00 USD = 92.00 EUR
        {"EUR", "USD", "0.9235", 1, 1},                   // 0.01 USD = 0.009235 EUR -> 0.01
        {"EUR", "USD", "0.5", 1, 1},                      // 0.005 EUR: a half, away from zero
        {"EUR", "USD", "0.5", 3, 2},                      // 0.015 EUR -> 0.02
        {"EUR", "USD", "0.5", -3, -2},                    // -0.015 EUR -> -0.02
        {"EUR", "USD", "0.4999", 1, 0},                   // 0.004999 EUR -> 0.00
        {"EUR", "JPY", "0.0061", 1'000, 610},             // 1,000 JPY (no minor unit) = 6.10 EUR
        {"JPY", "EUR", "163.25", 1'234, 2'015},           // 12.34 EUR = 2,014.505 JPY -> 2,015
        {"CNY", "KWD", "23.4567", 1'234, 2'895},          // 1.234 KWD = 28.9455678 CNY -> 28.95
        {"KWD", "CNY", "0.0426", 12'345, 5'259},          // 123.45 CNY = 5.25897 KWD -> 5.259
        {"CNY", "USD", "7.1234", 12'345'678, 87'943'203}, // 123,456.78 × 7.1234 = 879,432.0265... -> 879,432.03
    };
    for (const Row& r : rows) {
        INFO(r.amount << " " << r.from << " at " << r.rate << " in " << r.reporting);
        CurrencyRates rates(QString::fromLatin1(r.reporting));
        rates.setRate(QString::fromLatin1(r.from), *ExchangeRate::parse(QString::fromLatin1(r.rate)));
        CHECK(rates.convert(r.amount, QString::fromLatin1(r.from)) == r.expected);
    }
}

TEST_CASE("an amount without a rate is not converted, the reporting currency always is", "[domain][money][currency]") {
    CurrencyRates rates(u"EUR"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"0.92"));
    rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"2")); // the reporting currency is always 1
    CHECK(rates.convert(12'345, u"EUR"_s) == 12'345);
    CHECK_FALSE(rates.convert(12'345, u"GBP"_s));
    CHECK(rates.convert(std::numeric_limits<qint64>::max(), u"USD"_s).has_value()); // 0.92 of it still fits
    rates.setRate(u"GBP"_s, *ExchangeRate::parse(u"2"));
    CHECK_FALSE(rates.convert(std::numeric_limits<qint64>::max(), u"GBP"_s)); // does not fit: refused
    rates.removeRate(u"GBP"_s);
    CHECK_FALSE(rates.rate(u"GBP"_s));
    CHECK(rates.rate(u"EUR"_s) == ExchangeRate{1, 1});
}

TEST_CASE("rates are stored as text and read back, bad entries refused by name", "[domain][money][currency]") {
    CurrencyRates rates(u"CNY"_s);
    rates.setRate(u"USD"_s, *ExchangeRate::parse(u"7.1234"));
    rates.setRate(u"EUR"_s, *ExchangeRate::parse(u"7.8125"));
    CHECK(rates.ratesText() == u"EUR=7.8125;USD=7.1234"_s);
    const auto back = CurrencyRates::fromText(u"cny"_s, rates.ratesText());
    REQUIRE(back);
    CHECK(*back == rates);

    CHECK(CurrencyRates::fromText(u"EURO"_s, {}).error().message.contains(u"EURO"_s));
    CHECK(CurrencyRates::fromText(u"EUR"_s, u"US=1"_s).error().message.contains(u"US"_s));
    CHECK(CurrencyRates::fromText(u"EUR"_s, u"USD=abc"_s).error().message.contains(u"USD"_s));
    CHECK(CurrencyRates::fromText(u"EUR"_s, u"USD"_s).error().code == ErrorCode::InvalidInput);

    CHECK(CurrencyRates::defaultReportingCurrency(QLocale(QLocale::Chinese, QLocale::China)) == u"CNY"_s);
    CHECK(CurrencyRates::defaultReportingCurrency(QLocale(QLocale::German, QLocale::Germany)) == u"EUR"_s);
    CHECK(CurrencyRates::defaultReportingCurrency(QLocale::c()) == u"USD"_s);
    CHECK(currencyDecimals(u"JPY"_s) == 0);
    CHECK(currencyDecimals(u"kwd"_s) == 3);
    CHECK(currencyDecimals(u"EUR"_s) == 2);
}
