#include "StringMakers.h"
#include "domain/QuoteMath.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

Decimal4 dec(const char* text) {
    auto d = Decimal4::parse(QString::fromLatin1(text));
    REQUIRE(d);
    return *d;
}

QuoteLineInput line(const char* quantity, qint64 unitPrice, const char* taxRate) {
    QuoteLineInput l;
    l.quantity = dec(quantity);
    l.unitPrice = unitPrice;
    l.taxRate = dec(taxRate);
    return l;
}

QuoteLineInput percentOff(QuoteLineInput l, const char* percent) {
    l.discount = QuoteLineInput::Discount::Percent;
    l.discountPercent = dec(percent);
    return l;
}

QuoteLineInput amountOff(QuoteLineInput l, qint64 amount) {
    l.discount = QuoteLineInput::Discount::Amount;
    l.discountAmount = amount;
    return l;
}

} // namespace

TEST_CASE("division rounds halves away from zero and nothing else", "[domain][money]") {
    struct Row {
        qint64 numerator;
        qint64 denominator;
        qint64 expected;
    };
    const Row rows[] = {{5, 2, 3},
                        {-5, 2, -3},
                        {4, 2, 2},
                        {24'999, 10'000, 2},
                        {25'000, 10'000, 3},
                        {-25'000, 10'000, -3},
                        {-24'999, 10'000, -2},
                        {0, 7, 0},
                        {1, 3, 0},
                        {2, 3, 1},
                        {-2, 3, -1}};
    for (const Row& r : rows) {
        INFO(r.numerator << " / " << r.denominator);
        CHECK(divideRounded(r.numerator, r.denominator) == r.expected);
    }
    const Int128 huge = Int128(std::numeric_limits<qint64>::max()) * 4;
    CHECK_FALSE(divideRounded(huge, 2));
    CHECK(divideRounded(huge, 4) == std::numeric_limits<qint64>::max());
}

