#pragma once

#include "domain/QuoteMath.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace Fieldbook {

/// Quantities and percentages as people read and type them in their locale ("2,5" in German):
/// the exact Decimal4 text with the locale's decimal point, and back.
class DecimalText final {
public:
    /// "2.5" in English, "2,5" in German; never rounded, never grouped.
    static QString format(Decimal4 value, const QLocale& locale);
    /// Accepts the locale's decimal point or '.', the locale's group separator and a '%' sign;
    /// nullopt for anything Decimal4::parse refuses.
    static std::optional<Decimal4> parse(const QString& text, const QLocale& locale);

    /// A line's discount as a cell shows it: "10 %" (for editing "10%"), an amount of money with
    /// `decimals` places, or empty.
    static QString formatDiscount(const QuoteLineInput& amounts, const QLocale& locale, int decimals, bool forEditing);
    /// A discount cell as typed: empty is none, "10%" or "10 %" a percentage, anything else money
    /// off the line. Sets the discount of `*amounts`; false (nothing changed) when the text is none
    /// of these.
    static bool parseDiscount(const QString& text, const QLocale& locale, int decimals, QuoteLineInput* amounts);
};

} // namespace Fieldbook
