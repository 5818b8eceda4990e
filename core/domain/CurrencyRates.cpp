#include "CurrencyRates.h"

#include "QuoteMath.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 powerOfTen(int exponent) {
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

} // namespace

int currencyDecimals(const QString& currency) {
    static const QStringList none{u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"UGX"_s, u"PYG"_s};
    static const QStringList three{u"BHD"_s, u"KWD"_s, u"OMR"_s, u"JOD"_s, u"TND"_s, u"IQD"_s, u"LYD"_s};
    // Codes as stored (three capitals) are looked up as they are: converting every amount of a
    // forecast asks this twice per deal, and trimming and upper-casing allocate.
    const bool plain = currency.size() == 3 &&
                       std::all_of(currency.cbegin(), currency.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    const QString code = plain ? currency : currency.trimmed().toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

std::optional<ExchangeRate> ExchangeRate::parse(QStringView text) {
    const QStringView s = text.trimmed();
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9') {
            anyDigit = true;
            const int digit = c.unicode() - u'0';
            if (inFraction) {
                if (++decimals > kMaxDecimals)
                    return std::nullopt;
                fraction = fraction * 10 + digit;
            } else {
                whole = whole * 10 + digit;
                if (whole >= kMaxWhole)
                    return std::nullopt;
            }
        } else if ((c == u'.' || c == u',') && !inFraction) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    const qint64 denominator = powerOfTen(decimals);
    const qint64 numerator = whole * denominator + fraction;
    if (numerator <= 0)
        return std::nullopt;
    const qint64 common = std::gcd(numerator, denominator);
    return ExchangeRate{numerator / common, denominator / common};
}

QString ExchangeRate::toString() const {
    // A parsed rate's denominator divides 10^kMaxDecimals, so its value is an exact decimal; a rate
    // made by inCurrency() may not be, and shows rounded to kMaxDecimals decimals.
    constexpr qint64 scale = powerOfTen(kMaxDecimals);
    const Int128 scaled = scale % denominator == 0 ? Int128(numerator) * (scale / denominator)
                                                   : divideRounded(Int128(numerator) * scale, denominator).value_or(0);
    QString text = QString::number(qint64(scaled / scale));
    QString decimals = QString::number(qint64(scaled % scale)).rightJustified(kMaxDecimals, u'0');
    while (decimals.endsWith(u'0'))
        decimals.chop(1);
    if (!decimals.isEmpty())
        text += u'.' + decimals;
    return text;
}

CurrencyRates::CurrencyRates(QString reportingCurrency)
    : m_reporting(std::move(reportingCurrency)) {}

void CurrencyRates::setRate(const QString& currency, ExchangeRate rate) {
    if (currency != m_reporting)
        m_rates.insert(currency, rate);
}

void CurrencyRates::removeRate(const QString& currency) {
    m_rates.remove(currency);
}

std::optional<ExchangeRate> CurrencyRates::rate(const QString& currency) const {
    if (currency == m_reporting)
        return ExchangeRate{};
    const auto it = m_rates.constFind(currency);
    if (it == m_rates.cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> CurrencyRates::convert(qint64 amountMinor, const QString& currency) const {
    const auto r = rate(currency);
    if (!r)
        return std::nullopt;
    if (currency == m_reporting)
        return amountMinor;
    // amount / 10^from × rate × 10^to, in one division so that it is rounded once. At most
    // 2^63 × 10^15 × 10^3 < 2^127, so the product always fits.
    const Int128 numerator = Int128(amountMinor) * r->numerator * powerOfTen(currencyDecimals(m_reporting));
    const qint64 denominator = r->denominator * powerOfTen(currencyDecimals(currency));
    return divideRounded(numerator, denominator);
}

std::optional<CurrencyRates> CurrencyRates::inCurrency(const QString& currency) const {
    const auto target = rate(currency);
    if (!target)
        return std::nullopt;
    CurrencyRates rebased(currency);
    constexpr Int128 kLimit = powerOfTen(15);
    QMap<QString, ExchangeRate> all = m_rates;
    all.insert(m_reporting, ExchangeRate{});
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == currency)
            continue;
        // (n / d) / (tn / td) = n × td / (d × tn), reduced.
        Int128 numerator = Int128(it->numerator) * target->denominator;
        Int128 denominator = Int128(it->denominator) * target->numerator;
        Int128 a = numerator;
        Int128 b = denominator;
        while (b != 0) {
            const Int128 t = a % b;
            a = b;
            b = t;
        }
        numerator /= a;
        denominator /= a;
        if (numerator > kLimit || denominator > kLimit)
            return std::nullopt;
        rebased.m_rates.insert(it.key(),
                               ExchangeRate{.numerator = qint64(numerator), .denominator = qint64(denominator)});
    }
    return rebased;
}

QString CurrencyRates::ratesText() const {
    QStringList parts;
    for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it)
        parts.append(it.key() + u'=' + it->toString());
    return parts.join(u';');
}

Result<CurrencyRates> CurrencyRates::fromText(const QString& reportingCurrency, const QString& ratesText) {
    const QString reporting = reportingCurrency.trimmed().toUpper();
    if (!isCurrencyCode(reporting))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CurrencyRates",
                                                "“%1” is not a currency code; use three letters such as EUR or CNY.")
                        .arg(reportingCurrency));
    CurrencyRates rates(reporting);
    const QStringList entries = ratesText.split(u';', Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        const QString code = entry.left(equals).trimmed().toUpper();
        if (equals < 0 || !isCurrencyCode(code))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "CurrencyRates", "“%1” is not a currency code; use three letters such as EUR or CNY.")
                            .arg(entry.left(equals).trimmed()),
                        entry);
        const auto rate = ExchangeRate::parse(QStringView(entry).mid(equals + 1));
        if (!rate)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("CurrencyRates",
                                                    "The rate of %1 must be a number above 0 with at most 8 decimals, "
                                                    "such as 0.92.")
                            .arg(code),
                        entry);
        rates.setRate(code, *rate);
    }
    return rates;
}

QString CurrencyRates::defaultReportingCurrency(const QLocale& locale) {
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return isCurrencyCode(code) ? code : u"USD"_s;
}

bool CurrencyRates::isCurrencyCode(const QString& code) {
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace Fieldbook
