#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Fieldbook {

/// Converts between amounts typed in major units ("1,234.56") and stored minor units (123456)
/// with integer arithmetic only: no binary floating point ever touches money.
class MoneyText final {
public:
    /// Digits after the decimal point for an ISO 4217 code (JPY 0, KWD 3, most 2).
    static int decimalsFor(const QString& currency);
    /// Parses `text` in `locale` (also accepting '.' as decimal point); nullopt when it is not an
    /// amount, has more decimals than the currency allows, or does not fit.
    static std::optional<qint64> parse(const QString& text, const QLocale& locale, int decimals);
    static QString format(qint64 minorUnits, const QLocale& locale, int decimals);
};

} // namespace Fieldbook
