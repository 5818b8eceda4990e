#include "Pareto.h"

#include "domain/QuoteMath.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fieldbook {

Result<ParetoCurve> paretoCurve(QList<ParetoEntry> entries, int targetPercent) {
    std::sort(entries.begin(), entries.end(), [](const ParetoEntry& a, const ParetoEntry& b) {
        return a.value != b.value ? a.value > b.value : a.accountId < b.accountId;
    });
    ParetoCurve curve;
    curve.targetPercent = targetPercent;
    for (ParetoEntry& e : entries) {
        if (__builtin_add_overflow(curve.total, e.value, &curve.total))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Rfm", "The won amounts add up to more than an amount can hold."),
                        e.accountId);
        e.cumulative = curve.total;
    }
    if (curve.total > 0) {
        // The first account whose running total reaches the target: cumulative / total >= target / 100.
        const auto reached = std::find_if(entries.cbegin(), entries.cend(), [&](const ParetoEntry& e) {
            return Int128(e.cumulative) * 100 >= Int128(curve.total) * targetPercent;
        });
        curve.accountsForTarget = int(reached - entries.cbegin()) + 1;
    }
    curve.entries = std::move(entries);
    return curve;
}

qint64 shareBasisPoints(qint64 part, qint64 whole) {
    if (whole <= 0)
        return 0;
    return divideRounded(Int128(part) * 10'000, whole).value_or(0);
}

} // namespace Fieldbook
