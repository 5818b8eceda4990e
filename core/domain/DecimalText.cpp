#include "DecimalText.h"

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

} // namespace Fieldbook