TEST_CASE("decimals of four places are read exactly or refused", "[domain][money]") {
    struct Row {
        const char* text;
        std::optional<qint64> raw;
    };
    const Row rows[] = {{"2", 20'000},       {"2.5", 25'000}, {"0.0001", 1},  {"-0.125", -1'250},
                        {" 12.5 ", 125'000}, {"2,5", 25'000}, {"+3", 30'000}, {".5", 5'000},
                        {"1.23456", {}},     {"", {}},        {"abc", {}},    {"1.2.3", {}},
                        {".", {}},           {"-", {}},       {"1e3", {}},    {"10000000000000", {}}};
    for (const Row& r : rows) {
        INFO('"' << r.text << '"');
        const auto parsed = Decimal4::parse(QString::fromLatin1(r.text));
        CHECK(parsed.has_value() == r.raw.has_value());
        if (parsed && r.raw)
            CHECK(parsed->raw == *r.raw);
    }
    CHECK(Decimal4{25'000}.toString() == u"2.5"_s);
    CHECK(Decimal4{30'000}.toString() == u"3"_s);
    CHECK(Decimal4{1}.toString() == u"0.0001"_s);
    CHECK(Decimal4{-1'250}.toString() == u"-0.125"_s);
    CHECK(Decimal4{88'750}.toString() == u"8.875"_s);
}

TEST_CASE("a quote line's amounts are each rounded once, by hand-computed examples", "[domain][money]") {
    struct Row {
        const char* what;
        QuoteLineInput input;
        QuoteLineTotals expected; // gross, discount, net, tax, total
    };
    const Row rows[] = {
        // 3 × 19.99 = 59.97; 19 % of it 11.3943 -> 11.39
        {"plain line", line("3", 1999, "19"), {5997, 0, 5997, 1139, 7136}},
        // 2.5 × 3.33 = 8.325 -> 8.33 (a half: away from zero)
        {"decimal quantity", line("2.5", 333, "0"), {833, 0, 833, 0, 833}},
        // 10 % of 8.33 = 0.833 -> 0.83; net 7.50; 7.7 % of it 0.5775 -> 0.58
        {"percent discount", percentOff(line("2.5", 333, "7.7"), "10"), {833, 83, 750, 58, 808}},
        // 50 % of 0.05 = 0.025 -> 0.03; net 0.02; 25 % of it 0.005 -> 0.01
        {"halves at every step", percentOff(line("1", 5, "25"), "50"), {5, 3, 2, 1, 3}},
        // 4 × 2.50 = 10.00 less 1.00
        {"amount discount", amountOff(line("4", 250, "0"), 100), {1000, 100, 900, 0, 900}},
        // 8.875 % of 100.00 = 8.875 -> 8.88
        {"three-decimal tax rate", line("1", 10000, "8.875"), {10000, 0, 10000, 888, 10888}},
        {"free item", line("2", 0, "19"), {0, 0, 0, 0, 0}},
        {"fully discounted", percentOff(line("1", 1234, "19"), "100"), {1234, 1234, 0, 0, 0}},
        {"discount equal to the line", amountOff(line("1", 1234, "19"), 1234), {1234, 1234, 0, 0, 0}},
        // 0.0001 × 1.00 = 0.0001 -> 0.00
        {"tiny quantity", line("0.0001", 100, "0"), {0, 0, 0, 0, 0}},
        // 0.3333 × 3.00 = 0.9999 -> 1.00
        {"quantity that rounds up", line("0.3333", 300, "0"), {100, 0, 100, 0, 100}},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        auto t = computeLine(r.input);
        REQUIRE(t);
        CHECK(t->gross == r.expected.gross);
        CHECK(t->discount == r.expected.discount);
        CHECK(t->net == r.expected.net);
        CHECK(t->tax == r.expected.tax);
        CHECK(t->total == r.expected.total);
    }
}

TEST_CASE("quote lines that break a rule are refused with the reason", "[domain][money]") {
    struct Row {
        const char* what;
        QuoteLineInput input;
        const char16_t* says;
    };
    const Row rows[] = {
        {"zero quantity", line("0", 100, "0"), u"quantity"},
        {"negative quantity", line("-1", 100, "0"), u"quantity"},
        {"negative price", line("1", -100, "0"), u"unit price"},
        {"discount over 100 %", percentOff(line("1", 100, "0"), "100.0001"), u"discount"},
        {"negative percent discount", percentOff(line("1", 100, "0"), "-5"), u"discount"},
        {"discount above the line", amountOff(line("1", 100, "0"), 101), u"larger than the line"},
        {"negative amount discount", amountOff(line("1", 100, "0"), -1), u"discount"},
        {"tax over 100 %", line("1", 100, "101"), u"tax rate"},
        {"negative tax", line("1", 100, "-1"), u"tax rate"},
        {"overflow", line("1000000000000", std::numeric_limits<qint64>::max() / 2, "0"), u"too large"},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        auto t = computeLine(r.input);
        REQUIRE_FALSE(t);
        CHECK(t.error().code == ErrorCode::InvalidInput);
        CHECK(t.error().message.contains(QString::fromUtf16(r.says)));
    }
}

TEST_CASE("quote totals sum the rounded lines and group tax by rate", "[domain][money]") {
    const QList<QuoteLineInput> lines{
        line("3", 1999, "19"),                     // 59.97, tax 11.39
        percentOff(line("2.5", 333, "7.7"), "10"), // 8.33 - 0.83 = 7.50, tax 0.58
        line("1", 1005, "19"),                     // 10.05, tax 1.9095 -> 1.91
        amountOff(line("4", 250, "0"), 100),       // 10.00 - 1.00 = 9.00, tax 0
    };
    auto q = computeQuote(lines);
    REQUIRE(q);
    REQUIRE(q->lines.size() == 4);
    CHECK(q->lines.at(2).tax == 191);
    CHECK(q->subtotal == 5997 + 833 + 1005 + 1000);
    CHECK(q->discount == 83 + 100);
    CHECK(q->net == 8652);
    REQUIRE(q->taxes.size() == 3);
    CHECK(q->taxes.at(0) == TaxByRate{dec("0"), 900, 0});
    CHECK(q->taxes.at(1) == TaxByRate{dec("7.7"), 750, 58});
    CHECK(q->taxes.at(2) == TaxByRate{dec("19"), 7002, 1139 + 191});
    CHECK(q->tax == 1388);
    CHECK(q->grandTotal == 10040);
}

TEST_CASE("tax is rounded per line, then summed, not taken again from the sum", "[domain][money]") {
    // Each line's tax is 10 % of 0.05 = 0.005 -> 0.01; on the sum 0.10 it would be 0.01 once.
    auto q = computeQuote({line("1", 5, "10"), line("1", 5, "10")});
    REQUIRE(q);
    CHECK(q->taxes == QList<TaxByRate>{{dec("10"), 10, 2}});
    CHECK(q->grandTotal == 12);
}

TEST_CASE("an empty quote comes to zero and a refused line is named by its number", "[domain][money]") {
    auto empty = computeQuote({});
    REQUIRE(empty);
    CHECK(empty->grandTotal == 0);
    CHECK(empty->taxes.isEmpty());

    auto refused = computeQuote({line("1", 100, "0"), line("0", 100, "0")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(u"Line 2: "_s));
}
