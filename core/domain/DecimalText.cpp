#include "DecimalText.h"

#include "MoneyText.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString DecimalText::format(Decimal4 value, const QLocale& locale) {
    return value.toString().replace(u'.', locale.decimalPoint());
}

std::optional<Decimal4> DecimalText::parse(const QString& text, const QLocale& locale) {
    QString s = text.trimmed();
    s.remove(u'%');
    if (locale.groupSeparator() != locale.decimalPoint())
        s.remove(locale.groupSeparator());
    return Decimal4::parse(s.trimmed());
}

QString DecimalText::formatDiscount(const QuoteLineInput& a, const QLocale& locale, int decimals, bool forEditing) {
    switch (a.discount) {
    case QuoteLineInput::Discount::Percent:
        return format(a.discountPercent, locale) + (forEditing ? u"%"_s : u" %"_s);
    case QuoteLineInput::Discount::Amount:
        return MoneyText::format(a.discountAmount, locale, decimals);
    case QuoteLineInput::Discount::None:
        break;
    }
    return {};
}

bool DecimalText::parseDiscount(const QString& text, const QLocale& locale, int decimals, QuoteLineInput* amounts) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        amounts->discount = QuoteLineInput::Discount::None;
        return true;
    }
    if (t.endsWith(u'%')) {
        const auto percent = parse(t, locale);
        if (!percent)
            return false;
        amounts->discount = QuoteLineInput::Discount::Percent;
        amounts->discountPercent = *percent;
        return true;
    }
    const auto amount = MoneyText::parse(t, locale, decimals);
    if (!amount)
        return false;
    amounts->discount = QuoteLineInput::Discount::Amount;
    amounts->discountAmount = *amount;
    return true;
}

} // namespace Fieldbook
