#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace Fieldbook {

/// One account on the Pareto curve: its value and the sum of its and every larger value.
struct ParetoEntry {
    QString accountId;
    qint64 value = 0;      ///< minor units of the reporting currency
    qint64 cumulative = 0; ///< this value plus those of every account before it
};

/// Accounts by value descending, their running total, and how few of them make a share of the
/// whole (docs/rfm.md, Pareto).
struct ParetoCurve {
    QList<ParetoEntry> entries; ///< value descending, then account id
    qint64 total = 0;
    int targetPercent = 80;
    /// The fewest accounts from the top whose values reach targetPercent of the total; 0 when the
    /// total is not above zero.
    int accountsForTarget = 0;
};

/// The curve of `entries` (account ids and values; cumulative is filled in). Fails only when the
/// values add up to more than an amount can hold.
[[nodiscard]] Result<ParetoCurve> paretoCurve(QList<ParetoEntry> entries, int targetPercent = 80);

/// `part` of `whole` in hundredths of a percent (8000 is 80 %), rounded half away from zero; 0
/// when `whole` is not above zero.
[[nodiscard]] qint64 shareBasisPoints(qint64 part, qint64 whole);

} // namespace Fieldbook
