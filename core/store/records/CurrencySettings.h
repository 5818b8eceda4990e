#pragma once

#include "common/Error.h"
#include "domain/CurrencyRates.h"

#include <QLocale>

namespace Fieldbook {

class Database;

/// The reporting currency and exchange rates of this device, kept in the store's local settings
/// (not synced: each user reports in their own currency).
class CurrencySettings final {
public:
    static QString reportingCurrencyKey();
    static QString ratesKey();

    /// What is stored; the locale's currency and no rates when nothing is. Stored rates that can no
    /// longer be read are left out rather than guessed.
    [[nodiscard]] static CurrencyRates load(const Database& db, const QLocale& locale = QLocale());
    [[nodiscard]] static Result<void> save(Database& db, const CurrencyRates& rates);
};

} // namespace Fieldbook
