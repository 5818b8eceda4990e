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
};

} // namespace Fieldbook
