#include "BoardText.h"

#include "domain/MoneyText.h"
#include "domain/Opportunity.h"
#include "widgets/Icons.h"

#include <QCoreApplication>

namespace Fieldbook {

QString BoardText::money(qint64 minorUnits, const QString& currency, const QLocale& locale) {
    return QCoreApplication::translate("BoardText", "%1 %2", "amount, currency code")
        .arg(MoneyText::format(minorUnits, locale, MoneyText::decimalsFor(currency)), currency);
}

QString BoardText::weighted(qint64 minorUnits, const QString& currency, const QLocale& locale) {
    return QCoreApplication::translate("BoardText", "Weighted: %1").arg(money(minorUnits, currency, locale));
}

QString BoardText::unconverted(int count) {
    if (count == 0)
        return {};
    return QCoreApplication::translate("BoardText", "%Ln in other currencies not converted", "", count);
}

QString BoardText::more(int count) {
    if (count == 0)
        return {};
    return QCoreApplication::translate("BoardText", "and %Ln more", "", count); // %Ln: with group separators
}

QString BoardText::count(int count, const QLocale& locale) {
    return QCoreApplication::translate("BoardText", "Opportunities: %1").arg(locale.toString(count));
}

QString BoardText::probability(int percent, const QLocale& locale) {
    return QCoreApplication::translate("BoardText", "%1 %", "probability in percent").arg(locale.toString(percent));
}

QString BoardText::attention(int attention) {
    const QStringList missing = attentionTexts(Attention::fromInt(attention));
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("BoardText", "Needs attention:") + u'\n' + missing.join(u'\n');
}

QIcon BoardText::attentionIcon() {
    return Icons::get(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning);
}

} // namespace Fieldbook
