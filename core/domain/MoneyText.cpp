#include "MoneyText.h"

#include "domain/CurrencyRates.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Fieldbook {

int MoneyText::decimalsFor(const QString& currency) {
    return currencyDecimals(currency);
}

std::optional<qint64> MoneyText::parse(const QString& text, const QLocale& locale, int decimals) {
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(s.startsWith(u'-') ? 1 : locale.negativeSign().size()).trimmed();
    }
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 1000;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit()) {
            anyDigit = true;
            const int digit = c.digitValue();
            if (inFraction) {
                if (++fractionDigits > decimals)
                    return std::nullopt;
                fraction = fraction * 10 + digit;
            } else {
                if (whole > (kMax - digit) / 10)
                    return std::nullopt;
                whole = whole * 10 + digit;
            }
        } else if (!inFraction && decimals > 0 &&
                   (QStringView(s).mid(i).startsWith(point) || (c == u'.' && group != u"."))) {
            inFraction = true;
        } else if (!inFraction &&
                   (QString(c) == group || c.isSpace() || c == QChar(0x202F) || (c == u',' && point != u","))) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 value = whole * scale + fraction;
    return negative ? -value : value;
}

QString MoneyText::format(qint64 minorUnits, const QLocale& locale, int decimals) {
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (decimals > 0)
        text += locale.decimalPoint() +
                QString::number(qulonglong(magnitude % quint64(scale))).rightJustified(decimals, u'0');
    return negative ? locale.negativeSign() + text : text;
}

} // namespace Fieldbook
