#include "CommissionPlan.h"

#include "domain/QuoteMath.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Fieldbook {

int CommissionPlan::rateFor(const QString& family) const {
    if (!family.isEmpty()) {
        for (const CommissionFamilyRate& r : familyRates)
            if (r.family.compare(family, Qt::CaseInsensitive) == 0)
                return r.rate;
    }
    return rate;
}

namespace CommissionText {

namespace {

/// A decimal with at most two places as hundredths, within [min, max] hundredths.
std::optional<int> hundredths(const QString& text, qint64 min, qint64 max) {
    const auto value = Decimal4::parse(text.trimmed());
    if (!value || value->raw % 100 != 0)
        return std::nullopt;
    const qint64 scaled = value->raw / 100;
    if (scaled < min || scaled > max)
        return std::nullopt;
    return int(scaled);
}

QString hundredthsText(int value) {
    return Decimal4{qint64(value) * 100}.toString();
}

QString tr(const char* text) {
    return QCoreApplication::translate("CommissionText", text);
}

} // namespace

std::optional<int> parseRate(const QString& text) {
    QString number = text.trimmed();
    if (number.endsWith(u'%'))
        number.chop(1);
    return hundredths(number, 0, CommissionPlan::kMaxRate);
}

QString rateText(int rate) {
    return hundredthsText(rate);
}

std::optional<int> parseAccelerator(const QString& text) {
    if (text.trimmed().isEmpty())
        return 0;
    return hundredths(text, CommissionPlan::kNoAccelerator, CommissionPlan::kMaxAccelerator);
}

QString acceleratorText(int accelerator) {
    return accelerator == 0 ? QString() : hundredthsText(accelerator);
}

std::optional<QList<CommissionFamilyRate>> parseFamilyRates(const QString& text, QString* problem) {
    QList<CommissionFamilyRate> rates;
    QSet<QString> seen;
    QString normalised = text;
    normalised.replace(u'|', u';');
    for (const QString& part : normalised.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.lastIndexOf(u'=');
        const QString family = equals < 0 ? QString() : part.left(equals).trimmed();
        const auto rate = equals < 0 ? std::nullopt : parseRate(part.mid(equals + 1));
        if (family.isEmpty() || !rate) {
            *problem = tr("'%1' is not a family and its rate, such as Hardware=5").arg(part.trimmed());
            return std::nullopt;
        }
        if (seen.contains(family.toCaseFolded())) {
            *problem = tr("the family '%1' is named twice").arg(family);
            return std::nullopt;
        }
        seen.insert(family.toCaseFolded());
        rates.append({.family = family, .rate = *rate});
    }
    return rates;
}

QString familyRatesText(const QList<CommissionFamilyRate>& rates) {
    QStringList parts;
    for (const CommissionFamilyRate& r : rates)
        parts.append(r.family + u'=' + rateText(r.rate));
    return parts.join(u';');
}

} // namespace CommissionText

} // namespace Fieldbook
