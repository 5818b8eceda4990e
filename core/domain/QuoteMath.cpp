#include "QuoteMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr qint64 kMaxWhole = 1'000'000'000'000LL; ///< Decimal4 values stay within ±10^12
constexpr qint64 kHundredPercent = 100 * Decimal4::kScale;

std::optional<qint64> checkedAdd(qint64 a, qint64 b) {
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

std::unexpected<Error> tooLarge() {
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("QuoteMath", "The amounts are too large to add up."));
}

} // namespace

std::optional<Decimal4> Decimal4::parse(QStringView text) {
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (const QChar ch : text) {
        if (ch == u'.' || ch == u',') {
            if (inFraction)
                return std::nullopt;
            inFraction = true;
            continue;
        }
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
        anyDigit = true;
        const int digit = ch.unicode() - u'0';
        if (inFraction) {
            if (++decimals > 4)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            whole = whole * 10 + digit;
            if (whole > kMaxWhole)
                return std::nullopt;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    for (int i = decimals; i < 4; ++i)
        fraction *= 10;
    const qint64 raw = whole * kScale + fraction;
    return Decimal4{negative ? -raw : raw};
}

QString Decimal4::toString() const {
    const bool negative = raw < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(raw) : quint64(raw);
    QString text = QString::number(magnitude / quint64(kScale));
    quint64 fraction = magnitude % quint64(kScale);
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, 4, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

std::optional<qint64> divideRounded(Int128 numerator, qint64 denominator) {
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 quotient = magnitude / denominator;
    const Int128 remainder = magnitude % denominator;
    if (remainder * 2 >= denominator) // half or more: away from zero
        ++quotient;
    if (quotient > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return negative ? -qint64(quotient) : qint64(quotient);
}

Result<QuoteLineTotals> computeLine(const QuoteLineInput& line) {
    if (line.quantity.raw <= 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteMath", "The quantity must be more than zero."));
    if (line.unitPrice < 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "QuoteMath",
                        "The unit price cannot be negative; give a discount or make a separate credit note instead."));
    if (line.taxRate.raw < 0 || line.taxRate.raw > kHundredPercent)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QuoteMath", "The tax rate must be between 0 and 100 %."));

    QuoteLineTotals t;
    auto gross = divideRounded(Int128(line.quantity.raw) * line.unitPrice, Decimal4::kScale);
    if (!gross)
        return tooLarge();
    t.gross = *gross;
    switch (line.discount) {
    case QuoteLineInput::Discount::None:
        break;
    case QuoteLineInput::Discount::Percent: {
        if (line.discountPercent.raw < 0 || line.discountPercent.raw > kHundredPercent)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteMath", "The discount must be between 0 and 100 %."));
        t.discount = *divideRounded(Int128(t.gross) * line.discountPercent.raw, kHundredPercent);
        break;
    }
    case QuoteLineInput::Discount::Amount:
        if (line.discountAmount < 0)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteMath", "The discount cannot be negative."));
        if (line.discountAmount > t.gross)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("QuoteMath", "The discount is larger than the line's amount."));
        t.discount = line.discountAmount;
        break;
    }
    t.net = t.gross - t.discount;
    t.tax = *divideRounded(Int128(t.net) * line.taxRate.raw, kHundredPercent); // at most net: fits
    auto total = checkedAdd(t.net, t.tax);
    if (!total)
        return tooLarge();
    t.total = *total;
    return t;
}

Result<QuoteTotals> computeQuote(const QList<QuoteLineInput>& lines) {
    QuoteTotals q;
    q.lines.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto line = computeLine(lines.at(i));
        if (!line) {
            Error error = line.error();
            error.message = QCoreApplication::translate("QuoteMath", "Line %1: %2").arg(i + 1).arg(error.message);
            return std::unexpected(error);
        }
        auto subtotal = checkedAdd(q.subtotal, line->gross);
        auto discount = checkedAdd(q.discount, line->discount);
        auto tax = checkedAdd(q.tax, line->tax);
        if (!subtotal || !discount || !tax)
            return tooLarge();
        q.subtotal = *subtotal;
        q.discount = *discount;
        q.tax = *tax;
        auto rate = std::find_if(q.taxes.begin(), q.taxes.end(),
                                 [&](const TaxByRate& t) { return t.rate == lines.at(i).taxRate; });
        if (rate == q.taxes.end())
            rate = q.taxes.insert(q.taxes.end(), TaxByRate{lines.at(i).taxRate, 0, 0});
        rate->net += line->net; // each at most the subtotal, which fitted
        rate->tax += line->tax;
        q.lines.append(*line);
    }
    std::sort(q.taxes.begin(), q.taxes.end(), [](const TaxByRate& a, const TaxByRate& b) { return a.rate < b.rate; });
    q.net = q.subtotal - q.discount;
    auto grand = checkedAdd(q.net, q.tax);
    if (!grand)
        return tooLarge();
    q.grandTotal = *grand;
    return q;
}

} // namespace Fieldbook
