#include "CurrencySettings.h"

#include "store/db/Database.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

QString CurrencySettings::reportingCurrencyKey() {
    return u"currency.reporting"_s;
}

QString CurrencySettings::ratesKey() {
    return u"currency.rates"_s;
}

CurrencyRates CurrencySettings::load(const Database& db, const QLocale& locale) {
    const QString reporting =
        db.setting(reportingCurrencyKey(), CurrencyRates::defaultReportingCurrency(locale)).trimmed().toUpper();
    if (auto rates = CurrencyRates::fromText(reporting, db.setting(ratesKey())))
        return *rates;
    if (CurrencyRates::isCurrencyCode(reporting))
        return CurrencyRates(reporting);
    return CurrencyRates(CurrencyRates::defaultReportingCurrency(locale));
}

Result<void> CurrencySettings::save(Database& db, const CurrencyRates& rates) {
    return db.transaction([&]() -> Result<void> {
        if (auto r = db.setSetting(reportingCurrencyKey(), rates.reportingCurrency()); !r)
            return r;
        return db.setSetting(ratesKey(), rates.ratesText());
    });
}

} // namespace Fieldbook
