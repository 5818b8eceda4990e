#pragma once

#include "analytics/Pareto.h"
#include "analytics/Rfm.h"
#include "common/Error.h"
#include "domain/CurrencyRates.h"
#include "store/records/WonBusinessRows.h"

namespace Fieldbook {

class Database;

/// An account with won business and its RFM scores.
struct CustomerValue {
    WonAccount account;
    RfmScore score;
};

/// RFM segments and the Pareto view of the store's accounts as of a day (docs/rfm.md).
struct CustomerSegmentReport {
    QDate asOf;
    CurrencyRates rates;               ///< the reporting currency and the rates used
    QList<CustomerValue> customers;    ///< monetary descending, then account id (the Pareto order)
    QList<RfmSegmentTotal> segments;   ///< every segment, empty ones included
    ParetoCurve pareto;                ///< over the customers' monetary values
    qint64 totalMonetary = 0;          ///< minor units of the reporting currency
    int liveAccounts = 0;              ///< every live account of the store
    int accountsNotScored = 0;         ///< live accounts without won business up to the as-of date
    int wonDeals = 0;                  ///< won deals scored
    int dealsAfterAsOf = 0;            ///< won deals left out: closed after the as-of date
    int dealsUndated = 0;              ///< won deals left out: no close date
    int dealsWithoutAccount = 0;       ///< won deals left out: no live account
    QList<RfmUnconverted> unconverted; ///< counted in frequency, not added (by currency code)
};

/// Builds the customer analyses from the store's won business.
class CustomerSegments final {
public:
    /// With the reporting currency and rates of the store's settings (CurrencySettings).
    [[nodiscard]] static Result<CustomerSegmentReport> build(Database& db, QDate asOf);
    [[nodiscard]] static Result<CustomerSegmentReport> build(Database& db, QDate asOf, const CurrencyRates& rates);
};

} // namespace Fieldbook
