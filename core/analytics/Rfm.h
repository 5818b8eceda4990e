#pragma once

#include "analytics/RfmSegment.h"
#include "common/Error.h"
#include "domain/CurrencyRates.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Fieldbook {

/// One won deal of an account: when it closed and how much it brought, in its own currency.
struct RfmPurchase {
    QString accountId;
    QDate closeDate;
    qint64 amount = 0; ///< minor units of `currency`
    QString currency;
};

/// An account's recency, frequency and monetary value with their quintile scores and segment
/// (docs/rfm.md).
struct RfmScore {
    QString accountId;
    QDate lastPurchase;
    qint64 recencyDays = 0; ///< days from the last won deal to the as-of date
    int frequency = 0;      ///< won deals, those in a currency without a rate included
    qint64 monetary = 0;    ///< the converted won amounts, minor units of the reporting currency
    int unconverted = 0;    ///< won deals in a currency without a rate: counted, not added
    int r = 0;              ///< 1–5: the most recent buyers score 5
    int f = 0;              ///< 1–5
    int m = 0;              ///< 1–5
    RfmSegment segment = RfmSegment::Lost;
};

/// Won amounts in one currency without a rate: counted and named, never added to a total.
struct RfmUnconverted {
    QString currency;
    int deals = 0;
    qint64 amount = 0; ///< minor units of `currency`
};

/// The scores of every account with won business up to the as-of date.
struct RfmAnalysis {
    QDate asOf;
    QString reportingCurrency;
    QList<RfmScore> accounts;          ///< monetary descending, then account id
    qint64 totalMonetary = 0;          ///< the sum of the accounts' monetary values
    int purchases = 0;                 ///< won deals scored
    int purchasesAfterAsOf = 0;        ///< left out: closed after the as-of date
    int purchasesUndated = 0;          ///< left out: no close date
    QList<RfmUnconverted> unconverted; ///< by currency code
};

/// How many accounts a segment holds and what they brought.
struct RfmSegmentTotal {
    RfmSegment segment = RfmSegment::Lost;
    int accounts = 0;
    qint64 monetary = 0; ///< minor units of the reporting currency
};

/// Quintile scores 1–5 of `values` (higher is better), in the order given: the mid-rank of each
/// value (values below it plus half of those equal to it, over their count) in fifths, so equal
/// values share a score and a single value scores 3 (docs/rfm.md, Scores).
[[nodiscard]] QList<int> rfmQuintileScores(const QList<qint64>& values);

/// Scores the accounts of `purchases` as of `asOf`: deals closed after it or without a close date
/// are left out (and counted), amounts are converted with `rates` one by one, rounded, then summed
/// (docs/architecture.md, Money). Fails only when a sum does not fit an amount.
[[nodiscard]] Result<RfmAnalysis> analyseRfm(const QList<RfmPurchase>& purchases, QDate asOf,
                                             const CurrencyRates& rates);

/// The accounts and monetary value of every segment, in allRfmSegments() order, empty ones
/// included. The sums fit: they are parts of a total analyseRfm() has added.
[[nodiscard]] QList<RfmSegmentTotal> rfmSegmentTotals(const QList<RfmScore>& accounts);

} // namespace Fieldbook
