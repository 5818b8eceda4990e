#pragma once

#include "common/Error.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fieldbook {

/// Digits after the decimal point of an ISO 4217 currency's minor unit (JPY 0, KWD 3, most 2).
[[nodiscard]] int currencyDecimals(const QString& currency);

/// An exact exchange rate: one unit of a currency is worth numerator / denominator units of the
/// reporting currency. Held as a reduced fraction of integers, never a double.
struct ExchangeRate {
    static constexpr int kMaxDecimals = 8;
    static constexpr qint64 kMaxWhole = 10'000'000; ///< rates stay below this, so conversions fit 128 bits

    qint64 numerator = 1;
    qint64 denominator = 1;

    /// "0.92", "163.25", "7,8125" (decimal comma); above zero, below kMaxWhole, at most kMaxDecimals
    /// decimals. Nullopt for anything else.
    static std::optional<ExchangeRate> parse(QStringView text);
    /// The shortest exact decimal text: "0.92", "163.25", "1" (C locale).
    [[nodiscard]] QString toString() const;

    friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};

/// The user's reporting currency and the rates that convert other currencies into it. Board
/// columns and forecasts add amounts in that currency: each amount is converted once, rounded half
/// away from zero to the reporting currency's minor unit, then summed (docs/architecture.md). An
/// amount in a currency without a rate is never converted silently: convert() says it cannot.
class CurrencyRates final {
public:
    CurrencyRates() = default;
    explicit CurrencyRates(QString reportingCurrency);

    [[nodiscard]] QString reportingCurrency() const { return m_reporting; }
    /// Sets how much one unit of `currency` is worth in the reporting currency (ignored for the
    /// reporting currency itself, which is always 1).
    void setRate(const QString& currency, ExchangeRate rate);
    void removeRate(const QString& currency);
    /// The rate of `currency`; 1 for the reporting currency, nullopt when none is set.
    [[nodiscard]] std::optional<ExchangeRate> rate(const QString& currency) const;
    /// The rates set, by currency code (without the reporting currency).
    [[nodiscard]] const QMap<QString, ExchangeRate>& rates() const { return m_rates; }

    /// `amountMinor` minor units of `currency` as minor units of the reporting currency, rounded
    /// once, half away from zero; nullopt when there is no rate or the result does not fit.
    [[nodiscard]] std::optional<qint64> convert(qint64 amountMinor, const QString& currency) const;

    /// The same rates with `currency` as the reporting currency (every rate divided by its rate,
    /// exactly), for a report in another currency. Nullopt when `currency` has no rate or a rate
    /// would need more than 15 digits above or below the line.
    [[nodiscard]] std::optional<CurrencyRates> inCurrency(const QString& currency) const;

    /// The rates as stored in the settings: "CNY=0.1279;USD=0.92".
    [[nodiscard]] QString ratesText() const;
    /// Reads what ratesText() wrote; a bad code or rate is refused with a message naming it.
    [[nodiscard]] static Result<CurrencyRates> fromText(const QString& reportingCurrency, const QString& ratesText);
    /// The ISO code of `locale`'s currency, or USD when the locale has none (the C locale).
    [[nodiscard]] static QString defaultReportingCurrency(const QLocale& locale);
    /// Three letters A–Z.
    [[nodiscard]] static bool isCurrencyCode(const QString& code);

    friend bool operator==(const CurrencyRates&, const CurrencyRates&) = default;

private:
    QString m_reporting;
    QMap<QString, ExchangeRate> m_rates;
};

} // namespace Fieldbook
