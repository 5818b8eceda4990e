#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Fieldbook {

/// Products of amounts and rates before rounding (GCC and Clang; `__extension__` keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;

/// A decimal number with four places held as an integer, for quantities and percentages
/// (2.5 is 25000, 8.875 % is 88750). Never a double: what a quote says must add up to the cent.
struct Decimal4 {
    static constexpr qint64 kScale = 10'000;
    qint64 raw = 0;

    static constexpr Decimal4 fromInt(qint64 whole) { return {whole * kScale}; }
    /// "2", "2.5", "-0.125", " 12.5 "; also "2,5" (decimal comma). Nullopt for anything else,
    /// including more than four decimals or a value beyond ±10^12.
    static std::optional<Decimal4> parse(QStringView text);
    /// The shortest exact text: "2.5", "3", "0.0001" (C locale; the UI formats for the user's locale).
    [[nodiscard]] QString toString() const;

    friend constexpr auto operator<=>(Decimal4, Decimal4) = default;
};

/// Rounds numerator / denominator to an integer, halves away from zero (docs/architecture.md):
/// 2.5 -> 3, -2.5 -> -3, 2.4999 -> 2. `denominator` must be positive. Nullopt when the result
/// does not fit 64 bits.
std::optional<qint64> divideRounded(Int128 numerator, qint64 denominator);

/// One line of a quote as the user entered it. Amounts are minor units of the quote's currency.
struct QuoteLineInput {
    enum class Discount { None, Percent, Amount };
    Decimal4 quantity = Decimal4::fromInt(1);
    qint64 unitPrice = 0;
    Discount discount = Discount::None;
    Decimal4 discountPercent;  ///< Discount::Percent: 0 to 100
    qint64 discountAmount = 0; ///< Discount::Amount: off the whole line, at most its gross amount
    Decimal4 taxRate;          ///< percent, 0 to 100
    friend bool operator==(const QuoteLineInput&, const QuoteLineInput&) = default;
};

/// What a line comes to, each amount rounded once, half away from zero.
struct QuoteLineTotals {
    qint64 gross = 0;    ///< quantity × unit price
    qint64 discount = 0; ///< the percentage of gross, or the amount
    qint64 net = 0;      ///< gross − discount
    qint64 tax = 0;      ///< net × tax rate
    qint64 total = 0;    ///< net + tax
    friend bool operator==(const QuoteLineTotals&, const QuoteLineTotals&) = default;
};

/// The tax of every line with one rate, summed.
struct TaxByRate {
    Decimal4 rate;
    qint64 net = 0; ///< the lines' net amounts the tax is on
    qint64 tax = 0; ///< the sum of those lines' rounded taxes (never recomputed from `net`)
    friend bool operator==(const TaxByRate&, const TaxByRate&) = default;
};

/// A quote's totals: every figure a quote shows anywhere (editor, PDF, CLI) comes from here, so
/// they are identical wherever they appear.
struct QuoteTotals {
    QList<QuoteLineTotals> lines;
    qint64 subtotal = 0;    ///< sum of the lines' gross amounts
    qint64 discount = 0;    ///< sum of the lines' discounts
    qint64 net = 0;         ///< subtotal − discount
    QList<TaxByRate> taxes; ///< by rate, lowest first; rates with no line are absent
    qint64 tax = 0;         ///< sum of `taxes`
    qint64 grandTotal = 0;  ///< net + tax
};

/// The rules: quantity above zero, unit price zero or more (free items are fine; credits and
/// returns are not quote lines), a discount of 0–100 % or of at most the line's gross amount, a tax
/// rate of 0–100 %. Each line's gross, discount and tax are rounded half away from zero, then summed
/// (docs/architecture.md). A value that breaks a rule or overflows is refused with a message naming it.
[[nodiscard]] Result<QuoteLineTotals> computeLine(const QuoteLineInput& line);
/// All lines; a refusal names the line (1-based).
[[nodiscard]] Result<QuoteTotals> computeQuote(const QList<QuoteLineInput>& lines);

} // namespace Fieldbook
